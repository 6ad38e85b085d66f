package org.qompat.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuInfo;
import org.qompat.model.CpuModel;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.PropertyInfo;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomNode;
import org.qompat.model.QomType;
import org.qompat.model.Vm;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;
import org.qompat.model.VmsdField;

/**
 * A realistic fleet built in code for UI tests: three clusters of eight hosts on QEMU 7.2 and 10.0, kernels
 * with and without tap USO, and VMs whose QOM trees carry the virtio-net properties the USO story is about.
 * The facts (machine types, the hw_compat_8_1 USO entries, property defaults) follow qemu-reference.md.
 */
public final class TestFleets {

    private TestFleets() {
    }

    public static Fleet demo() {
        QemuBuild q72 = build("7.2.11", "Debian 1:7.2+dfsg-7+deb12u13", List.of("7.2", "7.1", "6.2"), "7.2", null);
        QemuBuild q100 = build("10.0.2", "Debian 1:10.0.2+ds-1~bpo12+1", List.of("10.0", "9.2", "8.1", "8.0", "7.2"),
                "10.0", "8.1");
        // 9.0.0 still has the USO entries in hw_compat_8_0 (moved to 8_1 in 9.0.1/9.1): pc-q35-8.1 differs
        QemuBuild q90 = build("9.0.0", "upstream", List.of("9.0", "8.2", "8.1", "8.0", "7.2"), "9.0", "8.0");
        List<Host> hosts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) hosts.add(host("hv-east-" + two(i), "east", "r" + (1 + (i - 1) / 4), q100, "6.8.0-45-generic", true));
        for (int i = 1; i <= 8; i++) hosts.add(host("hv-west-" + two(i), "west", "r" + (3 + (i - 1) / 4), q100, "6.1.0-26-amd64", false));
        for (int i = 1; i <= 8; i++) hosts.add(host("hv-legacy-" + two(i), "legacy", "r9", q72, "6.1.0-26-amd64", false));
        for (int i = 1; i <= 4; i++) hosts.add(host("hv-south-" + two(i), "south", "r7", q90, "6.8.0-45-generic", true));
        List<Vm> vms = new ArrayList<>();
        vms.add(vm("db-01", "pc-q35-7.2", "pc-q35-7.2", "hv-legacy-01", false));
        vms.add(vm("web-01", "pc-q35-10.0", "pc-q35-10.0", "hv-east-01", true));
        vms.add(vm("web-02", "pc-q35-10.0", "q35", "hv-east-02", true));
        vms.add(vm("cache-01", "pc-q35-8.1", "pc-q35-8.1", "hv-west-01", false));
        vms.add(vm("ci-runner-01", "pc-q35-7.2", "pc-q35-7.2", "hv-west-03", false));
        vms.add(vm("mail-01", "pc-q35-10.0", "pc-q35-10.0", "hv-east-05", false));
        return new Fleet(hosts, vms, List.of(q72, q90, q100), List.of());
    }

    /** The demo fleet plus one input that failed to load, as the loader reports it. */
    public static Fleet withProblem() {
        Fleet f = demo();
        return new Fleet(f.hosts(), f.vms(), f.builds(), List.of(new LoadProblem("/tmp/inputs/broken-host.json",
                "line 7, column 3 (/qemu/machines)", "expected an array of machine types, found a string")));
    }

    private static String two(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }

    /** {@code usoUpTo}: the newest machine version the USO compat entries apply to (their array), null: no USO. */
    static QemuBuild build(String version, String pkg, List<String> machines, String defaultMachine, String usoUpTo) {
        boolean withUso = usoUpTo != null;
        String file = "qemu-" + version + ".json";
        Provenance prov = Provenance.json(file, "");
        Map<String, MachineType> types = new LinkedHashMap<>();
        int idx = 0;
        for (String m : machines) {
            String name = "pc-q35-" + m;
            List<CompatProperty> compat = new ArrayList<>();
            if (withUso && QemuVersion.parse(m).compareTo(QemuVersion.parse(usoUpTo)) <= 0) {
                int k = 0;
                for (String p : List.of("host_uso", "guest_uso4", "guest_uso6")) {
                    compat.add(new CompatProperty("virtio-net-device", p, "off", "hw_compat_" + usoUpTo.replace('.', '_'),
                            Provenance.json(file, "/return/" + idx + "/compat-props/" + k++)));
                }
            }
            if (QemuVersion.parse(m).compareTo(new QemuVersion(7, 1, 0)) <= 0) {
                compat.add(new CompatProperty("virtio-device", "queue_reset", "false", "hw_compat_7_1",
                        Provenance.json(file, "/return/" + idx + "/compat-props/" + compat.size())));
            }
            types.put(name, new MachineType(name, m.equals(defaultMachine) ? "q35" : null, m.equals(defaultMachine),
                    false, "qemu64-x86_64-cpu", compat, true, Provenance.json(file, "/return/" + idx)));
            idx++;
        }
        Map<String, QomType> qom = new LinkedHashMap<>();
        Map<String, PropertyInfo> netProps = new LinkedHashMap<>();
        netProps.put("host_tso4", new PropertyInfo("host_tso4", "bool", "on/off", "true"));
        netProps.put("mq", new PropertyInfo("mq", "bool", "on/off", "false"));
        netProps.put("queue_reset", new PropertyInfo("queue_reset", "bool", "on/off", "true"));
        if (withUso) {
            for (String p : List.of("host_uso", "guest_uso4", "guest_uso6")) netProps.put(p, new PropertyInfo(p, "bool", "on/off", "true"));
        }
        qom.put("container", new QomType("container", "object", false, Map.of(), true, prov));
        qom.put("virtio-device", new QomType("virtio-device", "device", true, Map.of(), false, prov));
        qom.put("virtio-pci", new QomType("virtio-pci", "pci-device", true, Map.of(), false, prov));
        qom.put("virtio-net-device", new QomType("virtio-net-device", "virtio-device", false, netProps, true,
                Provenance.json(file, "/device-list-properties/virtio-net-device")));
        qom.put("virtio-net-pci", new QomType("virtio-net-pci", "virtio-pci", false,
                Map.of("addr", new PropertyInfo("addr", "int32", "slot", "-1"),
                        "netdev", new PropertyInfo("netdev", "str", "netdev id", null)), true, prov));
        qom.put("virtio-blk-pci", new QomType("virtio-blk-pci", "virtio-pci", false,
                Map.of("addr", new PropertyInfo("addr", "int32", "slot", "-1")), true, prov));
        Map<String, CpuModel> cpus = Map.of("EPYC", new CpuModel("EPYC", "EPYC-x86_64-cpu", null, true, false, false,
                List.of(), prov), "qemu64", new CpuModel("qemu64", "qemu64-x86_64-cpu", null, true, false, false, List.of(), prov));
        Map<String, VmStateDump> dumps = new LinkedHashMap<>();
        String dm = "pc-q35-" + defaultMachine;
        dumps.put(dm, vmstate(file.replace(".json", "-vmstate.json"), dm));
        return new QemuBuild("sha-" + version, QemuVersion.parse(version), pkg, types, qom, cpus, dumps, prov);
    }

    /** The same device state on both builds (the USO story is about properties, not the stream). */
    static VmStateDump vmstate(String file, String machine) {
        Map<String, VmStateSection> sections = new LinkedHashMap<>();
        for (String[] s : new String[][] {{"virtio-net-device", "11"}, {"virtio-net-pci", "1"}, {"virtio-blk-pci", "1"},
                {"virtio-blk-device", "2"}}) {
            VmsdDescription d = new VmsdDescription(s[0], Integer.parseInt(s[1]), Integer.parseInt(s[1]),
                    List.of(new VmsdField("status", 0, false, null, 4, null)), List.of());
            sections.put(s[0], new VmStateSection(s[0], Integer.parseInt(s[1]), Integer.parseInt(s[1]), d,
                    Provenance.json(file, "/" + s[0])));
        }
        return new VmStateDump(machine, sections, Provenance.json(file, ""));
    }

    static Host host(String name, String cluster, String rack, QemuBuild build, String kernel, boolean uso) {
        String file = name + ".json";
        Map<String, PlatformFeature> features = new LinkedHashMap<>();
        features.put("tap-uso", new PlatformFeature("tap-uso", uso, uso ? "kernel " + kernel + " ≥ 6.2 (TUN_F_USO4/6)"
                : "kernel " + kernel + " < 6.2: tap has no USO", Provenance.derived(file, "derived from /kernel/release")));
        features.put("vhost-net", new PlatformFeature("vhost-net", true, "/dev/vhost-net present", Provenance.json(file, "/platform/vhost-net")));
        CpuInfo cpu = new CpuInfo("AuthenticAMD", cluster.equals("legacy") ? "AMD EPYC 7302 16-Core Processor"
                : "AMD EPYC 9354 32-Core Processor", Set.of("sse4_2", "avx2", "aes", "x2apic", "svm"));
        return new Host(name, Map.of("cluster", cluster, "rack", rack), kernel, cpu, features, Map.of(), List.of(), build,
                Provenance.json(file, ""));
    }

    static Vm vm(String name, String machine, String machineArg, String host, boolean usoOn) {
        String file = name + ".qom.json";
        Map<String, String> backend = new LinkedHashMap<>();
        backend.put("host_tso4", "true");
        backend.put("mq", "false");
        if (machine.compareTo("pc-q35-8.2") >= 0 || machine.equals("pc-q35-10.0")) {
            backend.put("host_uso", usoOn ? "true" : "false");
            backend.put("guest_uso4", usoOn ? "true" : "false");
            backend.put("guest_uso6", usoOn ? "true" : "false");
        }
        QomNode virtio = new QomNode("/machine/peripheral/net0/virtio-backend", "virtio-net-device", backend,
                Map.of("host_tso4", "bool", "mq", "bool"), Set.of(), List.of(), Provenance.json(file, "/machine/peripheral/net0/virtio-backend"));
        QomNode net0 = new QomNode("/machine/peripheral/net0", "virtio-net-pci", Map.of("addr", "3", "netdev", "n0"),
                Map.of("addr", "int32", "netdev", "str"), Set.of("addr", "netdev"), List.of(virtio),
                Provenance.json(file, "/machine/peripheral/net0"));
        QomNode disk = new QomNode("/machine/peripheral/disk0", "virtio-blk-pci", Map.of("addr", "4"), Map.of(), Set.of("addr"),
                List.of(), Provenance.json(file, "/machine/peripheral/disk0"));
        QomNode peripheral = new QomNode("/machine/peripheral", "container", Map.of(), Map.of(), Set.of(), List.of(net0, disk),
                Provenance.json(file, "/machine/peripheral"));
        QomNode root = new QomNode("/machine", machine + "-machine", Map.of(), Map.of(), Set.of(), List.of(peripheral),
                Provenance.json(file, "/machine"));
        List<String> cmd = List.of("qemu-system-x86_64", "-M", machineArg == null ? machine : machineArg, "-cpu", "EPYC",
                "-netdev", "tap,id=n0", "-device", "virtio-net-pci,id=net0,netdev=n0,addr=3",
                "-device", "virtio-blk-pci,id=disk0,addr=4");
        return new Vm(name, machine, machineArg, machineArg != null, "EPYC", root, host, cmd, List.of(), Map.of(),
                Provenance.json(file, ""));
    }
}
