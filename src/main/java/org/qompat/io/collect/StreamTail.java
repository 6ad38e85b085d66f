package org.qompat.io.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a process's stderr on a daemon thread (a full pipe would stall QEMU) and keeps its last few KiB, so a
 * failure message can quote what QEMU said.
 */
final class StreamTail {

    private static final int KEEP = 8 * 1024;
    private final StringBuilder tail = new StringBuilder();

    StreamTail(InputStream in, String name) {
        Thread t = new Thread(() -> drain(in), "stderr " + name);
        t.setDaemon(true);
        t.start();
    }

    private void drain(InputStream in) {
        byte[] buf = new byte[4096];
        try (in) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                synchronized (tail) {
                    tail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (tail.length() > KEEP) tail.delete(0, tail.length() - KEEP);
                }
            }
        } catch (IOException e) {
            // the process ended; what we have is all there is
        }
    }

    /** The last lines QEMU wrote, trimmed; empty when it wrote nothing. */
    String text() {
        synchronized (tail) {
            return tail.toString().trim();
        }
    }
}
