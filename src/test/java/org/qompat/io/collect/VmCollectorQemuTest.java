package org.qompat.io.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.qmp.QmpAddress;
import org.qompat.model.QomNode;
import org.qompat.model.RamBlock;
import org.qompat.model.Vm;

/** Captures QOM trees from real QEMU VMs: launched throwaway VMs, and a running VM that must stay untouched. */
class VmCollectorQemuTest {

    private static final List<String> NET0 = List.of("-M", "pc-q35-7.2", "-accel", "tcg", "-nodefaults",
            "-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev", "user,id=n0");

    @TempDir
    Path dir;

    @Test
    void launchedVmHasVirtioNetWithItsBackend() throws Exception {
        String qemu = RealQemu.require72();
        Vm vm = new VmCollector(VmCollectOptions.defaults().withName("web-1")).launch(qemu, NET0);
        assertNet0(vm);
        assertThat(vm.name()).isEqualTo("web-1");
        assertThat(vm.machineType()).isEqualTo("pc-q35-7.2");
        assertThat(vm.machineArg()).isEqualTo("pc-q35-7.2");
        assertThat(vm.commandLineKnown()).isTrue();
        assertThat(vm.commandLine()).startsWith(qemu).contains("virtio-net-pci,id=net0,netdev=n0");
        assertThat(vm.cpuModel()).isEqualTo("qemu64");
        QomNode net0 = vm.root().find("/machine/peripheral/net0").orElseThrow();
        assertThat(net0.explicitProperties()).containsExactly("netdev");
        assertThat(net0.properties()).containsEntry("host_tso4", "true").containsEntry("romfile", "efi-virtio.rom");
        assertThat(net0.propertyTypes()).containsEntry("host_tso4", "bool");
    }

    @Test
    void launchedVmRamBlocksComeFromFirmwareFiles() throws Exception {
        String qemu = RealQemu.require72();
        Vm vm = new VmCollector(VmCollectOptions.defaults()).launch(qemu, NET0);
        assertThat(vm.ramBlocks()).extracting(RamBlock::id, RamBlock::size, RamBlock::firmwareFile).contains(
                org.assertj.core.groups.Tuple.tuple("pc.bios", 262144L, "bios-256k.bin"),
                // efi-virtio.rom is 249344 bytes; QEMU rounds the ROM BAR up to a power of two
                org.assertj.core.groups.Tuple.tuple("0000:00:01.0/virtio-net-pci.rom", 262144L, "efi-virtio.rom"),
                org.assertj.core.groups.Tuple.tuple("pc.ram", 134217728L, null));
    }

    @Test
    void aliasAndExplicitPropertiesOnTen() throws Exception {
        String qemu = RealQemu.require100();
        Vm vm = new VmCollector(VmCollectOptions.defaults()).launch(qemu, List.of("-M", "q35", "-accel", "tcg",
                "-nodefaults", "-name", "guest=db-7", "-device", "virtio-net-pci,id=net0,netdev=n0,host_uso=off",
                "-netdev", "user,id=n0", "-global", "virtio-pci.x-pcie-pm-init=off", "-device", "nvme,serial=x1"));
        assertNet0(vm);
        assertThat(vm.name()).isEqualTo("db-7");
        assertThat(vm.machineArg()).isEqualTo("q35");
        assertThat(vm.machineType()).isEqualTo("pc-q35-10.0");
        QomNode net0 = vm.root().find("/machine/peripheral/net0").orElseThrow();
        assertThat(net0.explicitProperties()).contains("host_uso", "netdev", "x-pcie-pm-init");
        assertThat(net0.properties()).containsEntry("host_uso", "false").containsEntry("x-pcie-pm-init", "false");
        QomNode backend = vm.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow();
        assertThat(backend.explicitProperties()).contains("host_uso").doesNotContain("x-pcie-pm-init");
        QomNode nvme = vm.root().find("/machine/peripheral-anon/device[0]").orElseThrow();
        assertThat(nvme.type()).isEqualTo("nvme");
        assertThat(nvme.explicitProperties()).containsExactly("serial");
    }

    @Test
    void runningVmIsReadNotChanged() throws Exception {
        String qemu = RealQemu.require72();
        Path sock = dir.resolve("running.sock");
        try (LaunchedQemu running = LaunchedQemu.withSocketQmp(qemu, NET0.stream().toList(), sock,
                Duration.ofSeconds(20))) {
            String before = running.qmp().execute("query-status").toString();
            running.qmp().close(); // QEMU serves one QMP client per socket at a time; let the collector in
            Vm vm = new VmCollector(VmCollectOptions.defaults().withHost("hv-1")).collectRunning(
                    QmpAddress.parse("unix:" + sock));
            assertNet0(vm);
            assertThat(vm.host()).isEqualTo("hv-1");
            // the command line was found in /proc because this local QEMU names the socket
            assertThat(vm.commandLineKnown()).isTrue();
            assertThat(vm.machineArg()).isEqualTo("pc-q35-7.2");
            assertThat(running.isAlive()).isTrue();
            try (var again = org.qompat.io.qmp.QmpClient.connect(
                    org.qompat.io.qmp.UnixSocketTransport.connect(sock, Duration.ofSeconds(5)),
                    Duration.ofSeconds(5))) {
                assertThat(again.execute("query-status").toString()).isEqualTo(before);
            }
        }
    }

    private static void assertNet0(Vm vm) {
        QomNode net0 = vm.root().find("/machine/peripheral/net0").orElseThrow();
        assertThat(net0.type()).isEqualTo("virtio-net-pci");
        assertThat(net0.children()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("virtio-backend");
            assertThat(c.type()).isEqualTo("virtio-net-device");
        });
    }
}
