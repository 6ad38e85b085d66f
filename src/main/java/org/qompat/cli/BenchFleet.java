package org.qompat.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuInfo;
import org.qompat.model.CpuModel;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
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
 * A synthetic fleet for {@code qompat bench matrix}, seeded and reproducible: four QEMU builds (7.2, 8.2, 9.0, 10.0)
 * with a realistic type hierarchy, chained compat tables (the USO entries in hw_compat_8_0 on 8.2/9.0 and in
 * hw_compat_8_1 on 10.0), VMState dumps with version bumps; hosts spread over a fixed number of profiles (build ×
 * kernel USO × CPU × firmware); VMs with q35 board devices and 1–4 NICs and disks on several machine types.
 */
final class BenchFleet {

    private static final String[] VERSIONS = {"7.2.11", "8.2.2", "9.0.0", "10.0.2"};
    private static final String[] MACHINES = {"7.2", "8.0", "8.1", "8.2", "9.0", "10.0"};
    private static final String[] BOARD = {"ICH9-LPC", "isa-i8259", "isa-i8259", "mc146818rtc", "hpet", "ich9-ahci",
        "ICH9-SMB", "isa-pit", "i8042", "port92", "vmport", "fw_cfg_io"};

    final List<QemuBuild> builds = new ArrayList<>();
    final List<Host> hosts = new ArrayList<>();
    final List<Vm> vms = new ArrayList<>();

    BenchFleet(int hostCount, int profiles, int vmCount, long seed) {
        Random rnd = new Random(seed);
        for (int b = 0; b < VERSIONS.length; b++) builds.add(build(b));
        List<Object[]> profileList = new ArrayList<>();
        for (int p = 0; p < profiles; p++) {
            profileList.add(new Object[] {builds.get(p % builds.size()), (p / 4) % 2 == 0, p % 3, (p / 12) % 2});
        }
        for (int i = 0; i < hostCount; i++) {
            Object[] p = profileList.get(rnd.nextInt(profileList.size()));
            hosts.add(host("c" + (i % 7) + "-r" + (i / 40) + "-n" + i, (QemuBuild) p[0], (Boolean) p[1], (Integer) p[2],
                    (Integer) p[3]));
        }
        for (int v = 0; v < vmCount; v++) vms.add(vm("vm" + v, rnd));
    }

