package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups decoded messages into failure stories. QEMU stops at the first error, so a story is a cause, the lines
 * printed on the way out, and the outcome. A cause starts a new story, except that causes of one rule printed
 * together with nothing in between (a run of CPU feature warnings ending in "enforce") stay one story. An
 * outcome closes the story; further outcomes right after it (libvirt repeating QEMU's error) join it. A story
 * that is only an outcome (libvirt's error printed before QEMU's lines) is merged into its neighbour. Context
 * messages join the story of their own line.
 */
final class StoryBuilder {

    private final Map<String, String[]> outcomeHints = new HashMap<>();

    StoryBuilder() {
        for (DataTable.Row r : DataTable.rows("outcome-hints.txt")) {
            String[] c = r.cells(3, "outcome-hints.txt");
            outcomeHints.put(c[0], new String[] {c[1], c[2]});
        }
    }

    private static final class Draft {
        final List<DecodedMessage> messages = new ArrayList<>();
        boolean closed;

        boolean has(Role r) {
            return messages.stream().anyMatch(m -> m.role() == r);
        }

        boolean onlyOutcomes() {
            return !messages.isEmpty() && messages.stream().allMatch(m -> m.role() == Role.OUTCOME);
        }

        DecodedMessage last() {
            return messages.get(messages.size() - 1);
        }
    }

    List<FailureStory> build(List<DecodedMessage> ordered) {
        List<Draft> drafts = new ArrayList<>();
        List<DecodedMessage> contexts = new ArrayList<>();
        Draft cur = null;
        for (DecodedMessage m : ordered) {
            switch (m.role()) {
                case CONTEXT -> contexts.add(m);
                case CAUSE -> {
                    if (cur == null || cur.closed || !joinsCauseRun(cur, m)) cur = open(drafts);
                    cur.messages.add(m);
                }
                case CONSEQUENCE -> {
                    if (cur == null || cur.closed) cur = open(drafts);
                    cur.messages.add(m);
                }
                case OUTCOME -> {
                    boolean continues = cur != null && (!cur.closed || cur.last().role() == Role.OUTCOME);
                    if (!continues) cur = open(drafts);
                    cur.messages.add(m);
                    cur.closed = true;
                }
            }
        }
        mergeLoneOutcomes(drafts);
        for (DecodedMessage c : contexts) attachContext(drafts, c);
        List<FailureStory> out = new ArrayList<>();
        for (Draft d : drafts) out.add(new FailureStory(d.messages, note(d)));
        return out;
    }

    private static Draft open(List<Draft> drafts) {
        Draft d = new Draft();
        drafts.add(d);
        return d;
    }

    /** A cause continues a run of causes of the same rule when nothing else came in between. */
    private static boolean joinsCauseRun(Draft cur, DecodedMessage m) {
        return cur.messages.stream().allMatch(x -> x.role() == Role.CAUSE && x.rule() == m.rule());
    }

    private static void mergeLoneOutcomes(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.onlyOutcomes() || drafts.size() == 1) continue;
            Draft prev = i > 0 ? drafts.get(i - 1) : null;
            Draft next = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
            if (prev != null && !prev.has(Role.OUTCOME)) {
                prev.messages.addAll(d.messages);
            } else if (next != null && !next.has(Role.OUTCOME)) {
                next.messages.addAll(d.messages); // the outcome was printed first; it still ends the story
            } else {
                continue;
            }
            drafts.remove(i--);
        }
    }

    private static void attachContext(List<Draft> drafts, DecodedMessage c) {
        for (Draft d : drafts) {
            for (int i = 0; i < d.messages.size(); i++) {
                if (d.messages.get(i).lineNumber() == c.lineNumber()) {
                    d.messages.add(i, c);
                    return;
                }
            }
        }
    }

    /** For a story without a cause line: what its outcome's error number points at. */
    private String note(Draft d) {
        if (d.has(Role.CAUSE)) return "";
        for (DecodedMessage m : d.messages) {
            String reason = m.value(EntityKind.REASON).orElse(null);
            if (reason == null) continue;
            String[] hint = outcomeHints.get(reason.strip());
            if (hint != null) return "No cause was printed. " + hint[1] + " (rule " + hint[0] + ")";
        }
        return d.has(Role.OUTCOME) ? "No cause was printed in this log; the other side's log may have it." : "";
    }
}
