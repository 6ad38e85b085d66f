package org.qompat.report;

import java.util.Locale;

/**
 * A small builder for the report's markup. Everything it writes is also well-formed XML (closed tags, quoted
 * attributes, escaped text), so the report can be checked with an XML parser and opened by any browser.
 */
final class Html {

    private final StringBuilder sb = new StringBuilder(1 << 16);

    /** Opens {@code tag} with attribute name/value pairs; null values are skipped. */
    Html open(String tag, String... attributes) {
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            sb.append(' ').append(attributes[i]).append("=\"").append(Markup.esc(attributes[i + 1])).append('"');
        }
        sb.append('>');
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag attrs>text</tag>} with the text escaped. */
    Html el(String tag, String text, String... attributes) {
        open(tag, attributes);
        sb.append(Markup.esc(text));
        sb.append("</").append(tag).append('>');
        return this;
    }

    Html text(String text) {
        sb.append(Markup.esc(text));
        return this;
    }

    /** Markup this class generated itself (never user text). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html nl() {
        sb.append('\n');
        return this;
    }

    /** A right-aligned number cell. */
    Html num(long n) {
        return el("td", grouped(n), "class", "n");
    }

    /** A status or severity badge coloured by the shared palette's CSS classes. */
    Html badge(String kind, String text) {
        return el("span", text, "class", "badge " + kind);
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u202f');
    }

    static String pct(double p) {
        if (p > 0 && p < 0.1) return "<0.1 %";
        return String.format(Locale.ROOT, "%.1f %%", p);
    }
}
