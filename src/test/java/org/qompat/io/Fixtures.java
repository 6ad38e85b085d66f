package org.qompat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.json.BuildIds;
import org.qompat.io.vmstate.VmStateDumpReader;
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
import org.qompat.model.RamBlock;
import org.qompat.model.VfioAttributes;
import org.qompat.model.VfioDeviceModel;
import org.qompat.model.Vm;
import org.qompat.model.VmStateDump;

/** Paths of the real captures and small hand-made models for writer round trips. */
final class Fixtures {

    static final Path CAPTURES = Path.of("src/test/resources/captures");
    static final Path Q72 = CAPTURES.resolve("qemu-7.2");
    static final Path Q100 = CAPTURES.resolve("qemu-10.0");
    static final Path SOURCE_72 = Path.of("src/test/resources/qemu-source/v7.2");

    private Fixtures() {
    }

    /** A build with the real 7.2 pc-q35-7.2 VMState dump and a few entries modelled on 10.0's tables. */
    static QemuBuild build() {
        VmStateDump dump;
        try {
            dump = VmStateDumpReader.read(Q72.resolve("dump-vmstate-pc-q35-7.2.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, MachineType> machines = new LinkedHashMap<>();
        machines.put("pc-q35-8.1", new MachineType("pc-q35-8.1", null, false, false, "qemu64-x86_64-cpu",
                List.of(new CompatProperty("virtio-net-device", "host_uso", "off", "hw_compat_8_1", Provenance.UNKNOWN),
                        new CompatProperty("pci-device", "x-pcie-ari-nextfn-1", "on", null, Provenance.UNKNOWN)),
                true, Provenance.UNKNOWN));
        machines.put("pc-q35-7.2", new MachineType("pc-q35-7.2", "q35", false, false, "qemu64-x86_64-cpu",
                List.of(), false, Provenance.UNKNOWN));
        machines.put("pc-i440fx-7.2", new MachineType("pc-i440fx-7.2", "pc", true, false, null, List.of(), true,
                Provenance.UNKNOWN));
        Map<String, QomType> types = new LinkedHashMap<>();
        types.put("virtio-net-pci", new QomType("virtio-net-pci", "virtio-net-pci-base", false,
                Map.of("host_tso4", new PropertyInfo("host_tso4", "bool", "on/off", "true"),
                        "mac", new PropertyInfo("mac", "str", null, null)), true, Provenance.UNKNOWN));
        types.put("virtio-pci", new QomType("virtio-pci", "pci-device", true, Map.of(), false, Provenance.UNKNOWN));
        Map<String, CpuModel> cpus = Map.of("Skylake-Server-v4", new CpuModel("Skylake-Server-v4",
                "Skylake-Server-v4-x86_64-cpu", null, true, false, false, List.of("avx512f", "pku"),
                Provenance.UNKNOWN));
        return BuildIds.withContentId(new QemuBuild("", QemuVersion.parse("7.2.22"),
                "Debian 1:7.2+dfsg-7+deb12u18+b3", machines, types, cpus, Map.of("pc-q35-7.2", dump),
                Provenance.UNKNOWN));
    }

    static Host host(QemuBuild build) {
        Map<String, PlatformFeature> features = new LinkedHashMap<>();
        features.put("tap-uso", new PlatformFeature("tap-uso", false, "kernel 6.1.0 < 6.2", Provenance.UNKNOWN));
        features.put("kvm", new PlatformFeature("kvm", null, "not probed", Provenance.UNKNOWN));
        return new Host("node-a1", Map.of("cluster", "east", "rack", "r1"), "6.1.0-31-amd64",
                new CpuInfo("AuthenticAMD", "AMD EPYC 7B13", java.util.Set.of("sse2", "avx2")), features,
                Map.of("bios-256k.bin", new FirmwareFile("bios-256k.bin", 262144, "ab12")),
                List.of(new VfioDeviceModel("vendor-a.com/my-nic", Map.of("num-queues", List.of("1-8")))),
                build, Provenance.UNKNOWN);
    }

    static Vm vm() {
        QomNode backend = new QomNode("/machine/peripheral/net0/virtio-backend", "virtio-net-device",
                Map.of("host_uso", "true"), Map.of("host_uso", "bool", "crash", "GuestPanicInformation"),
                java.util.Set.of(), List.of(), Provenance.UNKNOWN);
        QomNode net0 = new QomNode("/machine/peripheral/net0", "virtio-net-pci",
                Map.of("mac", "52:54:00:12:34:56", "addr", "8"), Map.of("mac", "str", "addr", "int32"),
                java.util.Set.of("mac"), List.of(backend), Provenance.UNKNOWN);
        QomNode peripheral = new QomNode("/machine/peripheral", "container", Map.of(), Map.of(), java.util.Set.of(),
                List.of(net0), Provenance.UNKNOWN);
        QomNode machine = new QomNode("/machine", "pc-q35-7.2-machine", Map.of(), Map.of(), java.util.Set.of(),
                List.of(peripheral), Provenance.UNKNOWN);
        QomNode root = new QomNode("/", "container", Map.of(), Map.of(), java.util.Set.of(), List.of(machine),
                Provenance.UNKNOWN);
        return new Vm("web-1", "pc-q35-7.2", "q35", true, "qemu64", root, "node-a1",
                List.of("-M", "q35", "-device", "virtio-net-pci,id=net0,mac=52:54:00:12:34:56"),
                List.of(new RamBlock("pc.ram", 134217728L, null), new RamBlock("pc.bios", 262144, "bios-256k.bin")),
                Map.of("/machine/peripheral/hostdev0", new VfioAttributes("vendor-a.com/my-nic",
                        Map.of("num-queues", "4"))), Provenance.UNKNOWN);
    }
}
