package org.qompat.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a node looks like as a PNG (java.desktop only, no javafx-swing), for looking at test states. */
final class Snapshots {

    private Snapshots() {
    }

    static void save(Node node, String path) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] buf = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buf, 0, w);
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        bi.setRGB(0, 0, w, h, buf, 0, w);
        File f = new File(path);
        f.getParentFile().mkdirs();
        ImageIO.write(bi, "png", f);
    }

}
