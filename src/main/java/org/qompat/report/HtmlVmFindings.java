package org.qompat.report;

import java.util.BitSet;
import org.qompat.engine.Finding;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Vm;

/** The report's per-VM section: one collapsible block per VM with all its distinct findings and their provenance. */
final class HtmlVmFindings {

    /** Beyond this many distinct findings a VM's table is cut (the CSV/JSON exports carry everything). */
    static final int MAX_ENTRIES = 80;

    private HtmlVmFindings() {
    }

    static void write(Html h, VerdictSource source, MatrixCells cells, ExportProgress progress) {
        h.open("section", "id", "vms").el("h2", "Findings per VM").nl();
        h.el("p", "Each finding once, with the number of host pairs it applies to, the values on the source and "
                + "destination side, and where each value came from (file and JSON pointer or line).", "class", "lead");
        BitSet vms = cells.selectedVms();
        int done = 0;
        int total = vms.cardinality();
        for (int v = vms.nextSetBit(0); v >= 0; v = vms.nextSetBit(v + 1)) {
            progress.checkCancelled();
            progress.update(done++ / (double) Math.max(1, total), "findings of " + source.vms().get(v).name());
            vm(h, source.vms().get(v), VmFindings.of(source, v));
        }
        h.close("section");
    }

    private static void vm(Html h, Vm vm, VmFindings f) {
        boolean blocked = f.pairsByStatus()[VerdictStatus.BLOCKED.ordinal()] > 0;
        h.open("details", "class", "vm", "id", "vm-" + vm.name(), "open", blocked ? "open" : null);
        h.open("summary").el("span", vm.name(), "class", "name");
        StringBuilder facts = new StringBuilder();
        facts.append(vm.host() == null ? "host unknown" : "runs on " + vm.host());
        facts.append(" \u00b7 machine ").append(vm.machineArg() != null ? vm.machineArg() + " \u2192 " : "")
                .append(vm.machineType() == null ? "?" : vm.machineType());
        if (vm.cpuModel() != null) facts.append(" \u00b7 CPU ").append(vm.cpuModel());
        if (f.reachable() >= 0) {
            facts.append(" \u00b7 can move to ").append(f.reachable()).append(" of ").append(f.hosts() - 1)
                    .append(" other hosts");
        }
        h.el("span", facts.toString(), "class", "facts").text(" ");
        for (VerdictStatus st : VerdictStatus.values()) {
            long n = f.pairsByStatus()[st.ordinal()];
            if (n > 0) h.badge(st.name(), VerdictPalette.glyph(st) + " " + Html.grouped(n)).text(" ");
        }
        h.close("summary").open("div");
        if (f.entries().isEmpty()) {
            h.el("p", "No finding on any host pair.", "class", "empty");
        } else {
            table(h, f);
        }
        h.close("div").close("details");
    }

    private static void table(Html h, VmFindings f) {
        h.open("table").open("thead").open("tr");
        for (String c : new String[] {"Severity", "Rule", "Where", "Source \u2192 destination", "Message",
            "Provenance", "Host pairs"}) {
            h.el("th", c, "class", c.equals("Host pairs") ? "n" : null);
        }
        h.close("tr").close("thead").open("tbody").nl();
        int shown = 0;
        for (VmFindings.Entry e : f.entries()) {
            if (++shown > MAX_ENTRIES) break;
            Finding x = e.finding();
            h.open("tr").open("td").badge(x.severity().name(), x.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .close("td");
            h.open("td").badge("rule", x.rule().id()).close("td");
            h.open("td", "class", "where").el("code", x.path());
            if (!x.property().isEmpty()) h.raw("<br/>").el("span", "property ", "class", "prov").el("code", x.property());
            h.close("td");
            h.open("td").el("code", HtmlBlockers.show(x.sourceValue())).text(" \u2192 ")
                    .el("code", HtmlBlockers.show(x.destinationValue())).close("td");
            h.el("td", x.message());
            h.open("td").el("span", "source: " + x.sourceProvenance(), "class", "prov").raw("<br/>")
                    .el("span", "destination: " + x.destinationProvenance(), "class", "prov").close("td");
            h.open("td", "class", "n").text(Html.grouped(e.hostPairs())).raw("<br/>")
                    .el("span", "e.g. " + e.exampleFrom() + " \u2192 " + e.exampleTo(), "class", "prov").close("td");
            h.close("tr");
        }
        h.close("tbody").close("table");
        if (f.entries().size() > MAX_ENTRIES) {
            h.el("p", (f.entries().size() - MAX_ENTRIES) + " more distinct findings are in the CSV/JSON exports.",
                    "class", "lead");
        }
    }
}
