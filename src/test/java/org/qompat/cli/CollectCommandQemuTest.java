package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.QompatReader;
import org.qompat.model.Host;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/** {@code qompat collect host|vm} against the real QEMU 7.2; the files it writes read back as Qompat files. */
class CollectCommandQemuTest {

    private static final String QEMU = "/usr/bin/qemu-system-x86_64";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true));
            System.setErr(new PrintStream(e, true));
            int code = QompatCommand.run(args);
            return new Run(code, o.toString(), e.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void collectHostWritesAHostThatReadsBack() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(QEMU)), "QEMU 7.2 not installed");
        Path host = dir.resolve("hosts/h1.json");
        Path build = dir.resolve("builds/qemu-7.2.json");
        Run r = run("collect", "host", "--qemu", QEMU, "--name", "h1", "--label", "cluster=east", "--label",
                "rack=r1", "--machine", "pc-q35-7.2", "-o", host.toString(), "--build-output", build.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("QEMU 7.2.22").contains("59 machine types").contains("wrote " + host);
        Host h = QompatReader.readHost(host);
        assertThat(h.name()).isEqualTo("h1");
        assertThat(h.labels()).containsEntry("cluster", "east").containsEntry("rack", "r1");
        assertThat(h.build().machineTypes()).containsKey("pc-q35-7.2");
        assertThat(h.build().types().get("virtio-net-pci").properties()).containsKey("host_tso4");
        assertThat(h.build().vmstateByMachine()).containsKey("pc-q35-7.2");
        assertThat(h.firmware()).containsKey("bios-256k.bin");
        // the host file references the shared build instead of embedding megabytes
        assertThat(Files.readString(host)).contains("\"build\" : \"../builds/qemu-7.2.json\"");
    }

    @Test
    void collectVmLaunchWritesAVmThatReadsBack() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(QEMU)), "QEMU 7.2 not installed");
        Path out = dir.resolve("vm.json");
        Run r = run("collect", "vm", "--launch", "--qemu", QEMU, "--host", "h1", "-o", out.toString(), "--",
                "-M", "pc-q35-7.2", "-accel", "tcg", "-nodefaults", "-name", "web-1",
                "-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev", "user,id=n0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("vm web-1: machine type pc-q35-7.2 (-M pc-q35-7.2)").contains("net0 (virtio-net-pci)");
        Vm vm = QompatReader.readVm(out);
        assertThat(vm.name()).isEqualTo("web-1");
        assertThat(vm.host()).isEqualTo("h1");
        assertThat(vm.machineArg()).isEqualTo("pc-q35-7.2");
        QomNode net0 = vm.root().find("/machine/peripheral/net0").orElseThrow();
        assertThat(net0.type()).isEqualTo("virtio-net-pci");
        assertThat(net0.explicitProperties()).containsExactly("netdev");
        assertThat(net0.children()).anySatisfy(c -> assertThat(c.type()).isEqualTo("virtio-net-device"));
    }

    @Test
    void collectedFilesLoadThroughTheFleetLoader() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(QEMU)), "QEMU 7.2 not installed");
        Path fleetDir = dir.resolve("fleet");
        assertThat(run("collect", "host", "--qemu", QEMU, "--name", "h1", "-o", fleetDir.resolve("h1.json")
                .toString(), "--build-output", fleetDir.resolve("b/qemu.json.gz").toString()).exit()).isZero();
        assertThat(run("collect", "vm", "--launch", "--qemu", QEMU, "--host", "h1", "-o",
                fleetDir.resolve("vm.json").toString(), "--", "-M", "q35", "-accel", "tcg", "-nodefaults",
                "-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev", "user,id=n0").exit()).isZero();
        org.qompat.model.Fleet f = org.qompat.io.FleetLoader.load(java.util.List.of(fleetDir),
                org.qompat.io.LoadProgress.NONE);
        assertThat(f.problems()).isEmpty();
        assertThat(f.hosts()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("h1");
            assertThat(h.build().machine("q35").orElseThrow().name()).isEqualTo("pc-q35-7.2");
        });
        assertThat(f.vms()).singleElement().satisfies(v -> {
            assertThat(v.host()).isEqualTo("h1");
            assertThat(v.machineArg()).isEqualTo("q35");
            assertThat(v.machineType()).isEqualTo("pc-q35-7.2");
        });
        assertThat(f.builds()).hasSize(1);
    }

    @Test
    void qemuRefusingTheVmArgumentsIsReportedWithItsOwnWords() {
        assumeTrue(Files.isExecutable(Path.of(QEMU)), "QEMU 7.2 not installed");
        Run r = run("collect", "vm", "--launch", "--qemu", QEMU, "-o", dir.resolve("x.json").toString(), "--",
                "-M", "pc-q35-99.9", "-accel", "tcg");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("pc-q35-99.9");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(run("collect", "vm", "--launch", "-o", dir.resolve("x.json").toString()).exit()).isEqualTo(2);
        assertThat(run("collect", "vm", "-o", dir.resolve("x.json").toString()).exit()).isEqualTo(2);
        assertThat(run("collect", "host", "-o", dir.resolve("x.json").toString()).exit()).isEqualTo(2);
    }
}
