package org.qompat.cli;

/** RFC 4180 quoting for the CLI's own CSV tables. */
final class VerdictCsvQuote {

    private VerdictCsvQuote() {
    }

    static String quote(String cell) {
        if (cell == null) return "";
        boolean plain = cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
                && cell.indexOf('\r') < 0;
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
