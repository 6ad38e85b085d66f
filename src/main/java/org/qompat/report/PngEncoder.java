package org.qompat.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for the matrix images (8-bit RGB, one IDAT stream). ImageIO's writer tries five filters
 * on every row and compresses hard, which takes ~10 s for a 10,000-host matrix; matrix rows repeat (every host of
 * a class has the same row), so the "Up" filter turns a repeated row into zeros and the fastest deflate level
 * is enough: the same image encodes in a fraction of the time, smaller. Progress is reported per row.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_NONE = 0;
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    public static void write(BufferedImage image, OutputStream out, ExportProgress progress) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ih = new DataOutputStream(header);
        ih.writeInt(w);
        ih.writeInt(h);
        ih.writeByte(8);   // bit depth
        ih.writeByte(2);   // colour type: truecolour
        ih.writeByte(0);   // deflate
        ih.writeByte(0);   // adaptive filtering (per-row filter byte)
        ih.writeByte(0);   // no interlace
        chunk(data, "IHDR", header.toByteArray(), header.size());

        int[] pixels = rgbPixels(image);
        ChunkStream idat = new ChunkStream(data, "IDAT");
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * w];
            byte[] previous = new byte[3 * w];
            byte[] current = new byte[3 * w];
            for (int y = 0; y < h; y++) {
                int base = y * w;
                for (int x = 0, i = 0; x < w; x++) {
                    int p = pixels[base + x];
                    current[i++] = (byte) (p >> 16);
                    current[i++] = (byte) (p >> 8);
                    current[i++] = (byte) p;
                }
                row[0] = (byte) (y == 0 ? FILTER_NONE : FILTER_UP);
                for (int i = 0; i < current.length; i++) row[i + 1] = (byte) (current[i] - (y == 0 ? 0 : previous[i]));
                z.write(row);
                byte[] t = previous;
                previous = current;
                current = t;
                if ((y & 127) == 0) {
                    progress.checkCancelled();
                    progress.update(y / (double) h, "encoding PNG");
                }
            }
        } finally {
            deflater.end();
        }
        idat.flushChunk();
        chunk(data, "IEND", new byte[0], 0);
        data.flush();
        progress.update(1, "PNG encoded");
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

    /** The image's pixels as 0xRRGGBB ints, straight from the raster when it is an int RGB image. */
    private static int[] rgbPixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void chunk(DataOutputStream out, String type, byte[] body, int length) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body, 0, length);
        out.writeInt(length);
        out.write(t);
        out.write(body, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** Collects compressed bytes and writes them as IDAT chunks of at most 1 MiB, so nothing is held whole. */
    private static final class ChunkStream extends OutputStream {
        private final DataOutputStream out;
        private final String type;
        private final byte[] buffer = new byte[1 << 20];
        private int used;

        ChunkStream(DataOutputStream out, String type) {
            this.out = out;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) flushChunk();
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) flushChunk();
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        void flushChunk() throws IOException {
            if (used > 0) chunk(out, type, buffer, used);
            used = 0;
        }

        /** Closing the deflater must not close the file: the IEND chunk still follows. */
        @Override
        public void close() {
        }
    }
}
