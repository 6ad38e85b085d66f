package org.qompat.report;

import java.util.List;
import org.qompat.engine.Finding;

/** The report's "Blockers ranked by impact" section. */
final class HtmlBlockers {

    private HtmlBlockers() {
    }

    static void write(Html h, List<RankedBlocker> blockers, FleetSummary s) {
        h.open("section", "id", "blockers").el("h2", "Blockers ranked by impact").nl();
        if (blockers.isEmpty()) {
            h.el("p", "No blocker: no selected VM is blocked between any two hosts.", "class", "empty").close("section");
            return;
        }
        h.el("p", "A blocker is one cause (rule, place, property). Its impact is the number of (VM, source host, "
                + "destination host) combinations it blocks; \u201calone\u201d counts those it is the only blocker of, "
                + "which fixing it would unblock.", "class", "lead");
        long top = blockers.get(0).combinations();
        h.open("table", "class", "blockers").open("thead").open("tr");
        for (String c : new String[] {"#", "Blocker", "What breaks", "Blocks", "Alone", "VMs", "Example"}) {
            h.el("th", c, "class", c.equals("Blocks") || c.equals("Alone") || c.equals("#") ? "n" : null);
        }
        h.close("tr").close("thead").open("tbody").nl();
        int rank = 0;
        for (RankedBlocker b : blockers) {
            if (++rank > HtmlReport.MAX_BLOCKERS) break;
            Finding f = b.example();
            h.open("tr").num(rank);
            h.open("td").badge("rule", b.rule().id()).raw("<br/>").el("code", b.subject()).close("td");
            h.open("td").text(f.message());
            if (!f.sourceValue().isEmpty() || !f.destinationValue().isEmpty()) {
                h.raw("<br/>").el("span", "source ", "class", "prov").el("code", show(f.sourceValue()))
                        .el("span", " \u2192 destination ", "class", "prov").el("code", show(f.destinationValue()));
            }
            h.close("td");
            int width = (int) Math.max(2, Math.round(60.0 * b.combinations() / Math.max(1, top)));
            h.open("td", "class", "n").raw("<span class=\"impact\" style=\"width:" + width + "px\"></span>")
                    .text(Html.grouped(b.combinations())).raw("<br/>")
                    .el("span", Html.pct(FleetSummary.percent(b.combinations(), s.combinations())) + " of all",
                            "class", "prov").close("td");
            h.num(b.soleCause());
            h.open("td").text(b.vms().size() + ": " + names(b.vms())).close("td");
            h.open("td").el("code", b.exampleVm()).text(" " + b.exampleFrom() + " \u2192 " + b.exampleTo())
                    .raw("<br/>").el("span", String.valueOf(f.destinationProvenance()), "class", "prov").close("td");
            h.close("tr");
        }
        h.close("tbody").close("table");
        if (blockers.size() > HtmlReport.MAX_BLOCKERS) {
            h.el("p", (blockers.size() - HtmlReport.MAX_BLOCKERS) + " smaller blockers are not listed; every finding "
                    + "is in the per-VM section and in the CSV/JSON exports.", "class", "lead");
        }
        h.close("section");
    }

    static String show(String value) {
        return value == null || value.isEmpty() ? "(absent)" : value;
    }

    static String names(List<String> names) {
        if (names.size() <= 5) return String.join(", ", names);
        return String.join(", ", names.subList(0, 5)) + " +" + (names.size() - 5);
    }
}
