package org.qompat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import org.qompat.engine.Finding;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;

/** {@code check}'s text: one line per verdict with its counts and worst finding, then a summary line. */
final class VerdictTextWriter {

    private final PrintWriter w;
    private final Map<VerdictStatus, Integer> counts = new EnumMap<>(VerdictStatus.class);

    VerdictTextWriter(java.io.Writer out) {
        w = out instanceof PrintWriter p ? p : new PrintWriter(out);
    }

    void verdict(Verdict v) {
        counts.merge(v.status(), 1, Integer::sum);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-8s %s: %s -> %s", v.status(), v.vm(), v.from(), v.to()));
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Finding f : v.findings()) bySeverity.merge(f.severity(), 1, Integer::sum);
        if (!bySeverity.isEmpty()) {
            sb.append("  (");
            boolean first = true;
            for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
                if (!first) sb.append(", ");
                sb.append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase())
                        .append(e.getValue() == 1 ? "" : "s");
                first = false;
            }
            sb.append(')');
        }
        w.println(sb);
        if (!v.findings().isEmpty() && v.status() != VerdictStatus.OK) {
            Finding top = v.findings().get(0);
            w.println("         " + top.rule().id() + ": " + top.message());
            int more = v.findings().size() - 1;
            if (more > 0) {
                // one line per verdict keeps a fleet-wide check readable; explain lists every finding
                w.println("         + " + more + " more finding" + (more == 1 ? "" : "s") + ": qompat explain … --vm "
                        + v.vm() + " --from " + v.from() + " --to " + v.to());
            }
        }
    }

    void close() throws IOException {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        w.println(total + " verdicts: " + counts.getOrDefault(VerdictStatus.OK, 0) + " OK, "
                + counts.getOrDefault(VerdictStatus.WARN, 0) + " WARN, "
                + counts.getOrDefault(VerdictStatus.UNKNOWN, 0) + " UNKNOWN, "
                + counts.getOrDefault(VerdictStatus.BLOCKED, 0) + " BLOCKED");
        w.flush();
    }
}
