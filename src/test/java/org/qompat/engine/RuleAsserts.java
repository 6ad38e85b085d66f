package org.qompat.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers to pick findings of one rule out of a verdict. */
final class RuleAsserts {

    private RuleAsserts() {
    }

    static List<Finding> of(Verdict v, Rule rule) {
        return v.findings().stream().filter(f -> f.rule() == rule).collect(Collectors.toList());
    }

    static List<Finding> of(Verdict v, Rule rule, Severity severity) {
        return v.findings().stream().filter(f -> f.rule() == rule && f.severity() == severity)
                .collect(Collectors.toList());
    }
}
