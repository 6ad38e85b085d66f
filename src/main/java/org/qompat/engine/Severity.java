package org.qompat.engine;

/** How much a finding weighs; declared worst first so that sorting by ordinal puts blockers on top. */
public enum Severity {
    BLOCKER, UNKNOWN, WARNING, INFO
}
