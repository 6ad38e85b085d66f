package org.qompat.engine.plan;

import org.qompat.engine.VerdictStatus;

/**
 * One (VM, source host, destination host) cell whose verdict differs between two matrices. {@code before} is null
 * for a cell that only exists afterwards (an added host), {@code after} null for one that disappeared.
 */
public record CellChange(String vm, String from, String to, VerdictStatus before, VerdictStatus after) {

    public boolean improved() {
        return before != null && after != null && after.ordinal() < before.ordinal();
    }

    public boolean worsened() {
        return before != null && after != null && after.ordinal() > before.ordinal();
    }
}
