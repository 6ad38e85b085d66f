package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * The VM's own values for one node, in the order QEMU applies them: {@code -global}s (matched by QOM subtype,
 * like compat entries) and then the node's {@code -device} options, which win. The QOM tree's
 * {@code explicitProperties} count as {@code -device} options. For a {@code virtio-backend} node, the proxy's
 * options and globals that name backend properties apply, because QEMU aliases them.
 */
public final class ExplicitValues {

    private ExplicitValues() {
    }

    public static List<NodeResolver.Explicit> forNode(Vm vm, VmCommandLine cl, QomNode node, QomNode parent,
                                                      BuildIndex index, TypeBaseline base) {
        Map<String, NodeResolver.Explicit> out = new LinkedHashMap<>();
        boolean isBackend = parent != null && node.name().equals(NodeResolver.VIRTIO_BACKEND);
        addGlobals(vm, cl, node, index, out, null);
        if (isBackend) addGlobals(vm, cl, parent, index, out, base);
        if (isBackend) addDeviceOptions(vm, cl, parent, out, base);
        addDeviceOptions(vm, cl, node, out, null);
        return new ArrayList<>(out.values());
    }

    /**
     * The VM's own value for one property of one node, or null when the command line does not set it — the same
     * answer as {@link #forNode} for that property, without building the whole list.
     */
    public static NodeResolver.Explicit forProperty(Vm vm, VmCommandLine cl, QomNode node, QomNode parent,
                                                    BuildIndex index, TypeBaseline base, String property) {
        boolean isBackend = parent != null && node.name().equals(NodeResolver.VIRTIO_BACKEND);
        boolean backendHas = !base.propertiesKnown() || base.values().containsKey(property);
        NodeResolver.Explicit found = null;
        for (VmCommandLine.Global g : cl.globals()) {
            if (!g.property().equals(property)) continue;
            if (index.isSubtype(node.type(), g.driver()) || isBackend && backendHas
                    && index.isSubtype(parent.type(), g.driver())) {
                found = new NodeResolver.Explicit(property, g.value(), "-global " + g.driver() + "." + property + "="
                        + g.value(), argument(vm, g.argIndex()));
            }
        }
        if (isBackend && backendHas) {
            NodeResolver.Explicit p = onDevice(vm, cl, parent, property);
            if (p != null) found = p;
        }
        NodeResolver.Explicit own = onDevice(vm, cl, node, property);
        return own != null ? own : found;
    }

    private static NodeResolver.Explicit onDevice(Vm vm, VmCommandLine cl, QomNode node, String property) {
        if (node.explicitProperties().contains(property) && node.properties().get(property) != null) {
            return new NodeResolver.Explicit(property, node.properties().get(property), "set on the command line ("
                    + node.path() + "." + property + ")", node.provenance());
        }
        VmCommandLine.Device d = cl.deviceAt(node.path()).orElse(null);
        if (d == null || !d.properties().containsKey(property)) return null;
        String v = d.properties().get(property);
        return new NodeResolver.Explicit(property, v, "-device " + d.driver() + "," + property + "=" + v,
                argument(vm, d.argIndex()));
    }

    /** The names set explicitly on {@code node} itself (its {@code -device} options and tree markers). */
    public static List<String> namesSetOn(VmCommandLine cl, QomNode node) {
        List<String> names = new ArrayList<>(node.explicitProperties());
        cl.deviceAt(node.path()).ifPresent(d -> d.properties().keySet().forEach(k -> {
            if (!names.contains(k)) names.add(k);
        }));
        return names;
    }

    private static void addGlobals(Vm vm, VmCommandLine cl, QomNode node, BuildIndex index,
                                   Map<String, NodeResolver.Explicit> out, TypeBaseline onlyBackendProps) {
        for (VmCommandLine.Global g : cl.globals()) {
            if (!index.isSubtype(node.type(), g.driver())) continue;
            if (onlyBackendProps != null && !appliesTo(onlyBackendProps, g.property())) continue;
            out.put(g.property(), new NodeResolver.Explicit(g.property(), g.value(),
                    "-global " + g.driver() + "." + g.property() + "=" + g.value(), argument(vm, g.argIndex())));
        }
    }

    private static void addDeviceOptions(Vm vm, VmCommandLine cl, QomNode node,
                                         Map<String, NodeResolver.Explicit> out, TypeBaseline onlyBackendProps) {
        Optional<VmCommandLine.Device> dev = cl.deviceAt(node.path());
        if (dev.isPresent()) {
            for (Map.Entry<String, String> e : dev.get().properties().entrySet()) {
                if (onlyBackendProps != null && !appliesTo(onlyBackendProps, e.getKey())) continue;
                out.put(e.getKey(), new NodeResolver.Explicit(e.getKey(), e.getValue(),
                        "-device " + dev.get().driver() + "," + e.getKey() + "=" + e.getValue(),
                        argument(vm, dev.get().argIndex())));
            }
        }
        for (String p : node.explicitProperties()) {
            if (onlyBackendProps != null && !appliesTo(onlyBackendProps, p)) continue;
            String v = node.properties().get(p);
            if (v == null && out.containsKey(p)) continue;
            out.put(p, new NodeResolver.Explicit(p, v, "set on the command line (" + node.path() + "." + p + ")",
                    node.provenance()));
        }
    }

    private static boolean appliesTo(TypeBaseline backend, String property) {
        return !backend.propertiesKnown() || backend.values().containsKey(property);
    }

    private static Provenance argument(Vm vm, int index) {
        String file = vm.provenance() == null ? "" : vm.provenance().file();
        return new Provenance(file, "command line argument " + index);
    }
}