    private static QemuBuild build(int b) {
        QemuVersion version = QemuVersion.parse(VERSIONS[b]);
        Map<String, QomType> types = new HashMap<>();
        Provenance prov = Provenance.json("synthetic/qemu-" + VERSIONS[b] + ".json", "");
        type(types, "object", null, prov);
        type(types, "device", "object", prov);
        type(types, "machine", "object", prov);
        type(types, "container", "object", prov);
        type(types, "memory-region", "object", prov);
        type(types, "cpu", "device", prov);
        type(types, "x86_64-cpu", "cpu", prov);
        for (String c : List.of("qemu64", "Skylake-Server", "EPYC", "max", "host")) {
            type(types, c + "-x86_64-cpu", "x86_64-cpu", prov);
        }
        type(types, "pci-device", "device", prov, pciProps(b));
        type(types, "virtio-pci", "pci-device", prov, pciProps(b));
        type(types, "virtio-device", "device", prov, "event_idx:bool=true", "indirect_desc:bool=true");
        List<String> net = new ArrayList<>(List.of("mq:bool=false", "csum:bool=true", "guest_tso4:bool=true",
                "host_tso4:bool=true", "mrg_rxbuf:bool=true", "netdev:str", "mac:str", "event_idx:bool=true"));
        if (b >= 1) net.addAll(List.of("host_uso:bool=true", "guest_uso4:bool=true", "guest_uso6:bool=true"));
        type(types, "virtio-net-device", "virtio-device", prov, net.toArray(String[]::new));
        List<String> netPci = new ArrayList<>(List.of(pciProps(b)));
        netPci.addAll(net);
        type(types, "virtio-net-pci", "virtio-pci", prov, netPci.toArray(String[]::new));
        String[] blk = {"num-queues:uint16=1", "drive:str", "discard:bool=true"};
        type(types, "virtio-blk-device", "virtio-device", prov, blk);
        List<String> blkPci = new ArrayList<>(List.of(pciProps(b)));
        blkPci.addAll(List.of(blk));
        type(types, "virtio-blk-pci", "virtio-pci", prov, blkPci.toArray(String[]::new));
        type(types, "e1000", "pci-device", prov, pciProps(b));
        for (String d : BOARD) type(types, d, "device", prov, "x-compat:bool=false", "irq:uint32=0");
        type(types, "q35-pcihost", "device", prov, "smm-ranges:bool=true");
        type(types, "mch", "pci-device", prov, pciProps(b));
        Map<String, MachineType> machines = new LinkedHashMap<>();
        List<CompatProperty> chain = new ArrayList<>();
        int newest = b == 0 ? 0 : b == 1 ? 3 : b == 2 ? 4 : 5;
        for (int m = newest; m >= 0; m--) {
            String name = "pc-q35-" + MACHINES[m];
            machines.put(name, new MachineType(name, m == newest ? "q35" : null, false, m == 0 && b == 3,
                    "qemu64-x86_64-cpu", chain, true, Provenance.json(prov.file(), "/machines/" + name)));
            chain = new ArrayList<>(chain);
            chain.addAll(compatArray(MACHINES[m], b, prov));
        }
        Map<String, CpuModel> cpus = new HashMap<>();
        for (String c : List.of("qemu64", "Skylake-Server", "EPYC", "max", "host")) {
            cpus.put(c, new CpuModel(c, c + "-x86_64-cpu", null, true, false, false,
                    c.equals("EPYC") && b == 0 ? List.of("avx512f") : List.of(), prov));
        }
        Map<String, VmStateDump> dumps = new HashMap<>();
        Map<String, VmStateSection> sections = new HashMap<>();
        for (QomType t : types.values()) {
            if (!t.name().contains("cpu") && !t.name().equals("object") && !t.name().equals("machine")) {
                int ver = t.name().equals("hpet") && b >= 2 ? 3 : 2;
                List<VmsdField> fields = List.of(new VmsdField("state", 0, false, null, 4, null),
                        new VmsdField("regs", 0, false, 8, 4, null));
                sections.put(t.name(), new VmStateSection(t.name(), ver, 1, new VmsdDescription(t.name(), ver, 1,
                        fields, List.of()), Provenance.json(prov.file(), "/vmstate/" + t.name())));
            }
        }
        String dumpMachine = "pc-q35-" + MACHINES[newest];
        dumps.put(dumpMachine, new VmStateDump(dumpMachine, sections, prov));
        return new QemuBuild("synthetic-" + VERSIONS[b], version, "synthetic " + VERSIONS[b], machines, types, cpus,
                dumps, prov);
    }

    private static String[] pciProps(int b) {
        List<String> p = new ArrayList<>(List.of("addr:str=-1", "romfile:str", "rombar:uint32=1",
                "multifunction:bool=false", "x-pcie-lnksta-dllla:bool=true"));
        if (b >= 1) p.add("x-pcie-err-unc-mask:bool=true");
        if (b >= 3) p.add("x-pcie-ext-tag:bool=true");
        return p.toArray(String[]::new);
    }

    /** hw_compat_X_Y of this synthetic build: the entries that pin old defaults for machine types ≤ X.Y. */
    private static List<CompatProperty> compatArray(String ver, int b, Provenance prov) {
        List<CompatProperty> out = new ArrayList<>();
        String array = "hw_compat_" + ver.replace('.', '_');
        boolean usoHere = b >= 1 && (b == 3 ? ver.equals("8.1") : ver.equals("8.0"));
        if (usoHere) {
            for (String p : List.of("host_uso", "guest_uso4", "guest_uso6")) {
                out.add(new CompatProperty("virtio-net-device", p, "off", array, Provenance.json(prov.file(), "/" + array)));
            }
        }
        if (ver.equals("7.2") && b >= 1) {
            out.add(new CompatProperty("pci-device", "x-pcie-err-unc-mask", "off", array, prov));
        }
        if (ver.equals("9.0") && b == 3) out.add(new CompatProperty("pci-device", "x-pcie-ext-tag", "false", array, prov));
        return out;
    }

    private static void type(Map<String, QomType> types, String name, String parent, Provenance prov, String... props) {
        Map<String, PropertyInfo> p = new LinkedHashMap<>();
        for (String spec : props) {
            String[] nr = spec.split(":", 2);
            String[] td = nr[1].split("=", 2);
            p.put(nr[0], new PropertyInfo(nr[0], td[0], "", td.length > 1 ? td[1] : null));
        }
        types.put(name, new QomType(name, parent, parent == null || name.equals("device") || name.equals("pci-device")
                || name.equals("virtio-pci") || name.equals("virtio-device") || name.equals("cpu")
                || name.equals("x86_64-cpu"), p, true, Provenance.json(prov.file(), "/types/" + name)));
    }

