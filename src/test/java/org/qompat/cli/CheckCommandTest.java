package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.Fx.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.engine.Fx;
import org.qompat.io.QompatWriter;
import org.qompat.model.CompatProperty;
import org.qompat.model.QemuBuild;

/** {@code qompat check} and {@code qompat explain} on a small fleet written in Qompat's own formats. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private static CompatProperty[] uso(String array) {
        return new CompatProperty[] {compat("virtio-net-device", "host_uso", "off", array),
            compat("virtio-net-device", "guest_uso4", "off", array),
            compat("virtio-net-device", "guest_uso6", "off", array)};
    }

    @BeforeEach
    void writeFleet() throws Exception {
        String[] props = {"host_uso:bool=true", "guest_uso4:bool=true", "guest_uso6:bool=true"};
        QemuBuild q900 = Fx.build("q900", "9.0.0").x86Types(props).machine("pc-q35-8.1", null, false)
                .vmstate("pc-q35-8.1", Fx.section("virtio-net-device", 11, 11, Fx.field("virtio", 0))).done();
        QemuBuild q910 = Fx.build("q910", "9.1.0").x86Types(props).machine("pc-q35-8.1", null, false,
                uso("hw_compat_8_1")).vmstate("pc-q35-8.1", Fx.section("virtio-net-device", 11, 11,
                Fx.field("virtio", 0))).done();
        QompatWriter w = QompatWriter.unguarded();
        w.writeHost(Fx.host("a900", q900, Fx.uso(true)), dir.resolve("a900.json"));
        w.writeHost(Fx.host("b910", q910, Fx.uso(true)), dir.resolve("b910.json"));
        w.writeVm(Fx.vmWithArg("web", "pc-q35-8.1", "pc-q35-8.1", Fx.netTap("pc-q35-8.1"),
                Fx.q35Tree("pc-q35-8.1")), dir.resolve("web.json"));
    }

    @Test
    void jsonVerdictsAndExitCodeOneWhenSomethingIsBlocked() throws Exception {
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("hosts")).hasSize(2);
        assertThat(root.path("verdicts")).hasSize(4);
        JsonNode forward = null;
        for (JsonNode v : root.path("verdicts")) {
            if (v.path("from").asText().equals("a900") && v.path("to").asText().equals("b910")) forward = v;
        }
        assertThat(forward).isNotNull();
        assertThat(forward.path("verdict").asText()).isEqualTo("BLOCKED");
        JsonNode first = forward.path("findings").get(0);
        assertThat(first.path("rule").asText()).isEqualTo("effective-properties");
        assertThat(first.path("path").asText()).isEqualTo("/machine/peripheral/net0/virtio-backend");
        // the loader's provenance: the destination host's file and the JSON pointer of the compat entry in it
        assertThat(first.path("provenance").path("destination").path("file").asText()).endsWith("b910.json");
        assertThat(first.path("provenance").path("destination").path("location").asText())
                .matches("/build/machine-types/\\d+/compat-props/\\d+");
    }

    @Test
    void textShowsTheTopFindingAndPointsToExplainForTheRest() {
        CliRun r = CliRun.of("check", dir.toString(), "--from", "a900", "--to", "b910");
        assertThat(r.exit()).isEqualTo(1);
        // three USO properties differ (and a warning): the first is printed, the rest counted, with where to see them
        assertThat(r.out()).contains("BLOCKED  web: a900 -> b910  (3 blockers, 1 warning)")
                .contains("         effective-properties: ")
                .contains("+ 3 more findings: qompat explain … --vm web --from a900 --to b910")
                .contains("1 verdicts: 0 OK, 0 WARN, 0 UNKNOWN, 1 BLOCKED");
    }

    @Test
    void diagonalOnlyIsOkAndExitsZero() {
        CliRun r = CliRun.of("check", dir.toString(), "--from", "a900", "--to", "a900");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(0);
        assertThat(r.out()).contains("OK       web: a900 -> a900").contains("1 verdicts: 1 OK");
    }

    @Test
    void unknownNamesAreInputErrors() {
        CliRun r = CliRun.of("check", dir.toString(), "--vm", "nosuch");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("--vm nosuch: no such VM; loaded: web");
        assertThat(CliRun.of("check", dir.toString(), "--to", "zzz").err()).contains("--to zzz: no such host");
    }

    @Test
    void csvToAFileAtomically() throws Exception {
        Path out = dir.resolve("out/verdicts.csv");
        CliRun r = CliRun.of("check", dir.toString(), "--from", "a900", "--to", "b910", "--format", "csv", "-o",
                out.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("vm,from,to,verdict,rule,severity");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("web,a900,b910,BLOCKED,effective-properties"));
        assertThat(CliRun.of("check", dir.toString(), "-o", dir.resolve("web.json").toString()).exit()).isEqualTo(3);
    }

    @Test
    void explainShowsBothValuesAndWhereTheyCameFrom() {
        CliRun r = CliRun.of("explain", dir.toString(), "--vm", "web", "--from", "a900", "--to", "b910");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("web: a900 -> b910: BLOCKED")
                .contains("BLOCKER effective-properties /machine/peripheral/net0/virtio-backend · host_uso")
                .containsPattern("destination: off   from .*b910.json @ /build/machine-types/\\d+/compat-props/\\d+")
                .contains("Known QEMU defect");
    }
}
