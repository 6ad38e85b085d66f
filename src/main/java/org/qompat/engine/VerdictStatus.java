package org.qompat.engine;

/** The verdict of one (VM, source, destination); the order is best to worst for "worst wins" reductions. */
public enum VerdictStatus {
    OK, WARN, UNKNOWN, BLOCKED;

    public VerdictStatus worse(VerdictStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
