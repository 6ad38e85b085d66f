package org.qompat.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatrixAxisTest {

    /** 12 hosts in 3 classes of 4: hosts 0-3 → class 0, 4-7 → class 1, 8-11 → class 2. */
    private final SyntheticMatrixSource source = new SyntheticMatrixSource(12, 3, 2, 7);

    private static BitSet all(int n) {
        BitSet b = new BitSet();
        b.set(0, n);
        return b;
    }

    @Test
    void collapsedClassesAreOneEntryEach() {
        MatrixAxis axis = MatrixAxis.build(source, all(12), Set.of());
        assertThat(axis.size()).isEqualTo(3);
        assertThat(axis.isClassEntry(1)).isTrue();
        assertThat(axis.hostsAt(1)).containsExactly(4, 5, 6, 7);
        assertThat(axis.indexOfHost(6)).isEqualTo(1);
        assertThat(axis.label(source, 2)).isEqualTo("C3 · 4 hosts");
    }

    @Test
    void expandingAClassInsertsItsHostsInPlace() {
        MatrixAxis axis = MatrixAxis.build(source, all(12), Set.of(1));
        assertThat(axis.size()).isEqualTo(6); // C1, h4, h5, h6, h7, C3
        assertThat(axis.hostAt(0)).isEqualTo(-1);
        assertThat(axis.hostAt(1)).isEqualTo(4);
        assertThat(axis.hostAt(4)).isEqualTo(7);
        assertThat(axis.classAt(5)).isEqualTo(2);
        assertThat(axis.groupAt(3).start()).isEqualTo(1);
        assertThat(axis.groupAt(3).length()).isEqualTo(4);
        assertThat(axis.indexOfHost(9)).isEqualTo(5);
    }

    @Test
    void excludedHostsDisappearAndEmptyClassesWithThem() {
        BitSet hosts = all(12);
        hosts.clear(4, 8); // all of class 1
        hosts.clear(0);
        MatrixAxis axis = MatrixAxis.build(source, hosts, Set.of(0, 1, 2));
        assertThat(axis.size()).isEqualTo(7); // 3 of class 0, 4 of class 2
        assertThat(axis.groups()).extracting(MatrixAxis.Group::classIndex).containsExactly(0, 2);
        assertThat(axis.indexOfHost(0)).isEqualTo(-1);
        assertThat(axis.indexOfHost(5)).isEqualTo(-1);
        assertThat(axis.includedMembers(0)).isEqualTo(3);
    }
}
