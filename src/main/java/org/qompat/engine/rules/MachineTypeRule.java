package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.MachineResolution;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.model.Provenance;

/**
 * Rule 1. The destination is started with the same command line, so the machine type must resolve to the same
 * versioned name on both builds and be registered by the destination. Aliases and a missing {@code -M} resolve
 * per build; an unknown command line means we cannot tell, which is said as a warning.
 */
public final class MachineTypeRule implements MigrationRule {

    private static final String PATH = "/machine";
    private static final String PROP = "-machine";

    @Override
    public Rule rule() {
        return Rule.MACHINE_TYPE;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        // VMs with the same machine options get the same findings on the same two builds: share them
        String options = ctx.vm().commandLineKnown() + "|" + ctx.vm().machineArg() + "|" + ctx.commandLine().machineArg()
                + "|" + ctx.vm().machineType() + (ctx.vm().commandLineKnown() ? "" : "|" + ctx.vmProvenance());
        out.addAll(ctx.cache().memo(new IdKey("mt", ctx.srcBuild(), ctx.dstBuild(), null, options), k -> {
            List<Finding> found = new java.util.ArrayList<>();
            find(ctx, found);
            return List.copyOf(found);
        }));
    }

    private void find(PairContext ctx, List<Finding> out) {
        Provenance sb = ctx.srcBuild().provenance();
        Provenance db = ctx.dstBuild().provenance();
        if (ctx.srcBuild().machineTypes().isEmpty() || ctx.dstBuild().machineTypes().isEmpty()) {
            String which = ctx.srcBuild().machineTypes().isEmpty() ? "source" : "destination";
            PairContext.add(out, rule(), Severity.UNKNOWN, PATH, PROP, null, null, "Missing data: the " + which
                    + " build's machine types (query-machines) were not collected.", sb, db);
            return;
        }
        MachineResolution s = ctx.srcMachine();
        MachineResolution d = ctx.dstMachine();
        Provenance sp = s.machine() != null ? s.machine().provenance() : sb;
        Provenance dp = d.machine() != null ? d.machine().provenance() : db;
        if (!s.commandLineKnown()) {
            if (s.resolved() == null) {
                PairContext.add(out, rule(), Severity.UNKNOWN, PATH, PROP, null, null,
                        "Missing data: neither the VM's command line nor its machine type is known.",
                        ctx.vmProvenance(), db);
                return;
            }
            PairContext.add(out, rule(), Severity.WARNING, PATH, PROP, s.resolved(), d.resolved(),
                    "The VM's command line is unknown, so Qompat assumes it names " + s.resolved()
                            + " explicitly. If it uses an alias (q35, pc) or no -M, the destination resolves its"
                            + " own newest machine type instead; record the command line to be sure.",
                    ctx.vmProvenance(), dp);
        }
        if (s.machine() == null) {
            PairContext.add(out, rule(), Severity.BLOCKER, PATH, PROP, s.resolved(), d.resolved(),
                    "The source build " + ctx.srcBuild().label() + " cannot start this VM: " + s.how() + ".",
                    sp, dp);
            return;
        }
        if (d.machine() == null) {
            String newest = newestOfFamily(ctx.dstBuild().machineTypes().keySet(), s.resolved());
            PairContext.add(out, rule(), Severity.BLOCKER, PATH, PROP, s.resolved(),
                    "not registered" + (newest == null ? "" : " (newest: " + newest + ")"),
                    "The destination build " + ctx.dstBuild().label() + " does not register " + s.resolved()
                            + (newest == null ? "" : "; the newest of that family it has is " + newest)
                            + ". QEMU refuses to start: 'unsupported machine type'.", sp, dp);
            return;
        }
        if (!s.resolved().equals(d.resolved())) {
            PairContext.add(out, rule(), Severity.BLOCKER, PATH, PROP, s.resolved(), d.resolved(),
                    describe(s, "source", ctx.srcBuild().label()) + " but " + describe(d, "destination",
                            ctx.dstBuild().label()) + "; the destination refuses the stream: 'Machine type received is '"
                            + s.resolved() + "' and local is '" + d.resolved() + "''. Pin -M " + s.resolved() + ".",
                    sp, dp);
            return;
        }
        if (s.viaAlias() || d.viaAlias()) {
            String arg = s.requested() == null ? "no -M" : "the alias '" + s.requested() + "'";
            PairContext.add(out, rule(), Severity.WARNING, PATH, PROP, s.resolved(), d.resolved(),
                    "The command line uses " + arg + "; both builds resolve it to " + s.resolved()
                            + " today, but a build with a newer machine type would resolve it differently."
                            + " Pin -M " + s.resolved() + ".", sp, dp);
        }
        if (d.machine().deprecated()) {
            PairContext.add(out, rule(), Severity.WARNING, PATH, PROP, s.resolved(), d.resolved(),
                    "Machine type " + d.resolved() + " is deprecated on the destination build "
                            + ctx.dstBuild().label() + " and will be removed from later QEMU releases.", sp, dp);
        }
    }

    private static String describe(MachineResolution r, String side, String build) {
        if (r.requested() == null) return "with no -M the " + side + " (" + build + ") uses " + r.resolved();
        if (r.viaAlias()) return "-M " + r.requested() + " resolves to " + r.resolved() + " on the " + side
                + " (" + build + ")";
        return "the " + side + " (" + build + ") uses " + r.resolved();
    }


    /** The destination's newest versioned machine type of the same family (pc-q35-…), to say how far behind it is. */
    static String newestOfFamily(java.util.Collection<String> registered, String machine) {
        String[] wanted = machine == null ? null : org.qompat.model.MachineType.splitVersion(machine);
        if (wanted == null) return null;
        String best = null;
        double bestVersion = -1;
        for (String name : registered) {
            String[] parts = org.qompat.model.MachineType.splitVersion(name);
            if (parts == null || !parts[0].equals(wanted[0])) continue;
            double v = versionKey(parts[1]);
            if (v > bestVersion) {
                bestVersion = v;
                best = name;
            }
        }
        return best;
    }

    /** "10.0" → 10_000, "7.2" → 7_002: compares major then minor without string ordering traps. */
    private static double versionKey(String version) {
        String[] p = version.split("\\.");
        try {
            return Integer.parseInt(p[0]) * 1000.0 + (p.length > 1 ? Integer.parseInt(p[1]) : 0);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
