package org.qompat.engine.investigate;

/**
 * The longest piece of plain text every match of a regex must contain, so that a line without it is skipped
 * without running the regex (a long journal has thousands of lines and the catalog dozens of patterns). Only
 * text outside any group, not followed by a quantifier, counts; a regex with a top-level alternative has none.
 */
final class RegexLiterals {

    private RegexLiterals() {
    }

    /** The mandatory literal, or "" when none can be proven. */
    static String mandatory(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (inClass) {
                if (c == '\\') i++;
                else if (c == ']') inClass = false;
                continue;
            }
            char literal = 0;
            int width = 1;
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(i + 1);
                width = 2;
                if (!Character.isLetterOrDigit(e)) literal = e; // \. \( \[ … escape a literal; \d \s \w are classes
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '|' && depth == 0) {
                return "";
            } else if (".^$*+?{}|".indexOf(c) < 0) {
                literal = c;
            }
            int next = i + width;
            boolean quantified = next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0;
            if (depth == 0 && literal != 0 && !quantified && !(c == '(' || c == ')')) {
                run.append(literal);
            } else {
                if (run.length() > best.length()) best = run.toString();
                run.setLength(0);
            }
            i = next - 1;
        }
        if (run.length() > best.length()) best = run.toString();
        return best;
    }
}
