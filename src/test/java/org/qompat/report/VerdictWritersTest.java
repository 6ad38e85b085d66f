package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Finding;
import org.qompat.engine.HostClass;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Provenance;

class VerdictWritersTest {

    private final Finding tricky = new Finding(Rule.EFFECTIVE_PROPERTIES, Severity.BLOCKER,
            "/machine/peripheral/net0/virtio-backend", "host_uso", "true", "off",
            "differs, \"really\"\nsecond line", Provenance.json("a.json", "/types/x"),
            Provenance.json("b, c.json", "/return/3/compat-props/12"));
    private final Verdict blocked = new Verdict("vm1", "h1", "h2", VerdictStatus.BLOCKED, List.of(tricky));
    private final Verdict ok = new Verdict("vm1", "h1", "h1", VerdictStatus.OK, List.of());

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Host h = new Host("h1", Map.of("cluster", "a"), "6.1", null, Map.of(), Map.of(), List.of(), null,
                Provenance.UNKNOWN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VerdictJson json = new VerdictJson(out, List.of(h), i -> 0, List.of(),
                List.of(new HostClass(0, "k", List.of(h))))) {
            json.verdict(blocked);
            json.verdict(ok);
        }
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("format").asText()).isEqualTo("qompat.check/1");
        assertThat(root.path("hosts").get(0).path("labels").path("cluster").asText()).isEqualTo("a");
        assertThat(root.path("classes").get(0).path("hosts").get(0).asText()).isEqualTo("h1");
        JsonNode v = root.path("verdicts").get(0);
        assertThat(v.path("verdict").asText()).isEqualTo("BLOCKED");
        JsonNode f = v.path("findings").get(0);
        assertThat(f.path("rule").asText()).isEqualTo("effective-properties");
        assertThat(f.path("severity").asText()).isEqualTo("BLOCKER");
        assertThat(f.path("source").asText()).isEqualTo("true");
        assertThat(f.path("destination").asText()).isEqualTo("off");
        assertThat(f.path("message").asText()).isEqualTo(tricky.message());
        assertThat(f.path("provenance").path("destination").path("location").asText())
                .isEqualTo("/return/3/compat-props/12");
        assertThat(root.path("verdicts").get(1).path("findings")).isEmpty();
    }

    @Test
    void csvQuotesAndKeepsVerdictsWithoutFindings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VerdictCsv csv = new VerdictCsv(out)) {
            csv.verdict(blocked);
            csv.verdict(ok);
        }
        List<List<String>> rows = Csv.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(VerdictCsv.COLUMNS);
        assertThat(rows.get(1).get(10)).isEqualTo(tricky.message());
        assertThat(rows.get(1).get(13)).isEqualTo("b, c.json");
        assertThat(rows.get(2).subList(0, 5)).containsExactly("vm1", "h1", "h1", "OK", "");
    }

}
