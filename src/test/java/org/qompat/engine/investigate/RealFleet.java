package org.qompat.engine.investigate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.io.FileImporter;
import org.qompat.io.Imported;
import org.qompat.io.QompatWriter;
import org.qompat.io.RawQmpDirectory;
import org.qompat.model.CpuInfo;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * A small real fleet for the Investigate tests, CLI examples and screenshots: the two real builds of the captures
 * (QEMU 10.0.2 on kvm-a01, 7.2.22 on kvm-b07) and VM web-1, the real QOM tree of a VM with one virtio-net NIC
 * started with {@code -M q35} on 10.0 — the alias that resolves to pc-q35-10.0 there and pc-q35-7.2 on kvm-b07.
 */
public final class RealFleet {

    public static final Path CAPTURES = Path.of("src/test/resources/captures");

    /** A libvirt domain log of the destination around the real stderr of the alias migration (captures). */
    public static final String LIBVIRT_LOG = """
            2025-12-01 23:01:12.345+0000: starting up libvirt version: 9.0.0, package: 9.0.0-4+deb12u2 (Debian), \
            qemu version: 7.2.0Debian 1:7.2+dfsg-7+deb12u18, kernel: 6.1.0-37-amd64, hostname: kvm-b07
            LC_ALL=C PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin HOME=/var/lib/libvirt/qemu/domain-7-web-1 \
            /usr/bin/qemu-system-x86_64 -name guest=web-1,debug-threads=on -S -machine q35,usb=off -accel tcg \
            -nodefaults -device virtio-net-pci,id=net0,netdev=n0 -netdev user,id=n0 -incoming defer
            2025-12-01T23:01:12.567890Z qemu-system-x86_64: Machine type received is 'pc-q35-10.0' and local is 'pc-q35-7.2'
            2025-12-01T23:01:12.567912Z qemu-system-x86_64: load of migration failed: Invalid argument
            2025-12-01 23:01:12.789+0000: shutting down, reason=failed
            """;

    private RealFleet() {
    }

    public static Fleet fleet() {
        try {
            QemuBuild b100 = RawQmpDirectory.read(CAPTURES.resolve("qemu-10.0"));
            QemuBuild b72 = RawQmpDirectory.read(CAPTURES.resolve("qemu-7.2"));
            Imported i = FileImporter.read(CAPTURES.resolve("migration-errors-investigate/q35-on-10.0.qom-tree.txt"),
                    "q35-on-10.0.qom-tree.txt", null);
            Vm tree = ((Imported.VmFile) i).vm();
            List<String> cl = List.of("qemu-system-x86_64", "-name", "guest=web-1", "-machine", "q35,usb=off",
                    "-accel", "tcg", "-nodefaults", "-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev",
                    "user,id=n0");
            Vm web1 = new Vm("web-1", "pc-q35-10.0", "q35", true, tree.cpuModel(), tree.root(), "kvm-a01", cl,
                    List.of(), Map.of(), tree.provenance());
            return new Fleet(List.of(host("kvm-a01", "6.12.0", b100), host("kvm-b07", "6.1.0", b72)),
                    List.of(web1), List.of(b100, b72), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the fleet as Qompat files (hosts with embedded builds, the VM) into {@code dir}. */
    public static void write(Fleet f, Path dir) throws IOException {
        QompatWriter w = QompatWriter.unguarded();
        for (Host h : f.hosts()) w.writeHost(h, dir.resolve("hosts").resolve(h.name() + ".json"));
        for (Vm v : f.vms()) w.writeVm(v, dir.resolve("vms").resolve(v.name() + ".json"));
    }

    private static Host host(String name, String kernel, QemuBuild build) {
        boolean uso = kernel.compareTo("6.2") >= 0;
        return new Host(name, Map.of("cluster", "demo"), kernel, new CpuInfo("GenuineIntel", "demo", Set.of()),
                Map.of("tap-uso", new PlatformFeature("tap-uso", uso, "kernel " + kernel
                        + (uso ? " >= 6.2" : " < 6.2"), Provenance.derived(name, "kernel release"))),
                Map.of(), List.of(), build, Provenance.UNKNOWN);
    }

    /** {@code java ... RealFleet DIR}: writes the fleet for CLI examples. */
    public static void main(String[] args) throws IOException {
        write(fleet(), Path.of(args[0]));
    }
}
