package org.qompat.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns findings into a verdict: blockers first, then UNKNOWN, warnings, notes; worst finding decides. */
public final class Verdicts {

    /** Severity, then the primer's rule order, then QOM path and property: stable and readable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(Finding::path).thenComparing(Finding::property);

    private Verdicts() {
    }

    public static VerdictStatus status(List<Finding> findings) {
        VerdictStatus s = VerdictStatus.OK;
        for (Finding f : findings) s = s.worse(statusOf(f.severity()));
        return s;
    }

    public static VerdictStatus statusOf(Severity severity) {
        switch (severity) {
            case BLOCKER:
                return VerdictStatus.BLOCKED;
            case UNKNOWN:
                return VerdictStatus.UNKNOWN;
            case WARNING:
                return VerdictStatus.WARN;
            default:
                return VerdictStatus.OK;
        }
    }

    /** Sorted, immutable; the same list object when already empty. */
    public static List<Finding> sorted(List<Finding> findings) {
        if (findings.isEmpty()) return List.of();
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }

    /** Merges two sorted immutable lists; returns one of them unchanged when the other is empty. */
    public static List<Finding> merge(List<Finding> a, List<Finding> b) {
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        List<Finding> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(ORDER);
        return List.copyOf(all);
    }
}
