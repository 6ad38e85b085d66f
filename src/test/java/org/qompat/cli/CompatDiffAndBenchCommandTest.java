package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;

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

    /** The verdict counts printed as {@code class verdicts: {OK=…, BLOCKED=…}}, summed. */
    private static long verdictTotal(String out) {
        Matcher line = Pattern.compile("class verdicts: \\{([^}]*)}").matcher(out);
        assertThat(line.find()).as(out).isTrue();
        long total = 0;
        Matcher count = Pattern.compile("(OK|WARN|UNKNOWN|BLOCKED)=(\\d+)").matcher(line.group(1));
        while (count.find()) total += Long.parseLong(count.group(2));
        return total;
    }

    private static int classes(String out) {
        Matcher m = Pattern.compile("classes: (\\d+) -> (\\d+) class pairs x (\\d+) VMs").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        int n = Integer.parseInt(m.group(1));
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(n * n);
        return n;
    }

    @Test
    void benchMatrixOnTheConstructedFleet() {
        CliRun r = CliRun.of("bench", "matrix", "--fleet", "constructed", "--hosts", "300", "--classes", "12",
                "--vms", "20", "--runs", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("fleet: constructed")
                .containsPattern("synthetic fleet: 300 hosts, 20 VMs \\(\\d+ QOM nodes each on average\\), 4 builds")
                .contains("warm runs (wall)");
        // 12 profiles, each a distinct (build, USO, CPU, firmware) combination: 12 engine classes
        int n = classes(r.out());
        assertThat(n).isEqualTo(12);
        assertThat(verdictTotal(r.out())).isEqualTo((long) n * n * 20);
    }

    @Test
    void benchMatrixOnTheDemoFleetUsesItsRealBuildsAndTrees() {
        Fleet demo = FleetLoader.load(List.of(Path.of("samples")), LoadProgress.NONE);
        assertThat(demo.builds()).isNotEmpty();
        CliRun r = CliRun.of("bench", "matrix", "--hosts", "300", "--classes", "12", "--vms", "20", "--runs", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("fleet: io.synthetic.SyntheticFleet from the demo fleet");
        // the VMs are copies of the demo VMs: their average tree size lies within the demo's range
        IntSummaryStatistics nodes = demo.vms().stream().filter(v -> v.root() != null)
                .mapToInt(v -> v.root().flatten().size()).summaryStatistics();
        Matcher m = Pattern.compile("synthetic fleet: 300 hosts, 20 VMs \\((\\d+) QOM nodes each on average\\), "
                + "(\\d+) builds").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(nodes.getMin(), nodes.getMax());
        // 12 classes cycle through the builds, so all min(12, builds) of the demo's builds are used
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(Math.min(12, demo.builds().size()));
        // the classes differ in build and CPU, which the engine tells apart: 12 host classes
        int n = classes(r.out());
        assertThat(n).isEqualTo(12);
        assertThat(verdictTotal(r.out())).isEqualTo((long) n * n * 20);
        assertThat(r.out()).contains("BLOCKED="); // real builds of several QEMU versions do block each other
    }
}