    private static Host host(String name, QemuBuild b, boolean uso, int cpu, int fw) {
        Map<String, PlatformFeature> f = Map.of(
                "tap-uso", new PlatformFeature("tap-uso", uso, uso ? "kernel 6.8 >= 6.2" : "kernel 6.1 < 6.2",
                        Provenance.derived(name, "kernel-release")),
                "vhost-net", new PlatformFeature("vhost-net", true, "/dev/vhost-net", Provenance.derived(name, "dev")),
                "kvm", new PlatformFeature("kvm", true, "/dev/kvm", Provenance.derived(name, "dev")));
        Set<String> flags = cpu == 0 ? Set.of("sse2", "avx", "avx2", "avx512f") : cpu == 1 ? Set.of("sse2", "avx", "avx2")
                : Set.of("sse2", "avx", "avx2", "sse4a");
        Map<String, FirmwareFile> firmware = Map.of(
                "bios-256k.bin", new FirmwareFile("bios-256k.bin", 262144, "b"),
                "efi-virtio.rom", new FirmwareFile("efi-virtio.rom", fw == 0 ? 160768 : 280000, "v" + fw));
        return new Host(name, Map.of("cluster", name.substring(0, 2)), uso ? "6.8.0" : "6.1.0",
                new CpuInfo(cpu == 2 ? "AuthenticAMD" : "GenuineIntel", "synthetic " + cpu, flags), f, firmware,
                List.of(), b, Provenance.json("synthetic/" + name + ".json", ""));
    }

    private static Vm vm(String name, Random rnd) {
        String[] machineChoices = {"pc-q35-7.2", "pc-q35-8.1", "pc-q35-8.2", "pc-q35-9.0", "q35"};
        String arg = machineChoices[rnd.nextInt(machineChoices.length)];
        String resolved = arg.equals("q35") ? "pc-q35-9.0" : arg;
        String cpu = new String[] {"qemu64", "Skylake-Server", "EPYC", "host"}[rnd.nextInt(4)];
        List<String> cl = new ArrayList<>(List.of("-M", arg, "-cpu", cpu, "-accel", "kvm"));
        List<QomNode> peripherals = new ArrayList<>();
        int nics = 1 + rnd.nextInt(3);
        for (int i = 0; i < nics; i++) {
            String path = "/machine/peripheral/net" + i;
            boolean tap = rnd.nextInt(10) < 8;
            cl.addAll(List.of("-netdev", (tap ? "tap" : "user") + ",id=n" + i, "-device",
                    "virtio-net-pci,id=net" + i + ",netdev=n" + i));
            peripherals.add(node(path, "virtio-net-pci", Map.of("netdev", "n" + i),
                    node(path + "/virtio-backend", "virtio-net-device", Map.of("netdev", "n" + i))));
        }
        int disks = 1 + rnd.nextInt(2);
        for (int i = 0; i < disks; i++) {
            String path = "/machine/peripheral/disk" + i;
            cl.addAll(List.of("-device", "virtio-blk-pci,id=disk" + i + ",drive=d" + i));
            peripherals.add(node(path, "virtio-blk-pci", Map.of(),
                    node(path + "/virtio-backend", "virtio-blk-device", Map.of("drive", "d" + i))));
        }
        List<QomNode> board = new ArrayList<>();
        for (int i = 0; i < BOARD.length; i++) {
            board.add(node("/machine/unattached/device[" + i + "]", BOARD[i], Map.of()));
        }
        board.add(node("/machine/unattached/device[" + BOARD.length + "]", cpu + "-x86_64-cpu", Map.of()));
        QomNode root = node("/machine", resolved + "-machine", Map.of("firmware", "bios-256k.bin"),
                node("/machine/q35", "q35-pcihost", Map.of(), node("/machine/q35/mch", "mch", Map.of())),
                node("/machine/peripheral", "container", Map.of(), peripherals.toArray(QomNode[]::new)),
                node("/machine/unattached", "container", Map.of(), board.toArray(QomNode[]::new)));
        return new Vm(name, resolved, arg, true, cpu, root, null, cl, List.of(), Map.of(),
                Provenance.json("synthetic/" + name + ".json", ""));
    }

    private static QomNode node(String path, String type, Map<String, String> props, QomNode... children) {
        return new QomNode(path, type, props, Map.of(), Set.of(), List.of(children), Provenance.json("vm", path));
    }
}
