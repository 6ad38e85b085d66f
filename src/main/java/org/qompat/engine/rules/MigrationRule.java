package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;

/**
 * One rule of the primer (§3). A rule adds every finding it has to {@code out} (never only the first) and
 * records missing data as a finding of severity UNKNOWN naming what is missing.
 */
public interface MigrationRule {

    Rule rule();

    /**
     * False when the findings depend only on the VM and the two QEMU builds, so the fleet analysis can compute
     * them once per (VM, source build, destination build); true when the hosts' platform matters too. Rules that
     * depend only on builds must not name hosts in their messages.
     */
    boolean dependsOnHosts();

    void check(PairContext ctx, List<Finding> out);
}
