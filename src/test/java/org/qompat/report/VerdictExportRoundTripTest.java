package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Finding;
import org.qompat.engine.Verdict;

/** What the CSV and JSON exports write reads back as exactly the verdicts of every VM and ordered host pair. */
class VerdictExportRoundTripTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    /** The expected verdicts, independently of the export: every VM × host × host, real names filled in. */
    private Map<String, Verdict> expected() {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (int v = 0; v < fleet.vms().size(); v++) {
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    Verdict c = fleet.classVerdict(v, fleet.classOf(i), fleet.classOf(j));
                    String from = fleet.hosts().get(i).name();
                    String to = fleet.hosts().get(j).name();
                    out.put(c.vm() + "|" + from + "|" + to, new Verdict(c.vm(), from, to, c.status(), c.findings()));
                }
            }
        }
        return out;
    }

    @Test
    void jsonReadsBackAsEveryVerdictWithEveryFinding() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(export(ExportFormat.JSON, new BitSet()));

        assertThat(doc.get("format").asText()).isEqualTo("qompat.check/1");
        assertThat(doc.get("hosts")).hasSize(6);
        assertThat(doc.get("classes")).hasSize(3);
        Map<String, Verdict> expected = expected();
        assertThat(doc.get("verdicts")).hasSize(expected.size());
        for (JsonNode v : doc.get("verdicts")) {
            String key = v.get("vm").asText() + "|" + v.get("from").asText() + "|" + v.get("to").asText();
            Verdict want = expected.remove(key);
            assertThat(want).as(key).isNotNull();
            assertThat(v.get("verdict").asText()).isEqualTo(want.status().name());
            List<String> got = new ArrayList<>();
            for (JsonNode f : v.get("findings")) {
                got.add(f.get("rule").asText() + "|" + f.get("severity").asText() + "|" + f.get("path").asText() + "|"
                        + f.get("property").asText() + "|" + f.get("source").asText() + "|"
                        + f.get("destination").asText() + "|" + f.get("message").asText() + "|"
                        + f.get("provenance").get("source").get("file").asText() + "|"
                        + f.get("provenance").get("destination").get("location").asText());
            }
            assertThat(got).containsExactlyElementsOf(want.findings().stream().map(f -> flat(f)).toList());
        }
        assertThat(expected).isEmpty();
    }

    @Test
    void csvReadsBackAsOneRowPerFindingAndOnePerCleanVerdict() throws Exception {
        List<List<String>> rows = Csv.parse(export(ExportFormat.CSV, new BitSet()));

        assertThat(rows.get(0)).containsExactlyElementsOf(VerdictCsv.COLUMNS);
        Map<String, List<String>> findingsByPair = new LinkedHashMap<>();
        Map<String, String> statusByPair = new LinkedHashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String key = r.get(0) + "|" + r.get(1) + "|" + r.get(2);
            statusByPair.put(key, r.get(3));
            List<String> list = findingsByPair.computeIfAbsent(key, k -> new ArrayList<>());
            if (!r.get(4).isEmpty()) {
                list.add(r.get(4) + "|" + r.get(5) + "|" + r.get(6) + "|" + r.get(7) + "|" + r.get(8) + "|" + r.get(9)
                        + "|" + r.get(10) + "|" + r.get(11) + "|" + r.get(14));
            }
        }
        Map<String, Verdict> expected = expected();
        assertThat(statusByPair.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, want) -> {
            assertThat(statusByPair.get(key)).as(key).isEqualTo(want.status().name());
            assertThat(findingsByPair.get(key)).as(key)
                    .containsExactlyElementsOf(want.findings().stream().map(f -> flat(f)).toList());
        });
    }

    @Test
    void onlyTheSelectedVmsAreWritten() throws Exception {
        BitSet db = new BitSet();
        db.set(1);
        JsonNode doc = new ObjectMapper().readTree(export(ExportFormat.JSON, db));

        assertThat(doc.get("verdicts")).hasSize(36).allMatch(v -> v.get("vm").asText().equals("db"));
        assertThat(doc.get("vms")).hasSize(1);
    }

    @Test
    void tooManyVerdictsIsAClearErrorSuggestingASmallerExport() {
        assertThat(VerdictTable.MAX_VERDICTS).isGreaterThan(4L * 36);
        VerdictSource huge = new ScaledSource(fleet, 1000);
        assertThatThrownBy(() -> VerdictTable.write(ExportFormat.CSV, huge, ReportExporter.all(huge),
                new ByteArrayOutputStream(), ExportProgress.NONE))
                .hasMessageContaining("--vm").hasMessageContaining("--classes");
    }

    private static String flat(Finding f) {
        return f.rule().id() + "|" + f.severity().name() + "|" + f.path() + "|" + f.property() + "|" + f.sourceValue()
                + "|" + f.destinationValue() + "|" + f.message() + "|" + f.sourceProvenance().file() + "|"
                + f.destinationProvenance().location();
    }

    private String export(ExportFormat format, BitSet vms) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerdictTable.write(format, fleet, vms.isEmpty() ? ReportExporter.all(fleet) : vms, out, ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
