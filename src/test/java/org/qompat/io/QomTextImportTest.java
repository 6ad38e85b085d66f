package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/** QOM trees of a real launched VM (-device virtio-net-pci,id=net0) as qom-tree script and HMP text. */
class QomTextImportTest {

    @TempDir
    Path dir;

    private static Vm read(Path file) throws IOException {
        Imported i = FileImporter.read(file, file.toString(), QompatReader::resolveBuild);
        assertThat(i).isInstanceOf(Imported.VmFile.class);
        return ((Imported.VmFile) i).vm();
    }

    @Test
    void qomTreeScriptOutputOfQemu72() throws IOException {
        Path file = Fixtures.Q72.resolve("qom-tree.txt");
        Vm vm = read(file);

        assertThat(vm.name()).isEqualTo("qom-tree");
        assertThat(vm.machineType()).isEqualTo("pc-q35-7.2");
        assertThat(vm.cpuModel()).isEqualTo("qemu64");
        assertThat(vm.machineArg()).isNull();
        assertThat(vm.commandLineKnown()).isFalse();
        assertThat(vm.root().path()).isEqualTo("/");
        QomNode net0 = vm.root().find("/machine/peripheral/net0").orElseThrow();
        assertThat(net0.type()).isEqualTo("virtio-net-pci");
        assertThat(net0.provenance().location()).isEqualTo("line 1542");
        assertThat(net0.properties()).containsEntry("addr", "8").containsEntry("romfile", "efi-virtio.rom")
                .containsEntry("x-pcie-lnksta-dllla", "true").containsEntry("failover_pair_id", "")
                .containsEntry("parent_bus", "/machine/q35/pcie.0");
        assertThat(net0.propertyTypes()).containsEntry("addr", "int32").containsEntry("parent_bus", "link<bus>");
        assertThat(net0.properties()).doesNotContainKey("type");
        QomNode backend = net0.children().stream().filter(c -> c.name().equals("virtio-backend")).findFirst()
                .orElseThrow();
        assertThat(backend.type()).isEqualTo("virtio-net-device");
        assertThat(backend.properties()).containsEntry("host_tso4", "true").doesNotContainKey("host_uso");
        // <EXCEPTION: …> values: the property exists, its value is unknown
        QomNode cpu = vm.root().find("/machine/unattached/device[0]").orElseThrow();
        assertThat(cpu.type()).isEqualTo("qemu64-x86_64-cpu");
        assertThat(cpu.propertyTypes()).containsKey("legacy-memory");
        assertThat(cpu.properties()).doesNotContainKey("legacy-memory");
        assertThat(vm.root().find("/objects/pc.ram").orElseThrow().properties())
                .containsEntry("size", "134217728").containsEntry("host-nodes", "[]").containsEntry("share", "false");
    }

    @Test
    void qomTreeScriptOutputOfQemu100HasUsoPinnedOffByTheMachineType() throws IOException {
        Vm vm = read(Fixtures.Q100.resolve("qom-tree.txt"));
        QomNode backend = vm.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow();
        assertThat(backend.type()).isEqualTo("virtio-net-device");
        // 10.0 knows host_uso (class default on), but pc-q35-7.2 gets hw_compat_8_1's host_uso=off
        assertThat(backend.properties()).containsEntry("host_uso", "false");
        assertThat(backend.propertyTypes()).containsEntry("host_uso", "bool");
        assertThat(vm.machineType()).isEqualTo("pc-q35-7.2");
    }

    @Test
    void hmpInfoQomTreeGivesStructureOnly() throws IOException {
        Vm vm = read(Fixtures.Q72.resolve("hmp-info-qom-tree.txt"));

        assertThat(vm.name()).isEqualTo("hmp-info-qom-tree");
        assertThat(vm.root().path()).isEqualTo("/machine");
        assertThat(vm.machineType()).isEqualTo("pc-q35-7.2");
        assertThat(vm.cpuModel()).isEqualTo("qemu64");
        QomNode net0 = vm.root().find("/machine/peripheral/net0").orElseThrow();
        assertThat(net0.type()).isEqualTo("virtio-net-pci");
        assertThat(net0.properties()).isEmpty();
        assertThat(vm.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow().type())
                .isEqualTo("virtio-net-device");
        assertThat(vm.root().find("/machine/fw_cfg/\\x2from@etc\\x2facpi\\x2frsdp[0]").orElseThrow().type())
                .isEqualTo("memory-region");
        assertThat(vm.root().find("/machine/q35/mch").orElseThrow().type()).isEqualTo("mch");
        assertThat(vm.root().flatten()).hasSize(262);
    }

    @Test
    void headerCommentsNameTheVmAndItsHost() throws IOException {
        Path file = dir.resolve("capture.txt");
        Files.writeString(file, "# vm: db-1\n# host: east-r1-n01\n"
                + Files.readString(Fixtures.Q72.resolve("hmp-info-qom-tree.txt")));

        Vm vm = read(file);

        assertThat(vm.name()).isEqualTo("db-1");
        assertThat(vm.host()).isEqualTo("east-r1-n01");
        assertThat(vm.root().find("/machine/peripheral/net0").orElseThrow().provenance().location())
                .isEqualTo("line 11");
    }

    @Test
    void brokenPropertyLineNamesTheLine() throws IOException {
        String text = Files.readString(Fixtures.Q72.resolve("qom-tree.txt"))
                .replace("  addr: 8 (int32)\n", "  addr 8\n");
        Path file = dir.resolve("broken.txt");
        Files.writeString(file, text);

        FormatException e = catchThrowableOfType(() -> read(file), FormatException.class);

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.location()).isEqualTo("line 1550");
        assertThat(e.getMessage()).contains("name: value (type)");
    }

    @Test
    void truncatedHmpTreeWithBadIndentationNamesTheLine() throws IOException {
        String text = Files.readString(Fixtures.Q72.resolve("hmp-info-qom-tree.txt"))
                .replace("    /net0 (virtio-net-pci)", "        /net0 (virtio-net-pci)");
        Path file = dir.resolve("broken.txt");
        Files.writeString(file, text);

        FormatException e = catchThrowableOfType(() -> read(file), FormatException.class);

        assertThat(e.location()).isEqualTo("line 9");
        assertThat(e.getMessage()).contains("indentation");
    }

    @Test
    void aTreeWithoutMachineIsRefused() throws IOException {
        Path file = dir.resolve("objects.txt");
        Files.writeString(file, "/objects\n  type: container (string)\n\n/objects/pc.ram\n  type: memory-backend-ram (string)\n");

        FormatException e = catchThrowableOfType(() -> read(file), FormatException.class);

        assertThat(e.location()).isEqualTo("line 1");
        assertThat(e.getMessage()).contains("/machine");
    }

    @Test
    void otherTextIsNotMistakenForATree() throws IOException {
        Imported i = FileImporter.read(Fixtures.Q72.resolve("version.txt"), "version.txt",
                QompatReader::resolveBuild);
        assertThat(i).isInstanceOf(Imported.Unrecognised.class);
    }
}
