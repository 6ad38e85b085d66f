package org.qompat.engine.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.model.CpuInfo;
import org.qompat.model.CpuModel;
import org.qompat.model.QomNode;

/**
 * Rule 6: the VM's {@code -cpu} model must exist on the destination build and be runnable on the destination host
 * (no {@code unavailable-features}); {@code host} and {@code max} pass the host CPU through, so the destination's
 * CPU flags must include every source flag.
 */
public final class CpuModelRule implements HostDependentRule {

    @Override
    public Rule rule() {
        return Rule.CPU_MODEL;
    }

    @Override
    public Object prepare(PairContext ctx) {
        return ctx.cache().memo(IdKey.of("cpu", ctx.vm(), null, null),
                k -> java.util.Optional.ofNullable(cpuModel(ctx)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void check(PairContext ctx, Object prepared, List<Finding> out) {
        String model = ((java.util.Optional<String>) prepared).orElse(null);
        if (model == null) {
            PairContext.add(out, rule(), Severity.UNKNOWN, "", "-cpu", null, null, "Missing data: the VM's CPU"
                    + " model is unknown (no -cpu on a known command line and no CPU object in its QOM tree).",
                    ctx.vmProvenance(), ctx.to().provenance());
            return;
        }
        // what the destination build says of the model is the same for every host running it: once per VM and build
        OnBuild onBuild = ctx.cache().memo(IdKey.of("cpu-dst", ctx.vm(), ctx.dstBuild(), null),
                k -> onBuild(ctx, model));
        out.addAll(onBuild.findings());
        if (onBuild.modelFound() && (model.equals("host") || model.equals("max"))) hostFlags(ctx, model, out);
    }

    /** The build-level findings of one model on the destination build, and whether the build has the model. */
    private record OnBuild(List<Finding> findings, boolean modelFound) {
    }

    private OnBuild onBuild(PairContext ctx, String model) {
        List<Finding> out = new java.util.ArrayList<>();
        if (ctx.dstBuild().cpuModels().isEmpty()) {
            PairContext.add(out, rule(), Severity.UNKNOWN, "", "-cpu", model, null, "Missing data: the"
                    + " destination's CPU models (query-cpu-definitions) were not collected.", ctx.vmProvenance(),
                    ctx.dstBuild().provenance());
            return new OnBuild(List.copyOf(out), false);
        }
        CpuModel m = ctx.dstBuild().cpuModels().get(model);
        if (m == null) m = find(ctx.dstBuild().cpuModels().values(), model);
        if (m == null) {
            PairContext.add(out, rule(), Severity.BLOCKER, "", "-cpu", model, "(absent)", "CPU model " + model
                    + " does not exist on the destination build " + ctx.dstBuild().label() + ": 'unable to find CPU"
                    + " model '" + model + "''.", ctx.vmProvenance(), ctx.dstBuild().provenance());
            return new OnBuild(List.copyOf(out), false);
        }
        if (!m.runnable()) {
            PairContext.add(out, rule(), Severity.BLOCKER, "", "-cpu", model, "not runnable", "CPU model " + model
                    + " cannot run on the destination host: it lacks " + String.join(", ", m.unavailableFeatures())
                    + ".", ctx.vmProvenance(), m.provenance());
        }
        if (m.deprecated()) {
            PairContext.add(out, rule(), Severity.WARNING, "", "-cpu", model, model, "CPU model " + model
                    + " is deprecated on the destination build " + ctx.dstBuild().label() + ".",
                    ctx.vmProvenance(), m.provenance());
        }
        return new OnBuild(List.copyOf(out), true);
    }

    private void hostFlags(PairContext ctx, String model, List<Finding> out) {
        CpuInfo s = ctx.from().cpu();
        CpuInfo t = ctx.to().cpu();
        List<String> missing = ctx.pairFacts().missingFlags();
        if (missing == null) {
            PairContext.add(out, rule(), Severity.UNKNOWN, "", "-cpu", model, null, "Missing data: -cpu " + model
                    + " passes the host CPU through, but the " + (s == null || s.flags().isEmpty() ? "source" :
                    "destination") + " host's CPU flags (/proc/cpuinfo) are unknown.", ctx.from().provenance(),
                    ctx.to().provenance());
            return;
        }
        if (!missing.isEmpty()) {
            String list = String.join(" ", missing.stream().limit(12).toList())
                    + (missing.size() > 12 ? " … (" + missing.size() + " in all)" : "");
            PairContext.add(out, rule(), Severity.BLOCKER, "", "-cpu", s.vendor() + " " + s.modelName(),
                    t.vendor() + " " + t.modelName(), "-cpu " + model + " exposes the source host's CPU, and the"
                            + " destination host lacks flags the guest may use: " + list + ".",
                    ctx.from().provenance(), ctx.to().provenance());
        }
    }


    private static CpuModel find(java.util.Collection<CpuModel> models, String name) {
        for (CpuModel m : models) if (m.name().equals(name)) return m;
        for (CpuModel m : models) if (name.equals(m.aliasOf()) || name.equals(m.typename())) return m;
        return null;
    }

    /** The {@code -cpu} model: from the VM record, its command line, or the CPU object's QOM type. */
    static String cpuModel(PairContext ctx) {
        if (ctx.vm().cpuModel() != null && !ctx.vm().cpuModel().isBlank()) return ctx.vm().cpuModel();
        if (ctx.commandLine().cpu() != null) return ctx.commandLine().cpu();
        for (QomNode n : ctx.nodes()) {
            String t = n.type();
            int cut = t.lastIndexOf("-x86_64-cpu");
            if (cut < 0) cut = t.lastIndexOf("-i386-cpu");
            if (cut > 0) return t.substring(0, cut);
        }
        return null;
    }
}
