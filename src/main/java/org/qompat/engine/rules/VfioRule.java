package org.qompat.engine.rules;

import java.util.List;
import java.util.Map;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.model.QomNode;
import org.qompat.model.VfioAttributes;
import org.qompat.model.VfioDeviceModel;

/**
 * Rule 8: a passthrough device migrates only to an identical vendor device. QEMU data cannot prove that, so the
 * rule uses user-supplied attributes after the 2020 VFIO migration RFC (qemu-reference.md §7.1): the device model
 * strings are equal, every source parameter is supported by the destination, and every value is allowed. Without
 * attributes the answer is UNKNOWN.
 */
public final class VfioRule implements HostDependentRule {

    @Override
    public Rule rule() {
        return Rule.VFIO;
    }

    @Override
    public Object prepare(PairContext ctx) {
        return ctx.cache().memo(IdKey.of("vfio", ctx.vm(), ctx.srcBuild(), null), k -> ctx.nodes()
                .stream().filter(n -> ctx.src().isSubtype(n.type(), "vfio-pci") || n.type().startsWith("vfio-"))
                .toList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void check(PairContext ctx, Object prepared, List<Finding> out) {
        List<QomNode> devices = (List<QomNode>) prepared;
        for (int i = 0; i < devices.size(); i++) {
            QomNode n = devices.get(i);
            // the findings name only the VM's device and the destination: shared by every source class
            out.addAll(ctx.cache().memo(new IdKey("vfio-findings", ctx.vm(), n, ctx.to(), null), k -> {
                List<Finding> found = new java.util.ArrayList<>();
                check(ctx, n, found);
                return List.copyOf(found);
            }));
        }
    }

    private void check(PairContext ctx, QomNode n, List<Finding> out) {
        VfioAttributes a = attributes(ctx.vm().vfio(), n);
        if (a == null) {
            PairContext.add(out, rule(), Severity.UNKNOWN, n.path(), "", n.type(), null, "Missing data: "
                    + n.path() + " is a VFIO passthrough device; QEMU cannot tell whether the destination's"
                    + " device accepts its state. Supply its device model and migration parameters.",
                    n.provenance(), ctx.to().provenance());
            return;
        }
        if (ctx.to().vfioModels().isEmpty()) {
            PairContext.add(out, rule(), Severity.UNKNOWN, n.path(), "model", a.model(), null, "Missing data:"
                    + " the destination host records no VFIO device models, so " + a.model() + " cannot be"
                    + " matched.", n.provenance(), ctx.to().provenance());
            return;
        }
        VfioDeviceModel m = ctx.to().vfioModels().stream().filter(x -> x.model().equals(a.model())).findFirst()
                .orElse(null);
        if (m == null) {
            PairContext.add(out, rule(), Severity.BLOCKER, n.path(), "model", a.model(), "(absent)",
                    "The destination host offers no VFIO device of model " + a.model() + ".", n.provenance(),
                    ctx.to().provenance());
            return;
        }
        for (Map.Entry<String, String> p : a.params().entrySet()) {
            List<String> allowed = m.allowedParams().get(p.getKey());
            if (allowed == null) {
                PairContext.add(out, rule(), Severity.BLOCKER, n.path(), p.getKey(), p.getValue(), "(absent)",
                        "The destination's " + a.model() + " does not support migration parameter "
                                + p.getKey() + ".", n.provenance(), ctx.to().provenance());
            } else if (!allowed.isEmpty() && !allows(allowed, p.getValue())) {
                PairContext.add(out, rule(), Severity.BLOCKER, n.path(), p.getKey(), p.getValue(),
                        String.join(", ", allowed), "The destination's " + a.model() + " does not allow "
                                + p.getKey() + "=" + p.getValue() + ".", n.provenance(), ctx.to().provenance());
            }
        }
    }

    private static VfioAttributes attributes(Map<String, VfioAttributes> all, QomNode n) {
        VfioAttributes a = all.get(n.path());
        return a != null ? a : all.get(n.name());
    }

    /** Exact values, or integer ranges written {@code "min-max"}. */
    static boolean allows(List<String> allowed, String value) {
        for (String a : allowed) {
            if (a.equals(value)) return true;
            int dash = a.indexOf('-', 1);
            if (dash > 0) {
                try {
                    long lo = Long.parseLong(a.substring(0, dash).trim());
                    long hi = Long.parseLong(a.substring(dash + 1).trim());
                    long v = Long.parseLong(value.trim());
                    if (v >= lo && v <= hi) return true;
                } catch (NumberFormatException notARange) {
                    // a value that merely contains a dash
                }
            }
        }
        return false;
    }
}
