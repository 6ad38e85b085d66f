package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.csource.CompatExport;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;

/** The shipped QEMU 7.2 build is exactly what the captures plus the 7.2 source produce. */
class CompatExportTest {

    static final Path SHIPPED = Path.of("src/test/resources/exports/qemu-7.2.22.json");

    @TempDir
    Path dir;

    @Test
    void shippedBuildIsRegeneratedByteForByte() throws IOException {
        QemuBuild b = CompatExport.build(Fixtures.SOURCE_72, "qemu-v7.2", Fixtures.Q72);
        Path out = dir.resolve("qemu-7.2.22.json");
        QompatWriter.unguarded().writeBuild(b, out);

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(SHIPPED));
    }

    @Test
    void shippedBuildLoadsWithTheSourceTablesAndTheSameId() throws IOException {
        QemuBuild shipped = QompatReader.readBuild(SHIPPED);
        QemuBuild regenerated = CompatExport.build(Fixtures.SOURCE_72, "qemu-v7.2", Fixtures.Q72);

        assertThat(shipped.id()).isEqualTo(regenerated.id());
        MachineType q60 = shipped.machineTypes().get("pc-q35-6.0");
        assertThat(q60.compatPropsKnown()).isTrue();
        assertThat(q60.compatProps()).hasSize(26);
        assertThat(q60.compatProps().get(0).origin()).isEqualTo("hw_compat_7_1");
        assertThat(shipped.machine("q35")).map(MachineType::name).contains("pc-q35-7.2");
        assertThat(shipped.vmstateByMachine()).containsKey("pc-q35-7.2");
        assertThat(shipped.types().get("virtio-net-pci").properties()).containsKey("host_tso4");
    }
}
