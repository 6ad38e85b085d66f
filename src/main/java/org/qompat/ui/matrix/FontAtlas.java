package org.qompat.ui.matrix;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The characters of one font rasterised once as coverage masks (at two sub-pixel phases, so text keeps its
 * spacing) and blitted into ARGB pixel buffers in any ink. Drawing hundreds of labels and cell glyphs per frame
 * with {@code fillText} made the software pipeline rasterise every glyph every frame; a blit of a cached mask
 * costs a few dozen integer blends. Characters are rasterised in batches (one snapshot per batch): printable
 * ASCII (or another given set) up front, anything else the first time it is drawn. FX thread only.
 */
final class FontAtlas {

    private static final int PAD = 2;
    private static final int PHASES = 2;

    /** Coverage trimmed to its inked box at ({@code dx}, {@code dy}) from the pen's top-left; the advance. */
    private record Mask(byte[] alpha, int dx, int dy, int width, int height, double advance) {
    }

    private final Font font;
    private final Mask[][] ascii = new Mask[128][];
    private final Map<Character, Mask[]> other = new HashMap<>();
    private double lineHeight;

    /** An atlas that rasterises {@code prebuilt} now and other characters when first drawn. */
    FontAtlas(Font font, String prebuilt) {
        this.font = font;
        build(prebuilt);
    }

    /** Printable ASCII plus {@code extras}: what host and class labels are made of. */
    static String asciiAnd(String extras) {
        StringBuilder b = new StringBuilder();
        for (char ch = 32; ch < 127; ch++) b.append(ch);
        return b.append(extras).toString();
    }

    double lineHeight() {
        return lineHeight;
    }

    /** Width of {@code text} in pixels (the sum of the advances, as JavaFX lays out unkerned text). */
    double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) w += masks(text.charAt(i))[0].advance;
        return w;
    }

    /**
     * Draws {@code text} starting at {@code x}, its line box centred on {@code cy}, into {@code px} (row
     * stride {@code stride}, {@code rows} rows), clipped to the buffer.
     */
    void draw(int[] px, int stride, int rows, String text, double x, double cy, int ink) {
        int top = (int) Math.round(cy - lineHeight / 2) - PAD;
        double pen = x;
        for (int i = 0; i < text.length(); i++) {
            Mask[] phases = masks(text.charAt(i));
            double f = pen - Math.floor(pen);
            int base = (int) Math.floor(pen) + (f >= 0.75 ? 1 : 0);
            Mask m = phases[f >= 0.25 && f < 0.75 ? 1 : 0];
            blit(px, stride, rows, m, base - PAD + m.dx, top + m.dy, ink);
            pen += m.advance;
        }
    }

    private Mask[] masks(char ch) {
        if (ch < 128 && ascii[ch] != null) return ascii[ch];
        Mask[] m = other.get(ch);
        if (m == null) {
            build(String.valueOf(ch));
            m = ch < 128 ? ascii[ch] : other.get(ch);
        }
        return m;
    }

    private static void blit(int[] px, int stride, int rows, Mask m, int x0, int y0, int ink) {
        int xa = Math.max(0, -x0);
        int xb = Math.min(m.width, stride - x0);
        int ya = Math.max(0, -y0);
        int yb = Math.min(m.height, rows - y0);
        for (int y = ya; y < yb; y++) {
            int src = y * m.width;
            int dst = (y0 + y) * stride + x0;
            for (int x = xa; x < xb; x++) {
                int a = m.alpha[src + x] & 0xFF;
                if (a != 0) px[dst + x] = Pixels.blend(px[dst + x], ink, a);
            }
        }
    }

    /** One snapshot: every character of {@code chars} at every phase in its own slot, white on transparent. */
    private void build(String chars) {
        int slot = (int) Math.ceil(font.getSize() * 2) + 2 * PAD;
        int n = chars.length() * PHASES;
        Group group = new Group();
        Text[] texts = new Text[n];
        for (int k = 0; k < n; k++) {
            Text t = new Text(String.valueOf(chars.charAt(k / PHASES)));
            t.setFont(font);
            t.setFill(Color.WHITE);
            t.setTextOrigin(VPos.TOP);
            t.setLayoutX(k * slot + PAD + (k % PHASES) / (double) PHASES);
            t.setLayoutY(PAD);
            texts[k] = t;
            group.getChildren().add(t);
            lineHeight = Math.max(lineHeight, t.getLayoutBounds().getHeight());
        }
        int h = (int) Math.ceil(lineHeight) + 2 * PAD;
        int fullWidth = slot * n;
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setViewport(new Rectangle2D(0, 0, fullWidth, h));
        WritableImage img = group.snapshot(params, null);
        int[] argb = new int[fullWidth * h];
        img.getPixelReader().getPixels(0, 0, fullWidth, h, PixelFormat.getIntArgbPreInstance(), argb, 0, fullWidth);
        for (int c = 0; c < chars.length(); c++) {
            Mask[] phases = new Mask[PHASES];
            for (int p = 0; p < PHASES; p++) {
                int k = c * PHASES + p;
                phases[p] = trimmed(argb, fullWidth, k * slot, slot, h, texts[k].getLayoutBounds().getWidth());
            }
            char ch = chars.charAt(c);
            if (ch < 128) ascii[ch] = phases;
            else other.put(ch, phases);
        }
    }

    /** The coverage of one slot, cut to the box of its non-zero pixels (blits then touch only ink). */
    private static Mask trimmed(int[] argb, int stride, int x0, int slot, int h, double advance) {
        int minX = slot;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < slot; x++) {
                if ((argb[y * stride + x0 + x] >>> 24) == 0) continue;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (maxX < 0) return new Mask(new byte[0], 0, 0, 0, 0, advance);
        int w = maxX - minX + 1;
        int mh = maxY - minY + 1;
        byte[] alpha = new byte[w * mh];
        for (int y = 0; y < mh; y++) {
            for (int x = 0; x < w; x++) alpha[y * w + x] = (byte) (argb[(minY + y) * stride + x0 + minX + x] >>> 24);
        }
        return new Mask(alpha, minX, minY, w, mh, advance);
    }
}
