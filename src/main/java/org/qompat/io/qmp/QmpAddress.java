package org.qompat.io.qmp;

import java.nio.file.Path;

/** A QMP endpoint as written on Qompat's command line: {@code unix:/path/to/qmp.sock} (or a bare path). */
public record QmpAddress(Path socket) {

    public static QmpAddress parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty QMP address");
        String t = text.trim();
        if (t.startsWith("unix:")) t = t.substring("unix:".length());
        else if (t.contains(":") && !t.startsWith("/") && !t.startsWith(".")) {
            throw new IllegalArgumentException("unsupported QMP address '" + text + "': expected unix:/path/qmp.sock");
        }
        int comma = t.indexOf(',');
        if (comma >= 0) t = t.substring(0, comma); // tolerate QEMU's own syntax: unix:/p,server=on,wait=off
        if (t.isEmpty()) throw new IllegalArgumentException("QMP address '" + text + "' names no socket path");
        return new QmpAddress(Path.of(t));
    }

    @Override
    public String toString() {
        return "unix:" + socket;
    }
}
