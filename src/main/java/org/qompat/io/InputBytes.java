package org.qompat.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes of an input file, gunzipped when the content is gzip (recognised by its magic bytes, never by the
 * file name). A build of a QEMU binary is several MB of very repetitive JSON and about 25 times smaller gzipped,
 * which is how the demo fleet keeps one build per QEMU variant without weighing tens of MB.
 */
public final class InputBytes {

    private InputBytes() {
    }

    public static byte[] read(Path file) throws IOException {
        return gunzipIfCompressed(Files.readAllBytes(file));
    }

    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    public static byte[] gunzipIfCompressed(byte[] bytes) throws IOException {
        if (!isGzip(bytes)) return bytes;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /** Gzip for writers: {@code QompatWriter} compresses when the target's name ends with {@code .gz}. */
    public static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 8 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
