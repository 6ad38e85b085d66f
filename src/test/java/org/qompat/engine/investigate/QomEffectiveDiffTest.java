package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qompat.io.FileImporter;
import org.qompat.io.Imported;
import org.qompat.io.RawQmpDirectory;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** The same VM on two real builds, with effective values (class default → compat table → command line). */
class QomEffectiveDiffTest {

    private static final Path CAPTURES = Path.of("src/test/resources/captures");

    @Test
    void pcQ35_7_2OnQemu72AndQemu100() throws IOException {
        QemuBuild b72 = RawQmpDirectory.read(CAPTURES.resolve("qemu-7.2"));
        QemuBuild b100 = RawQmpDirectory.read(CAPTURES.resolve("qemu-10.0"));
        Imported i = FileImporter.read(CAPTURES.resolve("qemu-7.2/qom-tree.txt"), "qom-tree.txt", null);
        Vm vm = ((Imported.VmFile) i).vm();
        QomTreeDiff d = QomTreeDiff.compare(QomSide.effective("7.2", vm, b72), QomSide.effective("10.0", vm, b100));
        assertThat(d.left().label()).isEqualTo("7.2 (pc-q35-7.2)");
        String backend = "/machine/peripheral/net0/virtio-backend";
        Optional<QomDifference> uso = d.differences().stream()
                .filter(x -> x.path().equals(backend) && x.property().equals("host_uso")).findFirst();
        assertThat(uso).as("host_uso exists only on 10.0, pinned off for pc-q35-7.2").isPresent();
        assertThat(uso.get().kind()).isEqualTo(QomDifference.Kind.PROPERTY_ONLY_RIGHT);
        assertThat(uso.get().right()).isIn("off", "false");
        assertThat(uso.get().rightOrigin()).startsWith("compat entry").contains("host_uso");
        // properties both builds agree on are aligned, not reported
        assertThat(d.nodes().stream().filter(n -> n.path().equals(backend)).findFirst().orElseThrow().properties())
                .anySatisfy(p -> {
                    assertThat(p.name()).isEqualTo("mrg_rxbuf");
                    assertThat(p.differs()).isFalse();
                    assertThat(p.leftOrigin()).isNotBlank();
                });
    }
}
