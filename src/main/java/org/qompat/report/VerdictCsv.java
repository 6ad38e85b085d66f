package org.qompat.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Verdict;

/**
 * Streams verdicts as CSV (RFC 4180, UTF-8, header row): one row per finding, and one row with empty finding
 * columns for a verdict without findings, so every asked pair appears. Columns are those of the check JSON, with
 * provenance split into file and location per side. Does not close the stream.
 */
public final class VerdictCsv implements Closeable {

    public static final List<String> COLUMNS = List.of("vm", "from", "to", "verdict", "rule", "severity", "path",
            "property", "source", "destination", "message", "source_file", "source_location", "destination_file",
            "destination_location");

    private final Writer w;

    public VerdictCsv(OutputStream out) throws IOException {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The same onto a character stream (e.g. the CLI's standard output writer). */
    public VerdictCsv(Writer out) throws IOException {
        w = out;
        row(COLUMNS.toArray(String[]::new));
    }

    public void verdict(Verdict v) throws IOException {
        if (v.findings().isEmpty()) {
            row(v.vm(), v.from(), v.to(), v.status().name(), "", "", "", "", "", "", "", "", "", "", "");
            return;
        }
        for (Finding f : v.findings()) {
            row(v.vm(), v.from(), v.to(), v.status().name(), f.rule().id(), f.severity().name(), f.path(),
                    f.property(), f.sourceValue(), f.destinationValue(), f.message(), f.sourceProvenance().file(),
                    f.sourceProvenance().location(), f.destinationProvenance().file(),
                    f.destinationProvenance().location());
        }
    }

    private void row(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) w.write(',');
            w.write(quote(cells[i]));
        }
        w.write("\r\n");
    }

    /** Quotes cells that contain a comma, quote or line break, doubling inner quotes. */
    static String quote(String cell) {
        if (cell == null) return "";
        boolean plain = cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
                && cell.indexOf('\r') < 0;
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        w.flush();
    }
}
