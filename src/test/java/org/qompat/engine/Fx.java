package org.qompat.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Small constructed models for engine tests: builds, hosts, VMs, VMState sections. */
public final class Fx {

    private Fx() {
    }

    public static Builder build(String id, String version) {
        return new Builder(id, version);
    }

    /** A fluent QemuBuild; property specs are "name:type=default" or "name:type" (no default). */
    public static final class Builder {
        private final String id;
        private final String version;
        private final Map<String, QomType> types = new HashMap<>();
        private final Map<String, MachineType> machines = new LinkedHashMap<>();
        private final Map<String, CpuModel> cpus = new HashMap<>();
        private final Map<String, VmStateDump> dumps = new HashMap<>();

        Builder(String id, String version) {
            this.id = id;
            this.version = version;
        }

        public Builder type(String name, String parent, String... props) {
            Map<String, PropertyInfo> p = new LinkedHashMap<>();
            for (String spec : props) {
                String[] nameRest = spec.split(":", 2);
                String[] typeDefault = nameRest[1].split("=", 2);
                p.put(nameRest[0], new PropertyInfo(nameRest[0], typeDefault[0], "",
                        typeDefault.length > 1 ? typeDefault[1] : null));
            }
            types.put(name, new QomType(name, parent, false, p, props.length > 0,
                    Provenance.json(id + ".json", "/types/" + name)));
            return this;
        }

        /** A type whose property list was never collected. */
        public Builder typeUnknownProps(String name, String parent) {
            types.put(name, new QomType(name, parent, false, Map.of(), false, Provenance.json(id + ".json", "/t")));
            return this;
        }

        public Builder machine(String name, String alias, boolean isDefault, CompatProperty... compat) {
            machines.put(name, new MachineType(name, alias, isDefault, false, "qemu64-x86_64-cpu", List.of(compat),
                    true, Provenance.json(id + ".json", "/machines/" + name)));
            return this;
        }

        public Builder deprecatedMachine(String name) {
            machines.put(name, new MachineType(name, null, false, true, null, List.of(), true,
                    Provenance.json(id + ".json", "/machines/" + name)));
            return this;
        }

        public Builder machineWithoutCompat(String name) {
            machines.put(name, new MachineType(name, null, false, false, null, List.of(), false,
                    Provenance.json(id + ".json", "/machines/" + name)));
            return this;
        }

        public Builder cpu(String name, String... unavailable) {
            cpus.put(name, new CpuModel(name, name + "-x86_64-cpu", null, true, false, false,
                    Arrays.asList(unavailable), Provenance.json(id + ".json", "/cpus/" + name)));
            return this;
        }

        public Builder vmstate(String machine, VmStateSection... sections) {
            Map<String, VmStateSection> m = new LinkedHashMap<>();
            for (VmStateSection s : sections) m.put(s.typeName(), s);
            dumps.put(machine, new VmStateDump(machine, m, Provenance.json(id + "-vmstate.json", "")));
            return this;
        }

        /** The usual x86 type hierarchy with virtio-net, e1000 and a CPU. */
        public Builder x86Types(String... extraVirtioNetDeviceProps) {
            type("object", null);
            type("device", "object");
            type("machine", "object");
            type("container", "object");
            type("pci-device", "device", "addr:str=-1", "romfile:str", "rombar:uint32=1", "multifunction:bool=false");
            type("virtio-pci", "pci-device", "addr:str=-1", "romfile:str", "rombar:uint32=1",
                    "multifunction:bool=false", "disable-legacy:OnOffAuto=auto");
            type("virtio-net-pci-base", "virtio-pci");
            List<String> backend = new ArrayList<>(List.of("mq:bool=false", "csum:bool=true", "netdev:str",
                    "mac:str"));
            backend.addAll(Arrays.asList(extraVirtioNetDeviceProps));
            List<String> proxy = new ArrayList<>(List.of("addr:str=-1", "romfile:str=efi-virtio.rom",
                    "rombar:uint32=1", "multifunction:bool=false", "disable-legacy:OnOffAuto=auto"));
            proxy.addAll(backend);
            type("virtio-net-pci", "virtio-net-pci-base", proxy.toArray(String[]::new));
            type("virtio-device", "device");
            type("virtio-net-device", "virtio-device", backend.toArray(String[]::new));
            type("e1000", "pci-device", "addr:str=-1", "romfile:str=efi-e1000.rom", "rombar:uint32=1",
                    "mac:str", "netdev:str", "multifunction:bool=false");
            type("cpu", "device");
            type("x86_64-cpu", "cpu");
            type("qemu64-x86_64-cpu", "x86_64-cpu");
            type("ivshmem-common", "pci-device");
            type("ivshmem-plain", "ivshmem-common", "master:OnOffAuto=off", "memdev:link<memory-backend>");
            type("vfio-pci", "pci-device", "host:str");
            cpu("qemu64");
            return this;
        }

        public QemuBuild done() {
            return new QemuBuild(id, QemuVersion.parse(version), "test " + version, machines, types, cpus, dumps,
                    Provenance.json(id + ".json", ""));
        }
    }

    /** A 9.0 build with USO on by default, pinned off for pc-q35-8.0 by hw_compat_8_0 (alias q35 → 9.0). */
    public static QemuBuild usoBuild90() {
        return build("q90", "9.0.0").x86Types("host_uso:bool=true", "guest_uso4:bool=true", "guest_uso6:bool=true")
                .machine("pc-q35-9.0", "q35", false).machine("pc-q35-8.0", null, false,
                        compat("virtio-net-device", "host_uso", "off", "hw_compat_8_0"),
                        compat("virtio-net-device", "guest_uso4", "off", "hw_compat_8_0"),
                        compat("virtio-net-device", "guest_uso6", "off", "hw_compat_8_0"))
                .vmstate("pc-q35-9.0", section("virtio-net-device", 11, 11, field("virtio", 0))).done();
    }

