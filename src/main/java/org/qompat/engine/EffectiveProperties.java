package org.qompat.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.compat.AnalysisCache;
import org.qompat.engine.compat.BuildIndex;
import org.qompat.engine.compat.NodeResolver;
import org.qompat.engine.compat.VmCommandLine;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * The effective value of every property of a VM's devices on a given QEMU build and machine type, with its
 * origin and provenance — the primer's rule 4 made inspectable. For each device instance (QOM node):
 * <ol>
 *   <li>the class default ({@code device-list-properties} {@code default-value}) on that build;</li>
 *   <li>the machine type's compat entries on <em>that</em> build, in table order, later wins, matched by QOM
 *       subtype using the build's type parents (an entry for {@code virtio-pci} hits {@code virtio-net-pci};
 *       an entry for {@code virtio-net-device} hits the {@code virtio-backend} child);</li>
 *   <li>the VM's {@code -global}s (also matched by subtype) and then its {@code -device} options.</li>
 * </ol>
 * A virtio proxy's properties that QEMU aliases onto its backend report the backend's value
 * ({@link EffectiveValue#aliasOf()}). When the build never reported a type's properties, the values observed in
 * the VM's QOM tree are returned with origin {@link ValueOrigin#OBSERVED}. Values compare with
 * {@link PropertyValues#sameValue} (on/true/yes are equal). Pure; safe from any thread.
 */
public final class EffectiveProperties {

    private EffectiveProperties() {
    }

    /** Every node of the VM's tree, by QOM path in tree order, on {@code build} with {@code machineType}. */
    public static Map<String, DeviceProperties> forVm(Vm vm, QemuBuild build, String machineType) {
        return forVm(vm, build, machineType, new AnalysisCache());
    }

    /** As {@link #forVm(Vm, QemuBuild, String)}, with the machine type the VM resolves to on the host's build. */
    public static Map<String, DeviceProperties> forVm(Vm vm, Host host) {
        QemuBuild b = host.build();
        return forVm(vm, b, MachineResolution.resolve(vm, b).nameOr(vm.machineType()));
    }

    /** One node, by QOM path; null when the VM has no such node. */
    public static DeviceProperties forNode(Vm vm, String qomPath, QemuBuild build, String machineType) {
        if (vm.root() == null) return null;
        QomNode node = vm.root().find(qomPath).orElse(null);
        if (node == null) return null;
        AnalysisCache cache = new AnalysisCache();
        return NodeResolver.resolve(vm, cache.commandLine(vm), node, parentOf(vm.root(), node), cache.index(build),
                machineType);
    }

    /**
     * Every property of every node on the source and destination build, each with the machine type the VM
     * resolves to there — the drill-down's "source vs destination" table. Use {@link PropertyComparison#differs()}
     * for an "only differences" filter.
     */
    public static List<PropertyComparison> compare(Vm vm, Host from, Host to) {
        AnalysisCache cache = new AnalysisCache();
        String ms = MachineResolution.resolve(vm, from.build()).nameOr(vm.machineType());
        String mt = MachineResolution.resolve(vm, to.build()).nameOr(vm.machineType());
        Map<String, DeviceProperties> src = forVm(vm, from.build(), ms, cache);
        Map<String, DeviceProperties> dst = forVm(vm, to.build(), mt, cache);
        List<PropertyComparison> out = new ArrayList<>();
        for (Map.Entry<String, DeviceProperties> e : src.entrySet()) {
            DeviceProperties s = e.getValue();
            DeviceProperties d = dst.get(e.getKey());
            Set<String> names = new LinkedHashSet<>(s.values().keySet());
            if (d != null) names.addAll(d.values().keySet());
            for (String p : names) {
                out.add(new PropertyComparison(s.path(), s.type(), p, s.values().get(p),
                        d == null ? null : d.values().get(p)));
            }
        }
        return out;
    }

    static Map<String, DeviceProperties> forVm(Vm vm, QemuBuild build, String machineType, AnalysisCache cache) {
        Map<String, DeviceProperties> out = new LinkedHashMap<>();
        if (vm.root() == null || build == null) return out;
        VmCommandLine cl = cache.commandLine(vm);
        BuildIndex index = cache.index(build);
        walk(vm, cl, vm.root(), null, index, machineType, out);
        return out;
    }

    private static void walk(Vm vm, VmCommandLine cl, QomNode node, QomNode parent, BuildIndex index, String machine,
                             Map<String, DeviceProperties> out) {
        out.put(node.path(), NodeResolver.resolve(vm, cl, node, parent, index, machine));
        for (QomNode c : node.children()) walk(vm, cl, c, node, index, machine, out);
    }

    static QomNode parentOf(QomNode root, QomNode node) {
        for (QomNode c : root.children()) {
            if (c == node) return root;
            if (node.path().startsWith(c.path() + "/")) {
                QomNode p = parentOf(c, node);
                if (p != null) return p;
            }
        }
        return null;
    }
}
