package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.CpuInfo;
import org.qompat.model.CpuModel;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomNode;
import org.qompat.model.QomType;
import org.qompat.model.Vm;

/** Small constructed models for planning tests: builds, hosts with platform features, VMs with QOM trees. */
final class PlanFixtures {

    static final String USO = "tap-uso";
    static final PlatformGates USO_GATES = () -> List.of("host_uso", "guest_uso4", "guest_uso6").stream()
            .map(p -> new PlatformGate("virtio-net-device", p, USO, List.of("tun-uso"), List.of("tap", "bridge"), "false",
                    "tap USO, Linux ≥ 6.2"))
            .toList();

    private PlanFixtures() {
    }

    static MachineType machine(String name, boolean deprecated) {
        return new MachineType(name, null, false, deprecated, "qemu64-x86_64-cpu", List.of(), true, Provenance.UNKNOWN);
    }

    static CpuModel cpu(String name, String... unavailable) {
        return new CpuModel(name, name + "-x86_64-cpu", null, true, false, false, List.of(unavailable),
                Provenance.UNKNOWN);
    }

    static QemuBuild build(String id, String version, List<MachineType> machines, List<CpuModel> cpus) {
        Map<String, MachineType> mt = new HashMap<>();
        for (MachineType m : machines) mt.put(m.name(), m);
        Map<String, CpuModel> cm = new HashMap<>();
        for (CpuModel c : cpus) cm.put(c.name(), c);
        Map<String, QomType> types = new HashMap<>();
        type(types, "device", null);
        type(types, "virtio-device", "device");
        type(types, "virtio-net-device", "virtio-device");
        type(types, "pci-device", "device");
        type(types, "virtio-pci", "pci-device");
        type(types, "virtio-net-pci-base", "virtio-pci");
        type(types, "virtio-net-pci", "virtio-net-pci-base");
        type(types, "e1000", "pci-device");
        return new QemuBuild(id, QemuVersion.parse(version), "", mt, types, cm, Map.of(), Provenance.UNKNOWN);
    }

    private static void type(Map<String, QomType> types, String name, String parent) {
        types.put(name, new QomType(name, parent, false, Map.of(), false, Provenance.UNKNOWN));
    }

    static Host host(String name, QemuBuild build, Boolean uso, String cluster, Set<String> flags) {
        Map<String, PlatformFeature> features = new HashMap<>();
        if (uso != null) features.put(USO, new PlatformFeature(USO, uso, "test", Provenance.UNKNOWN));
        Map<String, String> labels = cluster == null ? Map.of() : Map.of("cluster", cluster);
        return new Host(name, labels, uso != null && uso ? "6.8.0" : "6.1.0",
                new CpuInfo("GenuineIntel", "test", flags), features, Map.of(), List.of(), build,
                Provenance.UNKNOWN);
    }

    /** A q35 VM with one virtio-net-pci NIC (id {@code net0}) whose backend has USO as given. */
    static Vm vm(String name, String machine, String cpu, String host, String uso) {
        Map<String, String> backendProps = new HashMap<>();
        Map<String, String> proxyProps = new HashMap<>();
        if (uso != null) {
            for (String p : List.of("host_uso", "guest_uso4", "guest_uso6")) {
                backendProps.put(p, uso);
                proxyProps.put(p, uso);
            }
        }
        backendProps.put("mrg_rxbuf", "true");
        QomNode backend = new QomNode("/machine/peripheral/net0/virtio-backend", "virtio-net-device", backendProps,
                Map.of(), Set.of(), List.of(), Provenance.UNKNOWN);
        QomNode proxy = new QomNode("/machine/peripheral/net0", "virtio-net-pci", proxyProps, Map.of(), Set.of(),
                List.of(backend), Provenance.UNKNOWN);
        QomNode peripheral = new QomNode("/machine/peripheral", "container", Map.of(), Map.of(), Set.of(),
                List.of(proxy), Provenance.UNKNOWN);
        QomNode root = new QomNode("/machine", machine + "-machine", Map.of(), Map.of(), Set.of(),
                List.of(peripheral), Provenance.UNKNOWN);
        List<String> cmd = new ArrayList<>(List.of("qemu-system-x86_64", "-machine", "q35,accel=kvm", "-cpu", cpu,
                "-device", "virtio-net-pci,id=net0,netdev=n0"));
        return new Vm(name, machine, "q35", true, cpu, root, host, cmd, List.of(), Map.of(),
                new Provenance(name + ".json", ""));
    }
}
