package org.qompat.ui.present;

import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.List;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.model.Fleet;
import org.qompat.report.BlockerRanking;
import org.qompat.report.ClassMatrix;
import org.qompat.report.ExportProgress;
import org.qompat.report.FleetSummary;
import org.qompat.report.MatrixCells;
import org.qompat.report.MatrixImage;
import org.qompat.report.RankedBlocker;
import org.qompat.report.VerdictSource;

/**
 * Everything the slides show, computed once off the FX thread from the same report classes the exports use, so a
 * presentation and the HTML report never disagree: the matrix picture, headline numbers, ranked blockers, and the
 * one blocked migration the drill-down slide explains.
 */
public record PresentationData(VerdictSource source, Fleet fleet, MatrixCells cells, FleetSummary summary,
                               BufferedImage matrix, boolean byClass, List<RankedBlocker> blockers, Verdict drillDown) {

    /** Above this many hosts the slide shows host classes: a projector cannot show thousands of rows. */
    static final int MAX_HOSTS_ON_SLIDE = 400;

    /** Computes the data for a matrix picture about {@code targetPixels} high. */
    public static PresentationData compute(VerdictSource source, Fleet fleet, BitSet vms, int targetPixels) {
        MatrixCells cells = MatrixCells.of(source, vms);
        boolean byClass = cells.size() > MAX_HOSTS_ON_SLIDE;
        MatrixCells picture = byClass ? MatrixCells.of(ClassMatrix.of(source), cells.selectedVms()) : cells;
        int scale = Math.max(1, Math.min(64, targetPixels / Math.max(1, picture.size())));
        boolean labels = picture.size() <= 40 && scale >= MatrixImage.LABEL_MIN_SCALE;
        BufferedImage image = MatrixImage.render(picture, new MatrixImage.Options(scale, false, labels),
                ExportProgress.NONE);
        List<RankedBlocker> blockers = BlockerRanking.rank(source, cells.selectedVms());
        return new PresentationData(source, fleet, cells, FleetSummary.of(cells), image, byClass, blockers,
                drillDown(source, blockers));
    }

    /** The full verdict behind the worst blocker's example: every finding of that one migration. */
    static Verdict drillDown(VerdictSource source, List<RankedBlocker> blockers) {
        if (blockers.isEmpty()) return null;
        RankedBlocker b = blockers.get(0);
        int vm = -1;
        for (int i = 0; i < source.vms().size(); i++) if (source.vms().get(i).name().equals(b.exampleVm())) vm = i;
        int from = classNamed(source, b.exampleFrom());
        int to = classNamed(source, b.exampleTo());
        if (vm < 0 || from < 0 || to < 0) return null;
        Verdict v = source.classVerdict(vm, from, to);
        return new Verdict(v.vm(), b.exampleFrom(), b.exampleTo(), v.status(), v.findings());
    }

    private static int classNamed(VerdictSource source, String host) {
        for (HostClass c : source.classes()) {
            if (c.members().stream().anyMatch(h -> h.name().equals(host))) return c.index();
        }
        return -1;
    }
}
