package org.qompat.ui.matrix;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An image view whose pixels Java code writes directly ({@code int[]} ARGB shared with a {@link PixelBuffer}): one
 * image copy per frame for the software pipeline, whatever was drawn. The buffer is reused until the size changes.
 */
final class PixelSurface {

    private final ImageView view = new ImageView();
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];

    PixelSurface() {
        view.setSmooth(false);
    }

    ImageView view() {
        return view;
    }

    /** Makes the buffer {@code w} × {@code h} (rounded up); false when there is nothing to draw on. */
    boolean ensureSize(double w, double h) {
        int iw = (int) Math.ceil(Math.max(0, w));
        int ih = (int) Math.ceil(Math.max(0, h));
        if (iw == 0 || ih == 0) {
            buffer = null;
            view.setImage(null);
            return false;
        }
        if (buffer == null || buffer.getWidth() != iw || buffer.getHeight() != ih) {
            pixels = new int[iw * ih];
            buffer = new PixelBuffer<>(iw, ih, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        return true;
    }

    int[] pixels() {
        return pixels;
    }

    int width() {
        return buffer == null ? 0 : buffer.getWidth();
    }

    int height() {
        return buffer == null ? 0 : buffer.getHeight();
    }

    /** Tells JavaFX the whole image changed (it copies it on the next pulse). */
    void commit() {
        if (buffer != null) buffer.updateBuffer(b -> null);
    }
}
