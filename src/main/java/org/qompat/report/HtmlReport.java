package org.qompat.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import org.qompat.engine.VerdictStatus;

/**
 * The stakeholder report: ONE self-contained HTML file (inline CSS, the matrix as an embedded PNG, no scripts,
 * no external requests) with the headline numbers, the matrix and its legend, the blockers ranked by impact, every
 * VM's findings with provenance, the input inventory, and when and from what it was generated. The markup is also
 * well-formed XML so it can be checked mechanically.
 */
public final class HtmlReport {

    /** Beyond this many hosts the picture shows classes × classes: a host × host image would be unreadable. */
    public static final int MAX_HOST_MATRIX = 2000;
    /** The target width of the embedded matrix, in pixels. */
    static final int TARGET_WIDTH = 960;
    static final int MAX_BLOCKERS = 30;

    private HtmlReport() {
    }

    public static void write(VerdictSource source, BitSet selectedVms, ReportContext ctx, Writer out,
                             ExportProgress progress) throws IOException {
        out.write(render(source, selectedVms, ctx, progress));
        out.flush();
    }

    public static String render(VerdictSource source, BitSet selectedVms, ReportContext ctx, ExportProgress progress) {
        progress.update(0, "summarising the matrix");
        MatrixCells cells = MatrixCells.of(source, selectedVms);
        FleetSummary summary = FleetSummary.of(cells);
        boolean byClass = cells.size() > MAX_HOST_MATRIX;
        MatrixCells picture = byClass ? MatrixCells.of(ClassMatrix.of(source), cells.selectedVms()) : cells;
        int scale = Math.max(1, Math.min(byClass ? 40 : 32, TARGET_WIDTH / Math.max(1, picture.size())));
        progress.checkCancelled();
        byte[] png = PngEncoder.bytes(MatrixImage.render(picture, MatrixImage.Options.forScale(scale).withLegend(false),
                progress.phase(0.05, 0.3)), progress.phase(0.3, 0.5));
        progress.update(0.5, "ranking blockers");
        List<RankedBlocker> blockers = BlockerRanking.rank(source, cells.selectedVms());
        progress.checkCancelled();

        Html h = new Html();
        h.raw("<!DOCTYPE html>\n").open("html", "lang", "en").nl().open("head").nl();
        h.raw("<meta charset=\"utf-8\"/>").raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        h.raw("<meta name=\"generator\" content=\"" + Markup.esc(ctx.generator()) + "\"/>").nl();
        h.el("title", "Qompat report \u2014 " + summary.hosts() + " hosts, " + summary.vms() + " VMs").nl();
        h.open("style").raw(css()).close("style").close("head");
        h.open("body").nl();
        header(h, ctx, summary);
        h.open("main").nl();
        h.raw("<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#matrix\">Matrix</a>"
                + "<a href=\"#blockers\">Blockers</a><a href=\"#vms\">Findings per VM</a>"
                + "<a href=\"#inputs\">Inputs</a></nav>\n");
        summary(h, summary, cells);
        matrix(h, cells, png, scale, byClass);
        HtmlBlockers.write(h, blockers, summary);
        progress.update(0.7, "listing findings per VM");
        HtmlVmFindings.write(h, source, cells, progress.phase(0.7, 0.9));
        progress.update(0.9, "listing inputs");
        HtmlInventory.write(h, source, cells, ctx);
        h.open("footer").text("Generated " + stamp(ctx) + " by " + ctx.generator() + " from "
                + String.join(", ", ctx.inputs()) + ". Verdicts per (VM, source host, destination host), "
                + "the diagonal included; missing data is UNKNOWN, never OK.").close("footer");
        h.close("main").close("body").close("html");
        progress.update(1, "HTML written");
        return h.toString();
    }

