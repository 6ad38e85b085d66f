package org.qompat.ui.common;

import org.qompat.engine.Finding;

/** A finding the user opened: which VM, which direction, and the finding itself. */
public record FindingSelection(String vm, String fromHost, String toHost, Finding finding) {
}
