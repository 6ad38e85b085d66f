package org.qompat.engine;

import java.util.List;
import org.qompat.engine.compat.AnalysisCache;
import org.qompat.engine.rules.PairContext;
import org.qompat.engine.rules.RuleSet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The single-pair question: can {@code vm} move from {@code from} to {@code to}? Runs every rule of the primer
 * (see {@link RuleSet#ALL}) and returns all findings, blockers first. The diagonal ({@code from == to}) is a real
 * question too: "can this VM migrate at all?". Pure, thread-safe.
 */
public final class Compatibility {

    private Compatibility() {
    }

    public static Verdict check(Vm vm, Host from, Host to) {
        return check(vm, from, to, new AnalysisCache());
    }

    /** As {@link #check(Vm, Host, Host)}, sharing memo tables with other checks of the same analysis. */
    public static Verdict check(Vm vm, Host from, Host to, AnalysisCache cache) {
        PairContext ctx = new PairContext(vm, from, to, cache);
        List<Finding> findings = Verdicts.merge(Verdicts.sorted(RuleSet.buildFindings(ctx)),
                Verdicts.sorted(RuleSet.hostFindings(ctx)));
        return new Verdict(vm.name(), from.name(), to.name(), Verdicts.status(findings), findings);
    }
}
