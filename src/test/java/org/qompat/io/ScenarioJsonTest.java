package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;

class ScenarioJsonTest {

    private final Scenario scenario = new Scenario("kernel upgrade", "old hosts get 6.8", List.of(
            new ScenarioChange.UseKernelOf(List.of("old-1", "old-2"), "new-1"),
            new ScenarioChange.UseBuild(List.of("old-1"), "qemu-10.0.2-abc", "10.0.2 (Debian)"),
            new ScenarioChange.SetFeatures(List.of("old-2"), "6.8.0", Map.of("tap-uso", true, "kvm", false)),
            new ScenarioChange.AddCopies("new-1", 3, "spare"),
            new ScenarioChange.RemoveHosts(List.of("old-3"))));

    @Test
    void save_and_open_round_trip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("what-if.json");
        ScenarioJson.write(scenario, file, List.of());
        String text = Files.readString(file);
        assertThat(text).contains("\"format\" : \"qompat.scenario/1\"").contains("\"kind\" : \"use-kernel-of\"");
        assertThat(ScenarioJson.read(file)).isEqualTo(scenario);
        // no temp file left beside it
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refuses_to_overwrite_an_input(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("host.json");
        Files.writeString(input, "{}");
        assertThatThrownBy(() -> ScenarioJson.write(scenario, input, List.of(input)))
                .hasMessageContaining("it was loaded as input");
        assertThat(Files.readString(input)).isEqualTo("{}");
    }

    @Test
    void bad_input_names_the_pointer_and_what_was_expected() {
        String bad = "{\"format\":\"qompat.scenario/1\",\"changes\":[{\"kind\":\"remove-hosts\",\"hosts\":[\"a\"]},"
                + "{\"kind\":\"add-copies\",\"template\":\"a\",\"count\":\"three\"}]}";
        assertThatThrownBy(() -> ScenarioJson.parse(bad.getBytes(StandardCharsets.UTF_8), "s.json"))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("s.json");
                    assertThat(e.location()).isEqualTo("/changes/1/count");
                    assertThat(e.getMessage()).contains("expected a 32-bit integer");
                });
        String wrongKind = "{\"format\":\"qompat.scenario/1\",\"changes\":[{\"kind\":\"explode\"}]}";
        assertThatThrownBy(() -> ScenarioJson.parse(wrongKind.getBytes(StandardCharsets.UTF_8), "s.json"))
                .isInstanceOfSatisfying(FormatException.class,
                        e -> assertThat(e.location()).isEqualTo("/changes/0/kind"));
        String future = "{\"format\":\"qompat.scenario/2\",\"changes\":[]}";
        assertThatThrownBy(() -> ScenarioJson.parse(future.getBytes(StandardCharsets.UTF_8), "s.json"))
                .hasMessageContaining("unsupported format version");
    }
}
