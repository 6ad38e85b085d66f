package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.model.Host;

/**
 * Rule 12: missing data never means compatible. This rule names what is missing at the level of the whole
 * question — no QEMU build for a host, no QOM tree for the VM — and the engine skips the other rules, which
 * would have nothing to stand on. Rules report their own missing inputs (severity UNKNOWN) as well.
 */
public final class UnknownDataRule implements MigrationRule {

    @Override
    public Rule rule() {
        return Rule.UNKNOWN;
    }

    @Override
    public boolean dependsOnHosts() {
        return true;
    }

    /** True when the pair has enough data for the other rules to run. */
    public static boolean canJudge(PairContext ctx) {
        return ctx.from().build() != null && ctx.to().build() != null && ctx.vm().root() != null;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        missingBuild(ctx, ctx.from(), "source", out);
        missingBuild(ctx, ctx.to(), "destination", out);
        if (ctx.vm().root() == null) {
            PairContext.add(out, rule(), Severity.UNKNOWN, "", "", null, null, "Missing data: the VM's QOM tree"
                    + " was not loaded, so none of its devices can be checked.", ctx.vmProvenance(), null);
        }
    }

    private void missingBuild(PairContext ctx, Host h, String side, List<Finding> out) {
        if (h.build() != null) return;
        PairContext.add(out, rule(), Severity.UNKNOWN, "", "", null, null, "Missing data: the " + side + " host's"
                + " QEMU build (the binary's introspection in its platform dump) was not loaded.",
                side.equals("source") ? h.provenance() : null, side.equals("source") ? null : h.provenance());
    }
}
