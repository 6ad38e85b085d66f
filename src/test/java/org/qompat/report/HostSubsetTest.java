package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Rule;

/** Exports of the hosts the window includes: left-out hosts and classes vanish, the verdicts stay the engine's. */
class HostSubsetTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @Test
    void leavingOutTheOldHostsRemovesTheirClassAndTheBlockersTowardsThem() {
        BitSet included = new BitSet();
        for (int i = 0; i < fleet.hosts().size(); i++) {
            if (!fleet.hosts().get(i).name().startsWith("old-")) included.set(i);
        }
        VerdictSource subset = HostSubset.of(fleet, included);

        assertThat(subset.hosts()).extracting(h -> h.name()).containsExactly("mid-1", "new-1", "new-2", "new-3");
        FleetSummary s = FleetSummary.of(MatrixCells.of(subset, new BitSet()));
        assertThat(s.hosts()).isEqualTo(4);
        assertThat(s.classes()).isEqualTo(2);
        // without old hosts: web never blocked; uso blocked new → mid only (3 pairs); nvme all 16
        List<RankedBlocker> ranked = BlockerRanking.rank(subset, ReportExporter.all(subset));
        assertThat(ranked).extracting(RankedBlocker::rule).containsExactly(Rule.MIGRATION_BLOCKER, Rule.PLATFORM_FEATURE);
        assertThat(ranked.get(1).combinations()).isEqualTo(3);
        String html = HtmlReport.render(subset, new BitSet(), fleet.context(), ExportProgress.NONE);
        assertThat(html).contains("Host classes (2)").contains("new-1, new-2, new-3").doesNotContain("old-1, old-2");
        VerdictSource classes = ClassMatrix.of(subset);
        assertThat(classes.hosts()).extracting(h -> h.name()).containsExactly("class 2: mid-1", "class 3: new-1 +2");
        assertThat(classes.classVerdict(2, 1, 0).status()).isEqualTo(fleet.classVerdict(2, 2, 1).status());
    }

    @Test
    void everyHostIncludedIsTheSourceItself() {
        BitSet all = new BitSet();
        all.set(0, 6);
        assertThat(HostSubset.of(fleet, all)).isSameAs(fleet);
    }
}
