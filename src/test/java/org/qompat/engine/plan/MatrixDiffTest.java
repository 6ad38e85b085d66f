package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Rule;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Vm;

class MatrixDiffTest {

    private final Host a = PlanFixtures.host("a", null, true, null, Set.of());
    private final Host b = PlanFixtures.host("b", null, false, null, Set.of());
    private final Host c = PlanFixtures.host("c", null, true, null, Set.of());
    private final Vm web = PlanFixtures.vm("web", "pc-q35-7.2", "Haswell-v4", "a", "true");

    /** USO on: blocked into any host without tap USO. */
    private final FakeGrid.Cell uso = (vm, from, to) -> Boolean.TRUE.equals(to.features().get(PlanFixtures.USO)
            .available()) ? FakeGrid.ok(vm, from, to)
            : FakeGrid.blocked(vm, from, to, Rule.PLATFORM_FEATURE, "host_uso", "no tap USO");

    @Test
    void changed_added_and_removed_cells_are_told_apart() {
        FakeGrid before = FakeGrid.eachHostItsClass(List.of(a, b), List.of(web), uso);
        Host bUpgraded = PlanFixtures.host("b", null, true, null, Set.of());
        FakeGrid after = FakeGrid.eachHostItsClass(List.of(bUpgraded, c), List.of(web), uso);
        MatrixDiff d = MatrixDiff.compute(before, after);
        // b→b and a→b were blocked... a is gone; b→b flips to OK
        assertThat(d.find("web", "b", "b")).isEqualTo(
                new CellChange("web", "b", "b", VerdictStatus.BLOCKED, VerdictStatus.OK));
        assertThat(d.changedCells()).isEqualTo(1);
        assertThat(d.improvedCells()).isEqualTo(1);
        assertThat(d.worsenedCells()).isZero();
        assertThat(d.removedCells()).isEqualTo(3); // a→a, a→b, b→a
        assertThat(d.addedCells()).isEqualTo(3); // b→c, c→b, c→c
        assertThat(d.find("web", "c", "c").before()).isNull();
        assertThat(d.find("web", "a", "a").after()).isNull();
        assertThat(d.statusCountsBefore()).containsEntry(VerdictStatus.BLOCKED, 2L).containsEntry(VerdictStatus.OK, 2L);
        assertThat(d.statusCountsAfter()).containsEntry(VerdictStatus.OK, 4L);
    }

    @Test
    void identical_matrices_have_no_changes() {
        FakeGrid g = FakeGrid.eachHostItsClass(List.of(a, b, c), List.of(web), uso);
        MatrixDiff d = MatrixDiff.compute(g, g);
        assertThat(d.changes()).isEmpty();
        assertThat(d.changedCells() + d.addedCells() + d.removedCells()).isZero();
    }
}
