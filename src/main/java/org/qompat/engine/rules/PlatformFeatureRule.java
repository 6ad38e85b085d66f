package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.engine.compat.PlatformRequirements;
import org.qompat.model.PlatformFeature;

/**
 * Rule 5: a guest-visible feature the VM has enabled on the source that the destination host cannot back. QEMU
 * masks such bits silently at device start, so the guest may already use a feature the destination refuses
 * ({@code Features 0x… unsupported}). The table of features and what they need is data
 * ({@code platform-requirements.json}).
 */
public final class PlatformFeatureRule implements HostDependentRule {

    @Override
    public Rule rule() {
        return Rule.PLATFORM_FEATURE;
    }

    @Override
    public Object prepare(PairContext ctx) {
        return ctx.cache().memo(IdKey.of("pf", ctx.vm(), ctx.srcBuild(), ctx.srcMachineName()),
                k -> FeatureUse.find(ctx));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void check(PairContext ctx, Object prepared, List<Finding> out) {
        List<FeatureUse> uses = (List<FeatureUse>) prepared;
        for (int i = 0; i < uses.size(); i++) {
            FeatureUse u = uses.get(i);
            PlatformRequirements.Requirement r = u.requirement();
            if (u.backend() != null && !r.backends().isEmpty() && !r.backends().contains(u.backend())) continue;
            PlatformFeature t = r.on(ctx.to());
            if (t != null && Boolean.TRUE.equals(t.available())) continue;
            PlatformFeature s = r.on(ctx.from());
            if (s != null && Boolean.FALSE.equals(s.available())) continue; // masked on the source too
            // the finding names only the use and the destination: one object for every source class
            out.add(ctx.cache().memo(IdKey.of("pf-finding", u, ctx.to(), null), k -> finding(ctx, u, t)));
        }
    }

    private Finding finding(PairContext ctx, FeatureUse u, PlatformFeature t) {
        List<Finding> out = new java.util.ArrayList<>(1);
        PlatformRequirements.Requirement r = u.requirement();
        String dstText = t == null ? "(not recorded)" : t.available() == null ? "unknown" : "absent";
        String how = t == null || t.derivation() == null || t.derivation().isEmpty() ? ""
                : " (" + t.derivation() + ")";
        String what = u.path() + " has " + u.property() + " " + u.values();
        if (t == null || t.available() == null) {
            PairContext.add(out, rule(), Severity.UNKNOWN, u.path(), u.property(), u.values(), dstText,
                    "Missing data: " + what + ", which needs " + r.needs() + "; the destination host's '"
                            + r.platformFeature() + "' is not known" + how + ".", u.provenance(),
                    t == null ? ctx.to().provenance() : t.provenance());
            return out.get(0);
        }
        boolean backendUnknown = "device-property".equals(r.kind()) && u.backend() == null;
        String effect = " The destination host lacks " + r.needs() + how + ", so QEMU there masks it and the"
                + " load fails: " + r.failure() + ".";
        if (backendUnknown) {
            PairContext.add(out, rule(), Severity.UNKNOWN, u.path(), u.property(), u.values(), dstText, what
                    + " and its netdev backend is unknown: with tap it needs " + r.needs() + "." + effect
                    + " (With a backend such as 'user' the feature is off on both sides.)",
                    u.provenance(), t.provenance());
        } else {
            PairContext.add(out, rule(), Severity.BLOCKER, u.path(), u.property(), u.values(), dstText,
                    what + (u.backend() == null ? "" : " (netdev " + u.backend() + ")") + "." + effect
                            + " Turn it off on the VM, or keep the VM on hosts that have it.",
                    u.provenance(), t.provenance());
        }
        return out.get(0);
    }
}
