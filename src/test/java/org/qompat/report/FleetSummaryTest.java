package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetSummaryTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @Test
    void countsEveryVmAndHostPairWeightedByClassSize() {
        FleetSummary s = FleetSummary.of(MatrixCells.of(fleet, ReportExporter.all(fleet)));

        assertThat(s.hosts()).isEqualTo(6);
        assertThat(s.classes()).isEqualTo(3);
        assertThat(s.vms()).isEqualTo(4);
        assertThat(s.combinations()).isEqualTo(4 * 36);
        assertThat(s.blocked()).isEqualTo(8 + 9 + 36);
        assertThat(s.warn()).isEqualTo(8);
        assertThat(s.unknown()).isEqualTo(6);
        assertThat(s.ok()).isEqualTo(20 + 30 + 27);
        // nvme is blocked everywhere, so no host pair takes every VM
        assertThat(s.hostPairsAllMovable()).isZero();
    }

    @Test
    void hostPairsThatTakeEverySelectedVm() {
        FleetSummary s = FleetSummary.of(MatrixCells.of(fleet, List.of("web", "db", "uso")));

        // not: mid/new → old (web blocked), anything → mid (db unknown); 36 - 8 - 6
        assertThat(s.hostPairsAllMovable()).isEqualTo(22);
        assertThat(s.hostPairs()).isEqualTo(36);
    }
}
