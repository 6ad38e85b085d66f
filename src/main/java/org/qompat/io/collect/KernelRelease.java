package org.qompat.io.collect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Linux kernel release string ({@code 6.1.0-18-amd64}, {@code 6.18.44-fc-v1045}) and its major.minor. */
record KernelRelease(String text, int major, int minor) {

    private static final Pattern LEADING = Pattern.compile("^(\\d+)\\.(\\d+)");

    /** Null when the text does not start with a kernel version. */
    static KernelRelease parse(String text) {
        if (text == null) return null;
        Matcher m = LEADING.matcher(text.trim());
        if (!m.find()) return null;
        return new KernelRelease(text.trim(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }
}
