package org.qompat.io.csource;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of C's lexical grammar to read QEMU's compat arrays and machine option functions: comments are
 * dropped, {@code #define}s are collected (other directives ignored, so both arms of an {@code #ifdef} are seen),
 * and every token keeps its line for provenance.
 */
final class CLexer {

    private final String file;
    private final List<CToken> tokens = new ArrayList<>();
    private final List<CDefine> defines = new ArrayList<>();

    private CLexer(String file) {
        this.file = file;
    }

    /** A lexed file: its tokens (directives excluded) and its {@code #define}s. */
    record Result(List<CToken> tokens, List<CDefine> defines) {
    }

    static Result lex(String text, String file) {
        CLexer l = new CLexer(file);
        l.run(text, 1, true, l.tokens);
        return new Result(l.tokens, l.defines);
    }

    /** Tokens of a fragment (a macro body), all on {@code line}. */
    static List<CToken> fragment(String text, int line) {
        CLexer l = new CLexer("");
        List<CToken> out = new ArrayList<>();
        l.run(text, line, false, out);
        List<CToken> fixed = new ArrayList<>(out.size());
        for (CToken t : out) fixed.add(t.atLine(line));
        return fixed;
    }

    private void run(String s, int startLine, boolean directives, List<CToken> out) {
        int n = s.length();
        int line = startLine;
        boolean lineStart = true;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = true;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '#' && lineStart && directives) {
                int start = line;
                StringBuilder d = new StringBuilder();
                i = directive(s, i + 1, d);
                line = start + countNewlinesConsumed(d);
                define(d.toString().replace(CONTINUATION, ' '), start);
            } else {
                lineStart = false;
                i = token(s, i, line, out);
            }
        }
    }

    /** Marks a backslash-newline inside a directive, so the line count stays right. */
    private static final char CONTINUATION = '\u0001';

    private static int countNewlinesConsumed(CharSequence d) {
        int k = 0;
        for (int j = 0; j < d.length(); j++) if (d.charAt(j) == CONTINUATION) k++;
        return k;
    }

    /** Collects a directive up to its unescaped end of line; comments become spaces. Returns the next index. */
    private static int directive(String s, int i, StringBuilder d) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                d.append(CONTINUATION);
                i += 2;
            } else if (c == '\\' && i + 2 < n && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n') {
                d.append(CONTINUATION);
                i += 3;
            } else if (c == '\n') {
                return i;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int j = i; j < end; j++) if (s.charAt(j) == '\n') d.append(CONTINUATION);
                d.append(' ');
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '"' || c == '\'') {
                int end = skipQuoted(s, i);
                d.append(s, i, end);
                i = end;
            } else {
                d.append(c);
                i++;
            }
        }
        return i;
    }

    private void define(String d, int line) {
        String t = d.strip();
        if (!t.startsWith("define")) return;
        int i = "define".length();
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        int nameStart = i;
        while (i < t.length() && isIdentPart(t.charAt(i))) i++;
        if (i == nameStart) return;
        String name = t.substring(nameStart, i);
        List<String> params = null;
        if (i < t.length() && t.charAt(i) == '(') {
            int close = t.indexOf(')', i);
            if (close < 0) return;
            params = new ArrayList<>();
            for (String p : t.substring(i + 1, close).split(",")) if (!p.isBlank()) params.add(p.strip());
            i = close + 1;
        }
        defines.add(new CDefine(name, params, fragment(t.substring(i), line), file, line));
    }

    private static int token(String s, int i, int line, List<CToken> out) {
        int n = s.length();
        char c = s.charAt(i);
        if (isIdentStart(c)) {
            int j = i + 1;
            while (j < n && isIdentPart(s.charAt(j))) j++;
            out.add(new CToken(CToken.Kind.IDENT, s.substring(i, j), line));
            return j;
        }
        if (Character.isDigit(c)) {
            int j = i + 1;
            while (j < n && (isIdentPart(s.charAt(j)) || s.charAt(j) == '.')) j++;
            out.add(new CToken(CToken.Kind.NUMBER, s.substring(i, j), line));
            return j;
        }
        if (c == '"' || c == '\'') {
            int j = skipQuoted(s, i);
            String body = s.substring(i + 1, Math.max(i + 1, j - 1));
            out.add(new CToken(c == '"' ? CToken.Kind.STRING : CToken.Kind.CHAR, unescape(body), line));
            return j;
        }
        if (c == '-' && i + 1 < n && s.charAt(i + 1) == '>') {
            out.add(new CToken(CToken.Kind.PUNCT, "->", line));
            return i + 2;
        }
        if (c == '#' && i + 1 < n && s.charAt(i + 1) == '#') {
            out.add(new CToken(CToken.Kind.PUNCT, "##", line));
            return i + 2;
        }
        out.add(new CToken(CToken.Kind.PUNCT, String.valueOf(c), line));
        return i + 1;
    }

    private static int skipQuoted(String s, int i) {
        char q = s.charAt(i);
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != q && s.charAt(j) != '\n') {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, s.length());
    }

    static String unescape(String body) {
        if (body.indexOf('\\') < 0) return body;
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                b.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int j = from; j < to; j++) if (s.charAt(j) == '\n') k++;
        return k;
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
