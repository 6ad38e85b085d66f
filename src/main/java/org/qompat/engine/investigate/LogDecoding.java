package org.qompat.engine.investigate;

import java.util.List;

/**
 * The decoded log: every line, every recognised message in reading order, the failure stories they form (cause
 * first), and what the log says about its VM and hosts.
 */
public record LogDecoding(List<LogLine> lines, List<DecodedMessage> messages, List<FailureStory> stories,
                          LogContext context) {

    public LogDecoding {
        lines = List.copyOf(lines);
        messages = List.copyOf(messages);
        stories = List.copyOf(stories);
    }

    /** Lines no pattern recognised, so that a caller can show them dimmed rather than drop them. */
    public List<LogLine> unrecognized() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (DecodedMessage m : messages) seen.add(m.lineNumber());
        return lines.stream().filter(l -> !seen.contains(l.number()) && !l.message().isBlank()).toList();
    }

    public boolean hasFailure() {
        return stories.stream().anyMatch(s -> s.cause().isPresent() || !s.outcomes().isEmpty());
    }
}
