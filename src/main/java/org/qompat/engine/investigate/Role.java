package org.qompat.engine.investigate;

/** How a decoded message sits in a failure story: the cause first, its consequences after, the outcome last. */
public enum Role {
    CAUSE, CONSEQUENCE, OUTCOME, CONTEXT;

    public static Role byId(String id) {
        return valueOf(id.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
