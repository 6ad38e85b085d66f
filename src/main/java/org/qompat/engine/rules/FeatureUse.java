package org.qompat.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.PropertyValues;
import org.qompat.engine.compat.NodeResolver;
import org.qompat.engine.compat.PlatformRequirements;
import org.qompat.engine.compat.VmCommandLine;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

/**
 * A place where the VM enables something a platform requirement covers, as it is configured on the source build:
 * the requirement, the QOM path (or command-line option), the values that enable it, and the netdev backend type
 * behind it (null when unknown). Depends only on the VM and the source build, so it is memoised per pair of those.
 */
record FeatureUse(PlatformRequirements.Requirement requirement, String path, String property, String values,
                  String backend, Provenance provenance) {

    static List<FeatureUse> find(PairContext ctx) {
        List<FeatureUse> out = new ArrayList<>();
        VmCommandLine cl = ctx.commandLine();
        for (PlatformRequirements.Requirement r : PlatformRequirements.all()) {
            switch (r.kind()) {
                case "device-property":
                    devices(ctx, r, out);
                    break;
                case "netdev-option":
                    for (VmCommandLine.Netdev n : cl.netdevs().values()) {
                        if (r.netdevType().equals(n.type())
                                && PropertyValues.sameValue(n.options().get(r.option()), r.value())) {
                            out.add(new FeatureUse(r, "-netdev " + n.id(), r.option(), n.options().get(r.option()),
                                    n.type(), ctx.vmProvenance()));
                        }
                    }
                    break;
                case "accelerator":
                    if (r.accelerator().equals(cl.accel())) {
                        out.add(new FeatureUse(r, "/machine", "accel", cl.accel(), null, ctx.vmProvenance()));
                    }
                    break;
                default:
                    break;
            }
        }
        return List.copyOf(out);
    }

    private static void devices(PairContext ctx, PlatformRequirements.Requirement r, List<FeatureUse> out) {
        for (QomNode n : ctx.nodes()) {
            if (!ctx.src().isSubtype(n.type(), r.deviceType()) && !n.type().equals(r.deviceType())) continue;
            QomNode parent = ctx.parentOf(n);
            List<String> on = new ArrayList<>();
            Provenance prov = null;
            for (String p : r.properties()) {
                EffectiveValue v = NodeResolver.valueOf(ctx.vm(), ctx.commandLine(), n, parent, ctx.src(),
                        ctx.srcMachineName(), p);
                if (v != null && PropertyValues.isOn(v.value())) {
                    on.add(p);
                    if (prov == null) prov = v.provenance();
                }
            }
            if (on.isEmpty()) continue;
            out.add(new FeatureUse(r, n.path(), String.join(", ", on), "on", backendOf(ctx, n, parent),
                    prov == null ? n.provenance() : prov));
        }
    }

    /** The -netdev type behind a network device: its own netdev property, else its proxy's. */
    private static String backendOf(PairContext ctx, QomNode n, QomNode parent) {
        String id = netdevId(ctx, n);
        if (id == null && parent != null) id = netdevId(ctx, parent);
        if (id == null) return null;
        return ctx.commandLine().netdev(id).map(VmCommandLine.Netdev::type).orElse(null);
    }

    private static String netdevId(PairContext ctx, QomNode n) {
        String v = n.properties().get("netdev");
        if (v != null && !v.isBlank()) return v;
        Map<String, String> opts = ctx.commandLine().deviceAt(n.path()).map(VmCommandLine.Device::properties)
                .orElse(Map.of());
        return opts.get("netdev");
    }
}
