package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qompat compat-diff} on the real 7.2 (compat tables from source) and 10.0 (QMP) builds; bench smoke. */
class CompatDiffAndBenchCommandTest {

    private static final String C72 = "src/test/resources/captures/qemu-7.2";
    private static final String SRC72 = "src/test/resources/qemu-source/v7.2";
    private static final String Q100 = "src/test/resources/captures/qemu-10.0";

    @Test
    void pcQ35EightOneDiffersBetweenTheTwoBuildsOnUsoAndPcieBits() throws Exception {
        CliRun r = CliRun.of("compat-diff", Q100, "--machine", "pc-q35-8.0", "--machine", "pc-q35-8.1",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("columns")).hasSize(2);
        assertThat(root.path("columns").get(0).path("machine").asText()).isEqualTo("pc-q35-8.0");
        JsonNode uso = null;
        for (JsonNode row : root.path("rows")) {
            if (row.path("driver").asText().equals("virtio-net-device") && row.path("property").asText()
                    .equals("host_uso")) uso = row;
        }
        // 10.0.2 has the USO entries in hw_compat_8_1, so 8.0 and 8.1 agree: not a differing row
        assertThat(uso).isNull();
        // hw_compat_8_0's pci-device x-pcie-ari-nextfn-1=on is expanded to concrete PCI devices
        assertThat(root.path("rows").findValuesAsText("driver")).contains("virtio-net-pci", "e1000");
        assertThat(r.out()).contains("x-pcie-ari-nextfn-1");
    }

    /** The raw QMP answers of a build without the VM trees captured beside them. */
    private static Path buildOnly(Path dir, String captures) throws Exception {
        Path out = Files.createDirectories(dir.resolve(Path.of(captures).getFileName()));
        try (var files = Files.list(Path.of(captures))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("qom-list-machine")) {
                    Files.copy(f, out.resolve(f.getFileName()));
                }
            }
        }
        return out;
    }

    @Test
    void rawTextAcrossBuildsWithSevenTwoFilledFromItsSource(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("compat-diff", buildOnly(dir, C72).toString(), SRC72, buildOnly(dir, Q100).toString(),
                "--machine", "pc-q35-7.2", "--raw");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("pc-q35-7.2").contains("7.2.22").contains("10.0.2")
                .containsPattern("\\d+ rows, 2 columns");
        // 7.2's virtio-net-device has no host_uso at all; 10.0.2 pins it off for pc-q35-7.2
        assertThat(r.out()).containsPattern("virtio-net-device +\\| host_uso +\\| Unknown property +\\| off");
        assertThat(CliRun.of("compat-diff", Q100, "--machine", "no-such-machine").exit()).isEqualTo(3);
    }

    @Test
    void benchMatrixRunsOnASmallSyntheticFleet() {
        CliRun r = CliRun.of("bench", "matrix", "--hosts", "300", "--classes", "12", "--vms", "20", "--runs", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("synthetic fleet: 300 hosts, 20 VMs, 4 builds")
                .containsPattern("classes: \\d+ -> \\d+ class pairs x 20 VMs")
                .contains("warm runs (wall)").contains("class verdicts: {");
    }
}
