package org.qompat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;

/** CSV and JSON of the verdicts, through the verdict writers `qompat check` uses. */
final class VerdictTable {

    private VerdictTable() {
    }

    static void write(ExportFormat format, VerdictSource source, BitSet vms, OutputStream out, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException(format + " export waits for the verdict writers");
    }
}
