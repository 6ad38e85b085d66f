package org.qompat.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes a rendered image as PNG with ImageIO, reporting the encoder's progress (big images take seconds). */
public final class PngEncoder {

    private PngEncoder() {
    }

    public static void write(BufferedImage image, OutputStream out, ExportProgress progress) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // A memory cache, not ImageIO's default temp file: exports must not litter the temp directory.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.addIIOWriteProgressListener(new Listener(progress, writer));
            writer.write(image);
        } finally {
            writer.dispose();
        }
        progress.checkCancelled();
    }

    public static byte[] bytes(BufferedImage image, ExportProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(image, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Listener(ExportProgress progress, ImageWriter writer) implements IIOWriteProgressListener {
        @Override
        public void imageProgress(ImageWriter source, float percentageDone) {
            progress.update(percentageDone / 100.0, "encoding PNG");
            if (progress.isCancelled()) writer.abort();
        }

        @Override
        public void imageStarted(ImageWriter source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageWriter source) {
        }

        @Override
        public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageWriter source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageWriter source) {
        }

        @Override
        public void writeAborted(ImageWriter source) {
        }
    }
}
