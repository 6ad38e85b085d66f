package org.qompat.report;

/** Escaping for the XML-compatible markup the SVG and HTML exports write (both must parse as XML). */
final class Markup {

    private Markup() {
    }

    /** Text or attribute value: the five XML specials escaped, control characters XML forbids dropped. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
