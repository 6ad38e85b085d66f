package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;

/**
 * A rule whose answer depends on the hosts' platform. Its work splits in two: {@link #prepare} gathers what the VM
 * needs from any host, which depends only on the VM and the source build (done once per VM and build by the fleet
 * analysis), and {@link #check(PairContext, Object, List)} compares that with one host pair — the part that runs for
 * every class pair, so it must be cheap.
 */
public interface HostDependentRule extends MigrationRule {

    /** What the VM needs from hosts, as configured on the source build. */
    Object prepare(PairContext ctx);

    void check(PairContext ctx, Object prepared, List<Finding> out);

    @Override
    default boolean dependsOnHosts() {
        return true;
    }

    @Override
    default void check(PairContext ctx, List<Finding> out) {
        check(ctx, prepare(ctx), out);
    }
}
