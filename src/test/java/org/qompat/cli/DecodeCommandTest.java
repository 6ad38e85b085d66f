package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code qompat decode} and {@code qompat qom-diff} on real captures: output people read and JSON tools parse. */
class DecodeCommandTest {

    static final String ERRORS = "src/test/resources/captures/migration-errors-investigate/";

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new QompatCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void textNamesTheRefusedBitsAndTheLikelyMissingPlatformFeature() {
        Run r = run("decode", ERRORS + "10.0-to-10.0-virtio-features-uso-off.stderr");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("1 failure story")
                .contains("Story 1 (lines 1–4) — virtio feature bits refused: GUEST_USO4, GUEST_USO6, HOST_USO")
                .contains("[rule platform-feature]").contains("bits 54, 55, 56").contains("Linux >= 6.2")
                .contains("L4    outcome      load of migration failed: Operation not permitted");
        assertThat(r.out().indexOf("L1 ")).isLessThan(r.out().indexOf("L2 "));
    }

    @Test
    void jsonCarriesStoriesEntitiesAndBits() throws Exception {
        Run r = run("decode", "--format", "json", ERRORS + "7.2-to-10.0-pci-config-device-id.stderr");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("format").asText()).isEqualTo("qompat.decode/1");
        JsonNode story = j.get("stories").get(0);
        assertThat(story.get("rule").asText()).isEqualTo("effective-properties");
        JsonNode cause = story.get("messages").get(0);
        assertThat(cause.get("pattern").asText()).isEqualTo("pci-config");
        assertThat(cause.get("role").asText()).isEqualTo("cause");
        assertThat(cause.get("line").asInt()).isEqualTo(1);
        assertThat(cause.get("entities").findValuesAsText("value")).contains("Device ID", "41", "0");
        assertThat(story.get("messages")).hasSize(5);
        assertThat(j.get("unrecognized")).isEmpty();
    }

    @Test
    void aCleanLogExitsZeroAndAMissingFileThree() {
        Run ok = run("decode", "src/test/resources/captures/migration-errors/7.2-to-10.0-pc-q35-7.2-ok.stderr");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("0 failure stories");
        Run missing = run("decode", "/nonexistent/qemu.log");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("/nonexistent/qemu.log").contains("no such file");
        assertThat(run("decode", "--format", "xml", ERRORS + "10.0-to-7.2-cpu-model-missing.stderr").exit())
                .isEqualTo(3);
    }

    @Test
    void withAFleetTheLogIsLinkedToTheEnginesVerdict(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.qompat.engine.investigate.RealFleet.write(org.qompat.engine.investigate.RealFleet.fleet(), dir);
        java.nio.file.Path log = dir.resolve("web-1.log");
        java.nio.file.Files.writeString(log, org.qompat.engine.investigate.RealFleet.LIBVIRT_LOG);
        Run r = run("decode", log.toString(), "--fleet", dir.resolve("hosts").toString(), dir.resolve("vms").toString());
        assertThat(r.err()).doesNotContain("cannot load");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("The log names: VM web-1; host kvm-b07")
                .contains("finding  BLOCKER machine-type /machine")
                .contains("Engine verdict for web-1 from kvm-a01 to kvm-b07: BLOCKED");
        // the same pair picked by hand, in JSON
        Run j = run("decode", log.toString(), "--format", "json", "--fleet", dir.toString(), "--vm", "web-1",
                "--from", "kvm-a01", "--to", "kvm-b07");
        JsonNode link = new ObjectMapper().readTree(j.out()).get("link");
        assertThat(link.get("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(link.get("agrees").asBoolean()).isTrue();
        // the reverse direction is predicted fine, but this log shows a failure: a disagreement, exit 2
        Run rev = run("decode", log.toString(), "--fleet", dir.toString(), "--vm", "web-1", "--from", "kvm-b07",
                "--to", "kvm-a01");
        assertThat(rev.exit()).isIn(1, 2);
        assertThat(run("decode", log.toString(), "--fleet", dir.toString(), "--vm", "nope").exit()).isEqualTo(3);
    }

    @Test
    void qomDiffOfTheSameVmOnTwoRealBuildsShowsTheCompatEntries() {
        Run r = run("qom-diff", "src/test/resources/captures/qemu-7.2/qom-tree.txt",
                "--left-build", "src/test/resources/captures/qemu-7.2",
                "--right-build", "src/test/resources/captures/qemu-10.0");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("right: qom-tree.txt on qemu-10.0 (pc-q35-7.2)")
                .contains("/machine/peripheral/net0/virtio-backend  (virtio-net-device)")
                .containsPattern("\\+ host_uso +off +\\[— \\| compat entry virtio-net-device.host_uso=off");
    }

    @Test
    void qomDiffJsonAndErrors() throws Exception {
        Run r = run("qom-diff", "--format", "json", "src/test/resources/captures/qemu-7.2/qom-tree.txt",
                "src/test/resources/captures/qemu-10.0/qom-tree.txt");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("counts").get("TYPE_DIFFERS").asInt()).isZero();
        assertThat(j.get("differences").findValuesAsText("property")).contains("host_uso", "rombar");
        Run same = run("qom-diff", "src/test/resources/captures/qemu-7.2/qom-tree.txt",
                "src/test/resources/captures/qemu-7.2/qom-tree.txt");
        assertThat(same.exit()).isZero();
        Run notVm = run("qom-diff", "src/test/resources/captures/qemu-7.2/query-version.json",
                "src/test/resources/captures/qemu-7.2/qom-tree.txt");
        assertThat(notVm.exit()).isEqualTo(3);
        assertThat(notVm.err()).contains("query-version.json").contains("expected a VM");
        assertThat(run("qom-diff", "src/test/resources/captures/qemu-7.2/qom-tree.txt").exit()).isEqualTo(3);
    }
}
