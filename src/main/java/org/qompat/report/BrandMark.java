package org.qompat.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Qompat's icon (the same SVG jpackage renders the app icons from) as inline markup for the HTML report. */
final class BrandMark {

    static final String RESOURCE = "/org/qompat/icons/qompat.svg";

    private BrandMark() {
    }

    /** The icon's {@code <svg>} element at {@code size} pixels, without the XML declaration and comments. */
    static String svg(int size) {
        String svg = source();
        svg = svg.substring(svg.indexOf("<svg"));
        svg = svg.replaceAll("(?s)<!--.*?-->", "");
        return svg.replaceFirst("width=\"\\d+\" height=\"\\d+\"",
                "width=\"" + size + "\" height=\"" + size + "\" aria-hidden=\"true\"").trim();
    }

    static String source() {
        try (InputStream in = BrandMark.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
