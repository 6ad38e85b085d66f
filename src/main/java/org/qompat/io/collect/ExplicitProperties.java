package org.qompat.io.collect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.QomNode;

/**
 * Marks on a QOM tree the properties the command line set explicitly, because a destination QEMU is started with
 * the same command line: such a property must exist there ({@code Property 'virtio-net-pci.host_uso' not found})
 * and its value wins over class defaults and compat props.
 * <ul>
 * <li>{@code -device driver,id=X,p=v}: {@code /machine/peripheral/X}; without id the n-th anonymous device is
 * {@code /machine/peripheral-anon/device[n]}. A virtio proxy forwards its backend's properties, so a property
 * the {@code virtio-backend} child has is marked there too.</li>
 * <li>{@code -global driver.p=v}: every object whose type is {@code driver} or a subtype of it.</li>
 * <li>{@code -cpu model,+f,p=v}: every CPU object. {@code -machine …,p=v}: {@code /machine}.
 * {@code -object type,id=X,p=v}: {@code /objects/X}.</li>
 * </ul>
 */
public final class ExplicitProperties {

    private ExplicitProperties() {
    }

    /** @param parents QOM type → parent type (qom-list-types), for matching -global by subtype */
    public static QomNode mark(QomNode root, VmCommandLine cmd, Map<String, String> parents) {
        Map<String, Set<String>> byPath = new HashMap<>();
        int anon = 0;
        for (VmCommandLine.Device d : cmd.devices()) {
            String path = d.id() != null ? "/machine/peripheral/" + d.id()
                    : "/machine/peripheral-anon/device[" + anon++ + "]";
            byPath.computeIfAbsent(path, k -> new HashSet<>()).addAll(d.props().keySet());
            byPath.computeIfAbsent(path + "/virtio-backend", k -> new HashSet<>()).addAll(d.props().keySet());
        }
        for (VmCommandLine.Device o : cmd.objects()) {
            if (o.id() != null) byPath.computeIfAbsent("/objects/" + o.id(), k -> new HashSet<>())
                    .addAll(o.props().keySet());
        }
        byPath.computeIfAbsent("/machine", k -> new HashSet<>()).addAll(cmd.machineProps().keySet());
        return rebuild(root, byPath, cmd, parents);
    }

    private static QomNode rebuild(QomNode n, Map<String, Set<String>> byPath, VmCommandLine cmd,
                                   Map<String, String> parents) {
        Set<String> wanted = new HashSet<>(byPath.getOrDefault(n.path(), Set.of()));
        if (n.type() != null && n.type().endsWith("-cpu")) wanted.addAll(cmd.cpuProps().keySet());
        for (VmCommandLine.Global g : cmd.globals()) {
            if (g.property() != null && isSubtype(n.type(), g.driver(), parents)) wanted.add(g.property());
        }
        // only what the object really has: a backend does not have the proxy's own properties (addr, romfile …)
        Set<String> explicit = new HashSet<>(n.explicitProperties());
        for (String p : wanted) if (n.propertyTypes().containsKey(p) || n.properties().containsKey(p)) explicit.add(p);
        // on a -device object itself keep every name, even one it lacks: rule 3 must see what QEMU would refuse
        if (byPath.containsKey(n.path()) && n.path().startsWith("/machine/peripheral")
                && !n.path().endsWith("/virtio-backend")) {
            explicit.addAll(byPath.get(n.path()));
        }
        List<QomNode> children = new ArrayList<>();
        for (QomNode c : n.children()) children.add(rebuild(c, byPath, cmd, parents));
        return new QomNode(n.path(), n.type(), n.properties(), n.propertyTypes(), explicit, children,
                n.provenance());
    }

    static boolean isSubtype(String type, String ancestor, Map<String, String> parents) {
        if (type == null || ancestor == null) return false;
        return BuildIntrospector.descendsFrom(type, ancestor, parents);
    }
}
