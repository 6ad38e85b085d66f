package org.qompat.engine.plan;

import org.qompat.engine.Finding;

/**
 * What a blocker is "the same" as across VMs and host pairs, for ranking them: the rule and the property (a
 * device's name differs per VM, net0 or nic1, but {@code host_uso} is one cause), else the rule and its message.
 */
public record BlockerKey(String rule, String subject) {

    public static BlockerKey of(Finding f) {
        String subject = f.property() != null && !f.property().isBlank() ? f.property()
                : f.message() == null ? "" : f.message();
        return new BlockerKey(f.rule().id(), subject);
    }

    public String label() {
        return subject.isEmpty() ? rule : rule + " · " + subject;
    }
}
