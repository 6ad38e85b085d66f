package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.engine.DeviceProperties;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.ResolutionStep;
import org.qompat.engine.ValueOrigin;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * Resolves one QOM node: the type baseline (class default → compat entries), then {@code -global}s whose
 * driver is the node's type or an ancestor, then the node's own {@code -device} options. A virtio proxy's
 * options that name backend properties go to the {@code virtio-backend} child, as QEMU aliases them.
 */
public final class NodeResolver {

    /** Child name QEMU gives the real device under a virtio proxy. */
    public static final String VIRTIO_BACKEND = "virtio-backend";

    private NodeResolver() {
    }

    public static DeviceProperties resolve(Vm vm, VmCommandLine cl, QomNode node, QomNode parent, BuildIndex index,
                                           String machine) {
        TypeBaseline base = index.baseline(machine, node.type());
        Map<String, EffectiveValue> values = new LinkedHashMap<>();
        if (base.propertiesKnown() || !base.values().isEmpty()) values.putAll(base.values());
        if (!base.propertiesKnown()) addObserved(node, values);
        for (Explicit e : ExplicitValues.forNode(vm, cl, node, parent, index, base)) {
            EffectiveValue before = values.get(e.property());
            List<ResolutionStep> steps = new ArrayList<>(before == null ? List.of() : before.steps());
            steps.add(new ResolutionStep(ValueOrigin.EXPLICIT, e.value(), null, e.how(), e.provenance()));
            values.put(e.property(), new EffectiveValue(e.property(), e.value(), ValueOrigin.EXPLICIT, null,
                    e.provenance(), null, steps, before == null ? null : before.propertyType()));
        }
        QomNode backend = backendOf(node);
        if (backend != null) {
            // QEMU aliases every backend property onto the proxy: reading it on the proxy reads the backend.
            DeviceProperties inner = resolve(vm, cl, backend, node, index, machine);
            for (Map.Entry<String, EffectiveValue> e : inner.values().entrySet()) {
                if (values.containsKey(e.getKey())) values.put(e.getKey(), aliased(e.getValue(), backend.path()));
            }
        }
        return new DeviceProperties(node.path(), node.type(), index.build().label(), machine, base.typeExists(),
                base.propertiesKnown(), values);
    }

    private static EffectiveValue aliased(EffectiveValue v, String backendPath) {
        return new EffectiveValue(v.property(), v.value(), v.origin(), v.compatEntry(), v.provenance(), backendPath,
                v.steps(), v.propertyType());
    }

    /**
     * The effective value of one property of one node — the same answer as {@link #resolve} gives for it, without
     * building the whole map (the fleet analysis asks a few properties of many nodes). Null when absent.
     */
    public static EffectiveValue valueOf(Vm vm, VmCommandLine cl, QomNode node, QomNode parent, BuildIndex index,
                                         String machine, String property) {
        QomNode backend = backendOf(node);
        if (backend != null && index.baseline(machine, backend.type()).values().containsKey(property)) {
            EffectiveValue v = valueOf(vm, cl, backend, node, index, machine, property);
            return v == null ? null : aliased(v, backend.path());
        }
        TypeBaseline base = index.baseline(machine, node.type());
        EffectiveValue v = base.values().get(property);
        Explicit e = ExplicitValues.forProperty(vm, cl, node, parent, index, base, property);
        if (e != null) {
            List<ResolutionStep> steps = new ArrayList<>(v == null ? List.of() : v.steps());
            steps.add(new ResolutionStep(ValueOrigin.EXPLICIT, e.value(), null, e.how(), e.provenance()));
            return new EffectiveValue(property, e.value(), ValueOrigin.EXPLICIT, null, e.provenance(), null, steps,
                    v == null ? null : v.propertyType());
        }
        if (v == null && !base.propertiesKnown() && node.properties().containsKey(property)) {
            return resolve(vm, cl, node, parent, index, machine).values().get(property);
        }
        return v;
    }

    /** The {@code virtio-backend} child of a virtio proxy, or null. */
    public static QomNode backendOf(QomNode node) {
        for (QomNode c : node.children()) if (c.name().equals(VIRTIO_BACKEND)) return c;
        return null;
    }

    private static void addObserved(QomNode node, Map<String, EffectiveValue> values) {
        node.properties().forEach((k, v) -> {
            if (values.containsKey(k)) return;
            ResolutionStep s = new ResolutionStep(ValueOrigin.OBSERVED, v, null,
                    "observed in the VM's QOM tree (the build's property list for " + node.type() + " is unknown)",
                    node.provenance());
            values.put(k, new EffectiveValue(k, v, ValueOrigin.OBSERVED, null, node.provenance(), null, List.of(s),
                    node.propertyTypes().get(k)));
        });
    }

    /** An explicit value and where it came from. */
    public record Explicit(String property, String value, String how, Provenance provenance) {
    }
}
