package org.qompat.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.engine.VerdictStatus;

class PairDataTest {

    private final SyntheticMatrixSource source = new SyntheticMatrixSource(20, 4, 30, 11);

    @Test
    void fleetCountsEveryCountedVmOncePerClassPair() {
        BitSet vms = new BitSet();
        vms.set(0, 30);
        vms.clear(3);
        PairData p = PairData.fleet(source, vms);
        assertThat(p.total()).isEqualTo(29);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                int expectedMovable = 0;
                int sum = 0;
                for (int v = 0; v < 30; v++) {
                    if (v == 3) continue;
                    VerdictStatus s = source.classStatus(v, a, b);
                    if (s == VerdictStatus.OK || s == VerdictStatus.WARN) expectedMovable++;
                }
                for (VerdictStatus s : VerdictStatus.values()) sum += p.count(s, a, b);
                assertThat(sum).isEqualTo(29);
                assertThat(p.movable(a, b)).isEqualTo(expectedMovable);
                assertThat(p.argb(a, b)).isEqualTo(MatrixPalette.forShare(expectedMovable / 29.0));
            }
        }
    }

    @Test
    void vmModeColoursByThatVmsVerdict() {
        PairData p = PairData.vm(source, 5);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                VerdictStatus s = source.classStatus(5, a, b);
                assertThat(p.worst(a, b)).isEqualTo(s);
                assertThat(p.argb(a, b)).isEqualTo(MatrixPalette.forStatus(s));
            }
        }
    }

    @Test
    void summaryWeighsClassPairsByTheirHostsSoExpandingChangesNothing() {
        BitSet hosts = new BitSet();
        hosts.set(0, 20);
        BitSet vms = new BitSet();
        vms.set(0, 30);
        PairData p = PairData.fleet(source, vms);
        MatrixSummary collapsed = MatrixSummary.of(MatrixAxis.build(source, hosts, Set.of()), p);
        MatrixSummary expanded = MatrixSummary.of(MatrixAxis.build(source, hosts, Set.of(0, 1, 2, 3)), p);
        assertThat(collapsed).isEqualTo(expanded);
        assertThat(collapsed.pairs()).isEqualTo(400);
        assertThat(collapsed.totalMoves()).isEqualTo(400L * 30);
        long movable = 0;
        for (int h1 = 0; h1 < 20; h1++) {
            for (int h2 = 0; h2 < 20; h2++) movable += p.movable(source.classOf(h1), source.classOf(h2));
        }
        long all = 0;
        long none = 0;
        for (int h1 = 0; h1 < 20; h1++) {
            for (int h2 = 0; h2 < 20; h2++) {
                int m = p.movable(source.classOf(h1), source.classOf(h2));
                if (m == 30) all++;
                if (m == 0) none++;
            }
        }
        assertThat(collapsed.allMovablePairs()).as("host pairs every counted VM can take").isEqualTo(all);
        assertThat(collapsed.noneMovablePairs()).as("host pairs no counted VM can take").isEqualTo(none);
        assertThat(collapsed.movableMoves()).isEqualTo(movable);
    }

    @Test
    void noCountedVmsMeansEmptyCells() {
        PairData p = PairData.fleet(source, new BitSet());
        assertThat(p.worst(0, 1)).isNull();
        assertThat(p.argb(0, 1)).isEqualTo(MatrixPalette.EMPTY);
    }
}
