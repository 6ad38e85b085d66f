package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code qompat vmstate-diff} on the real -dump-vmstate of QEMU 7.2.22 and 10.0.2 (both for pc-q35-7.2). Where the
 * test can, it derives the expectation from the raw JSON itself instead of trusting the command.
 */
class VmStateDiffCommandTest {

    private static final String C = "src/test/resources/captures/";
    private static final String D72 = C + "qemu-7.2/dump-vmstate-pc-q35-7.2.json";
    private static final String D100 = C + "qemu-10.0/dump-vmstate-pc-q35-7.2.json";

    /** Sections of {@code src} that {@code dst} lacks, also under the checker's section renames. */
    private static List<String> missingSections(String src, String dst) throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(new File(src));
        JsonNode b = m.readTree(new File(dst));
        Map<String, String> renames = Map.of("ICH9 LPC", "ICH9-LPC", "ICH9-LPC", "ICH9 LPC", "e1000-82540em", "e1000",
                "e1000", "e1000-82540em");
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equals("vmschkmachine") || b.has(k) || b.has(renames.getOrDefault(k, ""))) continue;
            out.add(k);
        }
        return out;
    }

    @Test
    void forwardSevenTwoToTenZeroReportsTheCheckersErrors() throws Exception {
        CliRun r = CliRun.of("vmstate-diff", D72, D100, "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(r.exit()).isEqualTo(root.path("errors").asInt()).isEqualTo(12);
        List<String> missing = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode s : root.path("sections")) {
            for (JsonNode i : s.path("issues")) {
                if (i.path("kind").asText().equals("SECTION_MISSING")) missing.add(s.path("section").asText());
                messages.add(i.path("message").asText());
            }
        }
        assertThat(missing).containsExactlyInAnyOrderElementsOf(missingSections(D72, D100));
        // the esp state machine renamed a field and gained subsections; e1000e reordered its interrupt timers
        assertThat(messages).contains(
                "Section \"e1000e\", Description \"e1000e\": expected field \"core.eitr_guest_value\", got"
                        + " \"core.itr_guest_value\"; skipping rest",
                "Section \"am53c974\", Description \"esp\": expected field \"data_in_ready\", got \"data_ready\";"
                        + " skipping rest",
                "Section \"am53c974\" Description \"esp\": Entry \"Subsections\" missing");
        assertThat(root.path("machineWarning").isNull()).isTrue();
    }

    @Test
    void reverseChecksTenZeroToSevenTwoGroupedWithBothValues() throws Exception {
        CliRun r = CliRun.of("vmstate-diff", "--reverse", D72, D100);
        assertThat(r.exit()).isEqualTo(38);
        assertThat(r.out()).contains("Section \"am53c974\": 2 errors")
                .contains("esp: version too new for destination")
                .contains("source: 7   destination: 6")
                .contains("38 errors in 34 of 231 source sections");
        for (String s : missingSections(D100, D72)) assertThat(r.out()).contains("Section \"" + s + "\" does not exist in dest");
        assertThat(missingSections(D100, D72)).hasSize(23);
    }

    @Test
    void sameDumpHasNoErrorsAndOtherMachineWarns() {
        CliRun same = CliRun.of("vmstate-diff", D100, D100);
        assertThat(same.exit()).isZero();
        assertThat(same.out()).contains("0 errors");
        CliRun other = CliRun.of("vmstate-diff", C + "qemu-10.0/dump-vmstate-pc-q35-10.0.json", D100);
        assertThat(other.exit()).isZero();
        assertThat(other.out()).startsWith("Warning: checking incompatible machine types: \"pc-q35-10.0\", \"pc-q35-7.2\"");
    }

    @Test
    void unreadableInputExits255WithTheReason() {
        CliRun r = CliRun.of("vmstate-diff", C + "qemu-7.2/version.txt", D100);
        assertThat(r.exit()).isEqualTo(255);
        assertThat(r.err()).contains("version.txt");
    }
}
