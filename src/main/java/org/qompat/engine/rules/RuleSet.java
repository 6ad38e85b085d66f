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

    /** The rules that look at hosts, in {@link #ALL}'s order; {@link #prepare} answers in this order. */
    public static final List<HostDependentRule> HOST_RULES = ALL.stream().filter(r -> r instanceof HostDependentRule)
            .map(r -> (HostDependentRule) r).toList();

    /** Host-dependent rules without a prepare step (asked for every class pair, so listed once). */
    private static final List<MigrationRule> OTHER_HOST_RULES = ALL.stream()
            .filter(r -> r.dependsOnHosts() && !(r instanceof HostDependentRule)).toList();

    private RuleSet() {
    }

    /** What each host-dependent rule needs from hosts, for this VM on the source build (see HOST_RULES). */
    public static Object[] prepare(PairContext ctx) {
        Object[] out = new Object[HOST_RULES.size()];
        if (!UnknownDataRule.canJudge(ctx)) return out;
        for (int i = 0; i < out.length; i++) out[i] = HOST_RULES.get(i).prepare(ctx);
        return out;
    }

    /** Host-dependent findings from prepared needs; the same findings as {@link #hostFindings(PairContext)}. */
    public static List<Finding> hostFindings(PairContext ctx, Object[] prepared) {
        List<Finding> out = new ArrayList<>(0);
        hostFindings(ctx, prepared, out);
        return out;
    }

    /** As {@link #hostFindings(PairContext, Object[])}, appending to {@code out} (a reusable scratch list). */
    public static void hostFindings(PairContext ctx, Object[] prepared, List<Finding> out) {
        if (UnknownDataRule.canJudge(ctx)) {
            for (int i = 0; i < prepared.length; i++) HOST_RULES.get(i).check(ctx, prepared[i], out);
        }
        for (MigrationRule r : OTHER_HOST_RULES) r.check(ctx, out);
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
