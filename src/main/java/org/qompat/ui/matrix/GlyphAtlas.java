package org.qompat.ui.matrix;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The cell texts (digits, "/", ✓ ! ✕ ?) in bold at every size the cells use, as {@link FontAtlas}es built all
 * together on first use, so zooming never stalls a frame on a new size.
 */
final class GlyphAtlas {

    static final int MIN_SIZE = 8;
    static final int MAX_SIZE = 16;

    private FontAtlas[] sizes;

    /** Draws {@code text} centred on ({@code cx}, {@code cy}) at {@code size} (clamped to the atlas's range). */
    void draw(int[] px, int stride, int rows, String text, int size, double cx, double cy, int ink) {
        if (sizes == null) {
            sizes = new FontAtlas[MAX_SIZE - MIN_SIZE + 1];
            for (int s = MIN_SIZE; s <= MAX_SIZE; s++) sizes[s - MIN_SIZE] = new FontAtlas(Font.font(null, FontWeight.BOLD, s), "0123456789/✓!✕?");
        }
        FontAtlas f = sizes[Math.max(MIN_SIZE, Math.min(MAX_SIZE, size)) - MIN_SIZE];
        f.draw(px, stride, rows, text, cx - f.width(text) / 2, cy, ink);
    }
}