    /** An 8.0 build that knows no USO properties (alias q35 → 8.0). */
    public static QemuBuild build80() {
        return build("q80", "8.0.0").x86Types().machine("pc-q35-8.0", "q35", false)
                .vmstate("pc-q35-8.0", section("virtio-net-device", 11, 11, field("virtio", 0))).done();
    }

    public static CompatProperty compat(String type, String prop, String value, String origin) {
        return new CompatProperty(type, prop, value, origin, Provenance.json("compat.json", "/" + origin));
    }

    public static Host host(String name, QemuBuild build, Map<String, Boolean> features) {
        Map<String, PlatformFeature> f = new HashMap<>();
        features.forEach((k, v) -> f.put(k, new PlatformFeature(k, v, "test", Provenance.json(name + ".json",
                "/features/" + k))));
        Map<String, FirmwareFile> fw = Map.of("bios-256k.bin", new FirmwareFile("bios-256k.bin", 262144, "b"),
                "efi-virtio.rom", new FirmwareFile("efi-virtio.rom", 160768, "v"),
                "efi-e1000.rom", new FirmwareFile("efi-e1000.rom", 197120, "e"));
        return new Host(name, Map.of(), "6.1.0", new CpuInfo("GenuineIntel", "Test CPU", Set.of("sse2", "avx")),
                f, fw, List.of(), build, Provenance.json(name + ".json", ""));
    }

    public static Host withFirmware(Host h, Map<String, Long> files) {
        Map<String, FirmwareFile> fw = new HashMap<>();
        files.forEach((k, v) -> fw.put(k, new FirmwareFile(k, v, "sha-" + k + v)));
        return new Host(h.name(), h.labels(), h.kernelRelease(), h.cpu(), h.features(), fw, h.vfioModels(),
                h.build(), h.provenance());
    }

    public static Host withCpu(Host h, String... flags) {
        return new Host(h.name(), h.labels(), h.kernelRelease(), new CpuInfo("GenuineIntel", "Test", Set.of(flags)),
                h.features(), h.firmware(), h.vfioModels(), h.build(), h.provenance());
    }

    public static QomNode node(String path, String type, Map<String, String> props, QomNode... children) {
        return new QomNode(path, type, props, Map.of(), Set.of(), List.of(children),
                Provenance.json("vm.json", path));
    }

    /** A q35 VM with one virtio-net-pci (net0 → netdev n0) and a qemu64 CPU. */
    public static QomNode q35Tree(String machine, QomNode... extra) {
        List<QomNode> peripherals = new ArrayList<>(List.of(node("/machine/peripheral/net0", "virtio-net-pci",
                Map.of("netdev", "n0"), node("/machine/peripheral/net0/virtio-backend", "virtio-net-device",
                        Map.of("netdev", "n0")))));
        peripherals.addAll(List.of(extra));
        return node("/machine", machine + "-machine", Map.of(),
                node("/machine/peripheral", "container", Map.of(), peripherals.toArray(QomNode[]::new)),
                node("/machine/unattached", "container", Map.of(),
                        node("/machine/unattached/device[0]", "qemu64-x86_64-cpu", Map.of())));
    }

    public static Vm vm(String name, String machine, List<String> commandLine, QomNode root) {
        return new Vm(name, machine, null, !commandLine.isEmpty(), "qemu64", root, null, commandLine, List.of(),
                Map.of(), Provenance.json(name + ".json", ""));
    }

    public static Vm vmWithArg(String name, String resolvedMachine, String machineArg, List<String> commandLine,
                               QomNode root) {
        return new Vm(name, resolvedMachine, machineArg, true, "qemu64", root, null, commandLine, List.of(),
                Map.of(), Provenance.json(name + ".json", ""));
    }

    public static List<String> netUser(String machine) {
        List<String> cl = new ArrayList<>(List.of("qemu-system-x86_64"));
        if (machine != null) cl.addAll(List.of("-M", machine));
        cl.addAll(List.of("-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev", "user,id=n0"));
        return cl;
    }

    public static List<String> netTap(String machine) {
        return List.of("qemu-system-x86_64", "-M", machine, "-device", "virtio-net-pci,id=net0,netdev=n0",
                "-netdev", "tap,id=n0,ifname=tap0,script=no");
    }

    public static VmStateSection section(String type, int version, int min, VmsdField... fields) {
        return section(type, version, min, List.of(fields), List.of());
    }

    public static VmStateSection section(String type, int version, int min, List<VmsdField> fields,
                                         List<VmsdDescription> subsections) {
        return new VmStateSection(type, version, min, new VmsdDescription(type.replace("-device", ""), version, min,
                fields, subsections), Provenance.json("vmstate.json", "/" + type));
    }

    public static VmsdField field(String name, int size) {
        return new VmsdField(name, 0, false, null, size, null);
    }

    public static VmsdField struct(String name, VmsdDescription d) {
        return new VmsdField(name, 0, false, null, 0, d);
    }

    public static VmsdDescription desc(String name, int version, VmsdField... fields) {
        return new VmsdDescription(name, version, version, List.of(fields), List.of());
    }

    public static Map<String, Boolean> uso(boolean available) {
        return Map.of("tap-uso", available);
    }
}
