package org.qompat.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.Finding;

/** Every rule of the primer, in the primer's order, and the two halves the fleet analysis memoises apart. */
public final class RuleSet {

    /** All twelve rules. */
    public static final List<MigrationRule> ALL = List.of(new MachineTypeRule(), new DeviceTypeRule(),
            new PropertyExistsRule(), new EffectivePropertiesRule(), new PlatformFeatureRule(), new CpuModelRule(),
            new VmStateRule(), new VfioRule(), new MigrationBlockerRule(), new RamBlocksRule(),
            new KnownDefectRule(), new UnknownDataRule());

    private RuleSet() {
    }

    /** Findings that depend only on the VM and the two builds (safe to share between host pairs). */
    public static List<Finding> buildFindings(PairContext ctx) {
        return run(ctx, false);
    }

    /** Findings that depend on the hosts' platform as well. */
    public static List<Finding> hostFindings(PairContext ctx) {
        return run(ctx, true);
    }

    private static List<Finding> run(PairContext ctx, boolean hostDependent) {
        List<Finding> out = new ArrayList<>();
        boolean judge = UnknownDataRule.canJudge(ctx);
        for (MigrationRule r : ALL) {
            if (r.dependsOnHosts() != hostDependent) continue;
            if (!judge && !(r instanceof UnknownDataRule)) continue;
            r.check(ctx, out);
        }
        return out;
    }
}
