package org.qompat.io.csource;

/** One C token: an identifier, a string literal (its value, unescaped), a number or a punctuator, and its line. */
record CToken(Kind kind, String text, int line) {

    enum Kind { IDENT, STRING, NUMBER, CHAR, PUNCT }

    boolean is(String punctOrIdent) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrIdent);
    }

    boolean isIdent() {
        return kind == Kind.IDENT;
    }

    CToken atLine(int newLine) {
        return new CToken(kind, text, newLine);
    }

    @Override
    public String toString() {
        return kind == Kind.STRING ? '"' + text + '"' : text;
    }
}
