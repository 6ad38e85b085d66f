package org.qompat.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A QEMU release number such as 7.2.11 or 10.0.2, ordered numerically. */
public record QemuVersion(int major, int minor, int micro) implements Comparable<QemuVersion> {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public static QemuVersion parse(String text) {
        Matcher m = VERSION.matcher(text == null ? "" : text);
        if (!m.find()) throw new IllegalArgumentException("not a QEMU version: " + text);
        return new QemuVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public boolean atLeast(int major, int minor, int micro) {
        return compareTo(new QemuVersion(major, minor, micro)) >= 0;
    }

    @Override
    public int compareTo(QemuVersion o) {
        if (major != o.major) return Integer.compare(major, o.major);
        if (minor != o.minor) return Integer.compare(minor, o.minor);
        return Integer.compare(micro, o.micro);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro;
    }
}
