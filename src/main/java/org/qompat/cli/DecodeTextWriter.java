package org.qompat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qompat.engine.Finding;
import org.qompat.engine.investigate.DecodedMessage;
import org.qompat.engine.investigate.Entity;
import org.qompat.engine.investigate.EntityKind;
import org.qompat.engine.investigate.FailureStory;
import org.qompat.engine.investigate.LinkReport;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.engine.investigate.Mismatch;
import org.qompat.engine.investigate.Role;

/** The text form of {@code qompat decode}: one block per failure story, cause first, for a person at 2 a.m. */
final class DecodeTextWriter {

    private DecodeTextWriter() {
    }

    static void write(PrintWriter out, LogDecoding d, LinkReport link, String linkNote) {
        long failures = d.stories().stream().filter(s -> s.cause().isPresent() || !s.outcomes().isEmpty()).count();
        out.printf("%d line(s), %d recognised message(s), %d failure stor%s, %d line(s) not recognised.%n",
                d.lines().size(), d.messages().size(), failures, failures == 1 ? "y" : "ies", d.unrecognized().size());
        if (!d.context().vms().isEmpty() || !d.context().hosts().isEmpty()) {
            out.printf("The log names: %s%n", context(d));
        }
        java.util.Map<Integer, Long> perLine = d.messages().stream()
                .collect(Collectors.groupingBy(DecodedMessage::lineNumber, Collectors.counting()));
        int n = 0;
        for (FailureStory s : d.stories()) {
            out.println();
            out.printf("Story %d (line%s) — %s  [rule %s]%n", ++n, range(s), s.title(), s.rule().id());
            for (DecodedMessage m : s.messages()) writeMessage(out, m, link, perLine.get(m.lineNumber()) > 1);
            if (!s.note().isEmpty()) out.printf("  note: %s%n", s.note());
        }
        if (link != null) writeLink(out, link);
        else if (linkNote != null) {
            out.println();
            out.println(linkNote);
        }
    }

    /** A line holding several messages (a libvirt error wrapping QEMU's, a 10.2 chain) shows each one's part. */
    private static void writeMessage(PrintWriter out, DecodedMessage m, LinkReport link, boolean shared) {
        out.printf("  L%-4d %-12s %s%n", m.lineNumber(), role(m.role()), shared ? m.matchedText() : m.line().message());
        out.printf("        means  %s%n", m.meaning());
        List<Entity> shown = m.entities().stream().filter(e -> e.kind() != EntityKind.FEATURES
                && e.kind() != EntityKind.ALLOWED).toList();
        if (!shown.isEmpty()) {
            out.printf("        names  %s%n", shown.stream().map(Entity::toString).collect(Collectors.joining("; ")));
        }
        if (m.role() == Role.CAUSE) {
            out.printf("        rule   %s · %s · %s%n", m.rule().id(), m.severity().name().toLowerCase(Locale.ROOT),
                    m.pattern().wording());
        }
        if (link != null) {
            for (Finding f : link.findingsFor(m)) {
                out.printf("        finding  %s %s %s%s: %s%n", f.severity(), f.rule().id(), f.path(),
                        f.property().isEmpty() ? "" : " " + f.property(), f.message());
            }
        }
    }

    private static void writeLink(PrintWriter out, LinkReport r) {
        out.println();
        out.printf("Engine verdict for %s from %s to %s: %s (%d finding%s)%n", r.verdict().vm(), r.verdict().from(),
                r.verdict().to(), r.verdict().status(), r.verdict().findings().size(),
                r.verdict().findings().size() == 1 ? "" : "s");
        if (r.mismatches().isEmpty()) {
            out.println("The log and the prediction agree.");
            return;
        }
        for (Mismatch m : r.mismatches()) {
            String where = m.message() != null ? " (line " + m.message().lineNumber() + ")" : "";
            out.printf("  %s%s: %s%n", m.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT), where,
                    m.explanation());
        }
    }

    private static String role(Role r) {
        return switch (r) {
            case CAUSE -> "CAUSE";
            case CONSEQUENCE -> "consequence";
            case OUTCOME -> "outcome";
            case CONTEXT -> "context";
        };
    }

    private static String range(FailureStory s) {
        return s.firstLine() == s.lastLine() ? " " + s.firstLine() : "s " + s.firstLine() + "–" + s.lastLine();
    }

    private static String context(LogDecoding d) {
        StringBuilder sb = new StringBuilder();
        if (!d.context().vms().isEmpty()) sb.append("VM ").append(String.join(", ", d.context().vms()));
        if (!d.context().hosts().isEmpty()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append("host ").append(String.join(", ", d.context().hosts()));
        }
        if (!d.context().kernels().isEmpty()) sb.append("; kernel ").append(String.join(", ", d.context().kernels()));
        return sb.toString();
    }
}
