package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;

/**
 * One failure told in order: the cause first (the line that says what broke), its consequences after (the
 * VMState and section lines QEMU prints on the way out), the outcome last (load of migration failed, libvirt's
 * job error). {@code note} explains a story whose cause was not printed, from the outcome's error number.
 */
public record FailureStory(List<DecodedMessage> messages, String note) {

    public FailureStory {
        messages = List.copyOf(messages);
    }

    /** The decisive cause: the first blocker among the causes, else the first cause. */
    public Optional<DecodedMessage> cause() {
        return causes().stream().min(Comparator.comparing(m -> m.severity() == Severity.BLOCKER ? 0 : 1));
    }

    public List<DecodedMessage> causes() {
        return byRole(Role.CAUSE);
    }

    public List<DecodedMessage> consequences() {
        return byRole(Role.CONSEQUENCE);
    }

    public List<DecodedMessage> outcomes() {
        return byRole(Role.OUTCOME);
    }

    /** The rule the story is about: the cause's, else the hinted rule of a cause-less story, else UNKNOWN. */
    public Rule rule() {
        return cause().map(DecodedMessage::rule).orElse(Rule.UNKNOWN);
    }

    public Severity severity() {
        return messages.stream().map(DecodedMessage::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
    }

    /** A headline for people: the cause's title, or the first message's when the cause is missing. */
    public String title() {
        return cause().or(() -> messages.stream().filter(m -> m.role() != Role.CONTEXT).findFirst())
                .or(() -> messages.stream().findFirst()).map(DecodedMessage::title).orElse("");
    }

    public int firstLine() {
        return messages.isEmpty() ? 0 : messages.get(0).lineNumber();
    }

    public int lastLine() {
        return messages.stream().mapToInt(DecodedMessage::lineNumber).max().orElse(0);
    }

    /** Every entity named anywhere in the story, without duplicates, cause first. */
    public List<Entity> entities() {
        Set<Entity> all = new LinkedHashSet<>();
        for (DecodedMessage m : messages) all.addAll(m.entities());
        return new ArrayList<>(all);
    }

    private List<DecodedMessage> byRole(Role role) {
        return messages.stream().filter(m -> m.role() == role).toList();
    }
}
