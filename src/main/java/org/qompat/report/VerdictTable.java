package org.qompat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.List;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;

/**
 * CSV and JSON of the verdicts, through the same streaming writers as {@code qompat check} ({@link VerdictJson},
 * {@link VerdictCsv}): one verdict per selected VM and ordered host pair, the diagonal included, with real host
 * names. Verdicts are looked up per class pair and streamed, so memory stays flat; the row count is capped because
 * VMs × hosts² grows fast — beyond it, select VMs or export per host class.
 */
final class VerdictTable {

    /** 2 million verdicts is already a gigabyte of JSON; nobody opens more in a spreadsheet or a script. */
    static final long MAX_VERDICTS = 2_000_000L;

    private VerdictTable() {
    }

    static void write(ExportFormat format, VerdictSource source, BitSet vms, OutputStream out, ExportProgress progress)
            throws IOException {
        List<Host> hosts = source.hosts();
        int n = hosts.size();
        long count = (long) vms.cardinality() * n * n;
        if (count > MAX_VERDICTS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%,d verdicts (%d VMs × %d² host"
                    + " pairs) is more than %,d: select VMs (--vm) or export one verdict per class pair (--classes)",
                    count, vms.cardinality(), n, MAX_VERDICTS));
        }
        if (format == ExportFormat.JSON) {
            try (VerdictJson json = new VerdictJson(out, hosts, source::classOf, selected(source, vms),
                    source.classes())) {
                each(source, vms, progress, json::verdict);
            }
        } else {
            try (VerdictCsv csv = new VerdictCsv(out)) {
                each(source, vms, progress, csv::verdict);
            }
        }
        progress.update(1, format + " written");
    }

    private interface Sink {
        void accept(Verdict v) throws IOException;
    }

    private static void each(VerdictSource source, BitSet vms, ExportProgress progress, Sink sink) throws IOException {
        List<Host> hosts = source.hosts();
        int total = Math.max(1, vms.cardinality());
        int done = 0;
        for (int v = vms.nextSetBit(0); v >= 0; v = vms.nextSetBit(v + 1)) {
            progress.checkCancelled();
            progress.update(done++ / (double) total, "verdicts of " + source.vms().get(v).name());
            for (int i = 0; i < hosts.size(); i++) {
                int from = source.classOf(i);
                for (int j = 0; j < hosts.size(); j++) {
                    Verdict c = source.classVerdict(v, from, source.classOf(j));
                    sink.accept(new Verdict(c.vm(), hosts.get(i).name(), hosts.get(j).name(), c.status(),
                            c.findings()));
                }
            }
        }
    }

    private static List<org.qompat.model.Vm> selected(VerdictSource source, BitSet vms) {
        return vms.stream().mapToObj(source.vms()::get).toList();
    }
}