    static String stamp(ReportContext ctx) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC)
                .format(ctx.generatedAt());
    }

    private static void header(Html h, ReportContext ctx, FleetSummary s) {
        h.raw("<header class=\"top\"><div class=\"inner\">").raw(BrandMark.svg(48));
        h.open("div").el("h1", "Live-migration compatibility report");
        h.el("p", s.hosts() + " hosts in " + s.classes() + " classes \u00b7 " + s.vms() + " VMs \u00b7 generated "
                + stamp(ctx) + " by " + ctx.generator() + " from " + ctx.inputs().size() + " input"
                + (ctx.inputs().size() == 1 ? "" : "s"), "class", "meta");
        h.close("div").raw("</div></header>\n");
    }

    private static void summary(Html h, FleetSummary s, MatrixCells cells) {
        h.open("section", "id", "summary").el("h2", "Summary").nl();
        h.el("p", "Every verdict is for one VM moving from a source host to a destination host (" + cells.selectionLabel()
                + ", " + Html.grouped(s.hostPairs()) + " ordered host pairs including each host to itself).", "class", "lead");
        h.open("div", "class", "cards");
        card(h, "card hero", Html.pct(FleetSummary.percent(s.hostPairsAllMovable(), s.hostPairs())),
                "of host pairs can take every selected VM (" + Html.grouped(s.hostPairsAllMovable()) + " of "
                        + Html.grouped(s.hostPairs()) + ")");
        card(h, "card", Html.grouped(s.hosts()), "hosts in " + s.classes() + " equivalence classes");
        card(h, "card", Html.grouped(s.vms()), "VMs analysed");
        card(h, "card", Html.grouped(s.blocked()), "blocked VM \u00d7 host-pair combinations");
        card(h, "card", Html.grouped(s.unknown()), "combinations with missing data (unknown)");
        h.close("div");
        h.open("div", "class", "bar", "role", "img", "aria-label", "share of combinations by verdict");
        for (VerdictStatus st : VerdictStatus.values()) {
            double p = FleetSummary.percent(s.count(st), s.combinations());
            if (p <= 0) continue;
            h.raw("<span style=\"width:" + String.format(java.util.Locale.ROOT, "%.3f", p) + "%;background:"
                    + VerdictPalette.hex(VerdictPalette.argb(st)) + "\" title=\"" + VerdictPalette.label(st) + "\"></span>");
        }
        h.close("div").open("div", "class", "keyrow");
        for (VerdictStatus st : VerdictStatus.values()) {
            h.open("span").raw(swatch(VerdictPalette.argb(st), VerdictPalette.glyph(st)))
                    .text(VerdictPalette.label(st) + ": " + Html.grouped(s.count(st)) + " ("
                            + Html.pct(FleetSummary.percent(s.count(st), s.combinations())) + ")").raw("</span>");
        }
        h.close("div").close("section");
    }

    private static void card(Html h, String cls, String number, String what) {
        h.open("div", "class", cls).el("div", number, "class", "num").el("div", what, "class", "what").close("div");
    }

    private static void matrix(Html h, MatrixCells cells, byte[] png, int scale, boolean byClass) {
        h.open("section", "id", "matrix").el("h2", byClass ? "Matrix (host classes)" : "Matrix").nl();
        h.el("p", byClass ? "The fleet has " + Html.grouped(cells.size()) + " hosts, so each row and column is one"
                + " class of equivalent hosts (same QEMU build, platform features, CPU flags and firmware)."
                : "Rows are source hosts, columns destination hosts, grouped by equivalence class.", "class", "lead");
        h.open("figure", "class", "matrix");
        h.raw("<img alt=\"Migration matrix: " + Markup.esc(MatrixLegend.caption(cells)) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"/>").nl();
        h.open("figcaption").open("div", "class", "keyrow");
        if (cells.singleVm()) {
            for (VerdictStatus st : VerdictStatus.values()) {
                h.open("span").raw(swatch(VerdictPalette.argb(st), VerdictPalette.glyph(st)))
                        .text(VerdictPalette.label(st)).raw("</span>");
            }
        } else {
            for (int i = 0; i <= 100; i += 25) {
                h.open("span").raw(swatch(VerdictPalette.share(i / 100.0), "")).text(i + " %").raw("</span>");
            }
            h.open("span").raw(swatch(VerdictPalette.UNKNOWN, "?")).text("nothing decided").raw("</span>");
            h.open("span").text("colour = share of " + cells.selectionLabel() + " that can move").raw("</span>");
        }
        h.open("span").raw(swatch(VerdictPalette.diagonal(VerdictPalette.EMPTY), "")).text("diagonal: same host")
                .raw("</span>");
        h.close("div").text(scale + " px per cell; cells with a glyph or count carry the same meaning without colour.")
                .close("figcaption").close("figure").close("section");
    }

    static String swatch(int argb, String glyph) {
        return "<span class=\"sw\" style=\"background:" + VerdictPalette.hex(argb) + ";color:"
                + VerdictPalette.hex(VerdictPalette.inkOn(argb)) + "\">" + Markup.esc(glyph) + "</span>";
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/org/qompat/report/report.css")) {
            if (in == null) throw new IllegalStateException("report.css missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
