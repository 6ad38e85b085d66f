package org.qompat.ui.matrix;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The host labels beside and above the cells, written into pixel strips with a {@link FontAtlas} instead of
 * {@code fillText}: at large zoom there are ~80 labels per frame and the software pipeline spent more time
 * rasterising them (the column labels rotated) than on everything else. Both strips are drawn as horizontal
 * text; the view shows the column strip turned by −90°. Only visible rows and columns are drawn, and the
 * hovered and selected ones are highlighted so the eye finds the names.
 */
final class HeaderLabels {

    private final FontAtlas[] atlases = new FontAtlas[13];
    private final TextFit[] fits = new TextFit[13];

    private static int fontSize(double cell) {
        return (int) Math.max(8, Math.min(12, Math.floor(cell - 2)));
    }

    private FontAtlas atlas(int size) {
        if (atlases[size] == null) atlases[size] = new FontAtlas(Font.font(null, FontWeight.NORMAL, size), FontAtlas.asciiAnd("…·"));
        return atlases[size];
    }

    private TextFit fit(int size) {
        if (fits[size] == null) fits[size] = new TextFit(Font.font(null, FontWeight.NORMAL, size));
        return fits[size];
    }

    /**
     * Source labels: a strip {@code w} × {@code h} beside the cells (h = the viewport's height), right-aligned
     * 7 px from its right edge, whose last pixel column is the line between headers and cells.
     */
    void paintRows(int[] px, int w, int h, MatrixViewport vp, MatrixAxis axis, MatrixSource src, MatrixTheme theme,
                   CellRef hover, CellRef cursor) {
        paint(px, w, h, vp, axis, src, theme, hover == null ? -1 : hover.row(), cursor == null ? -1 : cursor.row(),
                true, vp.scrollY());
        int line = Pixels.rgb(theme.groupLine());
        int alpha = Pixels.alpha(theme.groupLine());
        for (int y = 0; y < h; y++) px[y * w + w - 1] = Pixels.blend(px[y * w + w - 1], line, alpha);
    }

    /**
     * Destination labels: a strip {@code w} × {@code h} (w = the label band's height, h = the viewport's
     * width); text starts 6 px from the cells; its first pixel column is the line between headers and cells.
     */
    void paintColumns(int[] px, int w, int h, MatrixViewport vp, MatrixAxis axis, MatrixSource src, MatrixTheme theme,
                      CellRef hover, CellRef cursor) {
        paint(px, w, h, vp, axis, src, theme, hover == null ? -1 : hover.col(), cursor == null ? -1 : cursor.col(),
                false, vp.scrollX());
        int line = Pixels.rgb(theme.groupLine());
        int alpha = Pixels.alpha(theme.groupLine());
        for (int y = 0; y < h; y++) px[y * w] = Pixels.blend(px[y * w], line, alpha);
    }

    private void paint(int[] px, int w, int h, MatrixViewport vp, MatrixAxis axis, MatrixSource src, MatrixTheme theme,
                       int hover, int cursor, boolean rightAligned, double scroll) {
        java.util.Arrays.fill(px, 0, w * h, Pixels.rgb(theme.headerBackground()));
        if (axis == null || axis.size() == 0 || src == null) return;
        double cell = vp.cellSize();
        highlight(px, w, h, cell, scroll, hover, theme);
        if (cursor != hover) highlight(px, w, h, cell, scroll, cursor, theme);
        if (cell < MatrixLayout.LABEL_MIN_CELL) return;
        int size = fontSize(cell);
        FontAtlas atlas = atlas(size);
        TextFit fit = fit(size);
        int text = Pixels.rgb(theme.text());
        int muted = Pixels.rgb(theme.mutedText());
        int first = (int) Math.floor(scroll / cell);
        int last = Math.min(axis.size() - 1, (int) Math.ceil((scroll + h) / cell) - 1);
        for (int i = Math.max(0, first); i <= last; i++) {
            double centre = i * cell - scroll + cell / 2;
            if (centre < 0) continue;
            String label = fit.fit(axis.isClassEntry(i) ? src.classLabel(axis.classAt(i)) : src.hostName(axis.hostAt(i)), w - 12);
            double x = rightAligned ? w - 7 - atlas.width(label) : 6;
            atlas.draw(px, w, h, label, x, centre, axis.isClassEntry(i) ? muted : text);
        }
    }

    private static void highlight(int[] px, int w, int h, double cell, double scroll, int index, MatrixTheme theme) {
        if (index < 0) return;
        int y0 = (int) Math.max(0, Math.round(index * cell - scroll));
        int y1 = (int) Math.min(h, Math.round((index + 1) * cell - scroll));
        int ink = Pixels.rgb(theme.highlight());
        int alpha = Pixels.alpha(theme.highlight());
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < w; x++) px[y * w + x] = Pixels.blend(px[y * w + x], ink, alpha);
        }
    }
}
