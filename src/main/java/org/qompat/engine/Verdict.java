package org.qompat.engine;

import java.util.List;

/** The answer for one VM from one host to another, with every finding (blockers first). */
public record Verdict(String vm, String from, String to, VerdictStatus status, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }
}
