package org.qompat.engine.investigate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the decoder's small data files from the classpath ({@code resources/org/qompat/engine/investigate/}):
 * {@code #} comments, blank lines ignored. Kept as text so that a new bit or message is one line, not code.
 */
final class DataTable {

    /** A data line with its 1-based line number, for error messages that point at the file. */
    record Row(int line, String text) {
        String[] cells(int expected, String resource) {
            String[] cells = text.split("\\s+\\|\\s+", -1);
            if (cells.length != expected) {
                throw new IllegalStateException(resource + ":" + line + ": expected " + expected
                        + " columns separated by ' | ', found " + cells.length);
            }
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            return cells;
        }
    }

    private DataTable() {
    }

    static List<Row> rows(String resource) {
        List<Row> rows = new ArrayList<>();
        for (Row r : lines(resource)) {
            String t = r.text().strip();
            if (!t.isEmpty() && !t.startsWith("#")) rows.add(new Row(r.line(), t));
        }
        return rows;
    }

    /** Every line, blank and comment lines included (the message catalog is block-structured). */
    static List<Row> lines(String resource) {
        InputStream in = DataTable.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) rows.add(new Row(++n, line));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    static String dash(String cell) {
        return "-".equals(cell) ? "" : cell;
    }
}
