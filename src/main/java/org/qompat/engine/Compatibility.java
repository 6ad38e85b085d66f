package org.qompat.engine;

import java.util.List;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/** The single-pair question: can {@code vm} move from {@code from} to {@code to}? Pure, thread-safe. */
public final class Compatibility {

    private Compatibility() {
    }

    public static Verdict check(Vm vm, Host from, Host to) {
        // Placeholder until the rules land: missing analysis is never OK.
        Finding f = new Finding(Rule.UNKNOWN, Severity.UNKNOWN, "", "", "", "", "rules not evaluated yet",
                vm.provenance(), to.provenance());
        return new Verdict(vm.name(), from.name(), to.name(), VerdictStatus.UNKNOWN, List.of(f));
    }
}
