package org.qompat.engine.plan;

/** A blocker and how many VM × host-pair combinations it blocks; {@code example} is one finding's message. */
public record BlockerCount(BlockerKey key, long count, String example) {

    public String label() {
        return key.label();
    }
}
