package org.qompat.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.qompat.engine.VerdictStatus;

/**
 * The matrix as SVG, for slides: vector, so it scales to any projector. Each row is run-length encoded: adjacent
 * cells that look the same (same colour, same glyph) become ONE {@code <rect class="cell">} whose {@code <title>}
 * is the tooltip. Glyphs come from a {@code <pattern>} per look, tiled one glyph per cell, so a merged run still
 * shows a glyph on every cell, exactly as the PNG and the window do.
 */
public final class MatrixSvg {

    static final int CELL = 14;
    private static final int LABEL_FONT = 10;
    private static final int MARGIN = 16;

    private MatrixSvg() {
    }

    public static void write(MatrixCells cells, Writer out, ExportProgress progress) throws IOException {
        int n = cells.size();
        int labelExtent = 0;
        for (int p = 0; p < n; p++) labelExtent = Math.max(labelExtent, cells.host(p).name().length());
        labelExtent = (int) Math.ceil(labelExtent * LABEL_FONT * 0.62) + 8;
        int left = MARGIN + labelExtent;
        int top = MARGIN + labelExtent;
        int side = n * CELL;
        int width = Math.max(left + side + MARGIN, 2 * MARGIN + MatrixLegend.minWidth(cells) + 24);
        int legendTop = top + side + MARGIN;
        int height = legendTop + MatrixLegend.HEIGHT + MARGIN;

        // Every cell's look is its class pair's (or, on the diagonal, its class's darker one): number the looks
        // once, then runs are found by comparing ints, and the patterns can be declared before the rows use them.
        int k = cells.classCount();
        Map<String, Integer> lookIds = new LinkedHashMap<>();
        int[] classLook = new int[k * k];
        int[] diagonalLook = new int[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                CellSummary s = cells.classCell(a, b);
                classLook[a * k + b] = look(lookIds, s.argb(), s.glyph());
            }
            CellSummary s = cells.classCell(a, a);
            diagonalLook[a] = look(lookIds, VerdictPalette.diagonal(s.argb()), s.glyph());
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n",
                width, height, width, height));
        out.write("<title>" + Markup.esc(MatrixLegend.caption(cells)) + "</title>\n");
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<defs>\n");
        for (Map.Entry<String, Integer> e : lookIds.entrySet()) {
            String[] look = e.getKey().split("\\|", 2);
            out.write(pattern("p" + e.getValue(), look[0], look[1], left, top));
        }
        out.write("</defs>\n<g class=\"matrix\" shape-rendering=\"crispEdges\">\n");
        int[] row = new int[n];
        StringBuilder sb = new StringBuilder(1 << 12);
        for (int p = 0; p < n; p++) {
            int base = cells.classAt(p) * k;
            for (int q = 0; q < n; q++) row[q] = classLook[base + cells.classAt(q)];
            row[p] = diagonalLook[cells.classAt(p)];
            int q = 0;
            while (q < n) {
                int end = q + 1;
                while (end < n && row[end] == row[q]) end++;
                // appends, not String.format: a 10,000-host matrix writes hundreds of thousands of these
                sb.setLength(0);
                sb.append("<rect class=\"cell\" x=\"").append(left + q * CELL).append("\" y=\"").append(top + p * CELL)
                        .append("\" width=\"").append((end - q) * CELL).append("\" height=\"").append(CELL)
                        .append("\" fill=\"url(#p").append(row[q]).append(")\"><title>")
                        .append(Markup.esc(tooltip(cells, p, q, end))).append("</title></rect>\n");
                out.append(sb);
                q = end;
            }
            if ((p & 63) == 0) {
                progress.checkCancelled();
                progress.update(p / (double) n * 0.95, "writing SVG rows");
            }
        }
        out.write("</g>\n");
        writeLabels(cells, out, left, top);
        writeLegend(cells, out, MARGIN, legendTop);
        out.write("</svg>\n");
        out.flush();
        progress.update(1, "SVG written");
    }

    private static int look(Map<String, Integer> ids, int argb, String glyph) {
        return ids.computeIfAbsent(VerdictPalette.hex(argb) + "|" + glyph, key -> ids.size());
    }

    static String tooltip(MatrixCells cells, int p, int q, int end) {
        String to = end - q == 1 ? cells.host(q).name()
                : cells.host(q).name() + " \u2026 " + cells.host(end - 1).name() + " (" + (end - q) + " hosts)";
        return cells.host(p).name() + " \u2192 " + to + ": " + cells.cell(p, q).describe();
    }

    private static String pattern(String id, String colour, String glyph, int left, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<pattern id=\"%s\" patternUnits=\"userSpaceOnUse\" x=\"%d\" y=\"%d\""
                + " width=\"%d\" height=\"%d\"><rect width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                id, left, top, CELL, CELL, CELL, CELL, colour));
        double fontSize = glyph.length() <= 1 ? 10 : Math.min(7, 22.0 / glyph.length());
        if (!glyph.isEmpty() && glyph.length() * fontSize * 0.6 <= CELL - 1) {
            int rgb = Integer.parseInt(colour.substring(1), 16) | 0xFF000000;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" font-weight=\"bold\""
                    + " text-anchor=\"middle\" fill=\"%s\">%s</text>", CELL / 2.0, CELL / 2.0 + fontSize * 0.36,
                    fontSize, VerdictPalette.hex(VerdictPalette.inkOn(rgb)), Markup.esc(glyph)));
        }
        return sb.append("</pattern>\n").toString();
    }

    private static void writeLabels(MatrixCells cells, Writer out, int left, int top) throws IOException {
        out.write(String.format(Locale.ROOT, "<g class=\"labels\" font-size=\"%d\" fill=\"%s\">\n", LABEL_FONT,
                VerdictPalette.hex(VerdictPalette.INK)));
        for (int p = 0; p < cells.size(); p++) {
            String name = Markup.esc(cells.host(p).name());
            double mid = p * CELL + CELL / 2.0 + LABEL_FONT * 0.35;
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    left - 6, top + mid, name));
            out.write(String.format(Locale.ROOT, "<text transform=\"translate(%.1f %d) rotate(-90)\">%s</text>\n",
                    left + mid, top - 6, name));
        }
        out.write("</g>\n");
    }

    private static void writeLegend(MatrixCells cells, Writer out, int x, int y) throws IOException {
        out.write(String.format(Locale.ROOT, "<g class=\"legend\" font-size=\"12\" fill=\"%s\">\n",
                VerdictPalette.hex(VerdictPalette.INK)));
        out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\" font-size=\"13\">%s</text>\n",
                x, y + 14, Markup.esc(MatrixLegend.caption(cells))));
        int row = y + 28;
        if (cells.singleVm()) {
            int cx = x;
            for (VerdictStatus s : VerdictStatus.values()) {
                cx = swatch(out, cx, row, VerdictPalette.argb(s), VerdictPalette.glyph(s), VerdictPalette.label(s));
            }
            swatch(out, cx, row, VerdictPalette.diagonal(VerdictPalette.EMPTY), "", MatrixLegend.DIAGONAL);
        } else {
            for (int i = 0; i <= 20; i++) {
                out.write(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"11\" height=\"16\" fill=\"%s\"/>\n",
                        x + i * 11, row, VerdictPalette.hex(VerdictPalette.share(i / 20.0))));
            }
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 247, row + 12,
                    Markup.esc(MatrixLegend.SHARE)));
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0 %%</text>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">50 %%</text>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">100 %%</text>\n",
                    x, row + 32, x + 115, row + 32, x + 231, row + 32));
            int cx = swatch(out, x + 247, row + 20, VerdictPalette.UNKNOWN, "?", MatrixLegend.UNDECIDED);
            swatch(out, cx, row + 20, VerdictPalette.diagonal(VerdictPalette.EMPTY), "", MatrixLegend.DIAGONAL);
        }
        out.write("</g>\n");
    }

    private static int swatch(Writer out, int x, int y, int argb, String glyph, String label) throws IOException {
        out.write(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" fill=\"%s\"/>",
                x, y, VerdictPalette.hex(argb)));
        if (!glyph.isEmpty()) {
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\""
                    + " fill=\"%s\">%s</text>", x + 8, y + 12, VerdictPalette.hex(VerdictPalette.inkOn(argb)),
                    Markup.esc(glyph)));
        }
        out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 22, y + 12, Markup.esc(label)));
        return x + 22 + (int) (label.length() * 12 * 0.6) + 18;
    }
}
