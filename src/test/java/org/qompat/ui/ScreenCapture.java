package org.qompat.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Captures the whole X screen (Xvfb) with ImageMagick's {@code import}, for the docs/ screenshot tours. */
public final class ScreenCapture {

    private ScreenCapture() {
    }

    /**
     * The software pipeline on Xvfb paints a moment after the scene changes: capture until two captures in a row
     * are identical and not one flat colour, so the file shows what a user (or an audience) would see.
     */
    public static void captureWhenSettled(Path file, long pauseMillis) throws Exception {
        long previous = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            Thread.sleep(pauseMillis);
            Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("import failed for " + file);
            BufferedImage img = ImageIO.read(file.toFile());
            int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            long hash = Arrays.hashCode(px);
            boolean flat = Arrays.stream(px).distinct().limit(2).count() < 2;
            if (!flat && hash == previous) return;
            previous = hash;
        }
        throw new IllegalStateException("the screen did not settle for " + file);
    }
}
