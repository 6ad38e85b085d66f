package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;

class HostSelectorTest {

    private final List<Host> hosts = List.of(
            PlanFixtures.host("east-1", null, true, "east", Set.of()).withLabels(Map.of("cluster", "east", "rack", "r1")),
            PlanFixtures.host("east-2", null, true, "east", Set.of()).withLabels(Map.of("cluster", "east", "rack", "r2")),
            PlanFixtures.host("west-1", null, false, "west", Set.of()));

    private List<String> names(String selector) {
        return HostSelector.parse(selector).select(hosts).stream().map(Host::name).toList();
    }

    @Test
    void label_selector_matches_every_pair() {
        assertThat(names("cluster=east")).containsExactly("east-1", "east-2");
        assertThat(names("cluster=east,rack=r2")).containsExactly("east-2");
        assertThat(names("rack=r*")).containsExactly("east-1", "east-2");
        assertThat(names("cluster=north")).isEmpty();
    }

    @Test
    void names_and_globs() {
        assertThat(names("west-1,east-2")).containsExactly("east-2", "west-1");
        assertThat(names("*-1")).containsExactly("east-1", "west-1");
        assertThat(HostSelector.parse("east-1,nope").unmatchedNames(hosts)).containsExactly("nope");
    }

    @Test
    void mixing_labels_and_names_is_refused() {
        assertThatThrownBy(() -> HostSelector.parse("east-1,cluster=east"))
                .hasMessageContaining("mixes label terms");
        assertThatThrownBy(() -> HostSelector.parse(" ")).hasMessageContaining("empty");
    }
}
