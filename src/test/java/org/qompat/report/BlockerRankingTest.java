package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Rule;

class BlockerRankingTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @Test
    void ranksBlockersByTheVmHostPairCombinationsTheyBlock() {
        List<RankedBlocker> ranked = BlockerRanking.rank(fleet, ReportExporter.all(fleet));

        assertThat(ranked).extracting(RankedBlocker::rule)
                .containsExactly(Rule.MIGRATION_BLOCKER, Rule.MACHINE_TYPE, Rule.PLATFORM_FEATURE);
        // nvme: every one of the 6 × 6 host pairs, the diagonal included, and nothing else blocks it
        assertThat(ranked.get(0).combinations()).isEqualTo(36);
        assertThat(ranked.get(0).soleCause()).isEqualTo(36);
        // machine-type: web from the 4 mid/new hosts to the 2 old ones (alone), uso from 3 new to 2 old (with USO)
        assertThat(ranked.get(1).combinations()).isEqualTo(8 + 6);
        assertThat(ranked.get(1).soleCause()).isEqualTo(8);
        assertThat(ranked.get(1).vms()).containsExactly("web", "uso");
        // host_uso: uso from the 3 new hosts to the 2 old ones and to the mid one; alone only towards mid
        assertThat(ranked.get(2).combinations()).isEqualTo(9);
        assertThat(ranked.get(2).soleCause()).isEqualTo(3);
        assertThat(ranked.get(2).subject()).isEqualTo("host_uso at /machine/peripheral/net0");
    }

    @Test
    void anExampleNamesARealPairWhereTheBlockerOccurs() {
        RankedBlocker uso = BlockerRanking.rank(fleet, ReportExporter.all(fleet)).get(2);

        assertThat(uso.exampleVm()).isEqualTo("uso");
        assertThat(uso.exampleFrom()).startsWith("new-");
        assertThat(uso.exampleTo()).isIn("old-1", "mid-1");
        assertThat(uso.example().sourceProvenance().file()).isEqualTo("vms/vm.json");
    }

    @Test
    void onlyTheSelectedVmsCount() {
        BitSet webOnly = new BitSet();
        webOnly.set(0);

        List<RankedBlocker> ranked = BlockerRanking.rank(fleet, webOnly);

        assertThat(ranked).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(Rule.MACHINE_TYPE);
            assertThat(b.combinations()).isEqualTo(8);
        });
    }
}
