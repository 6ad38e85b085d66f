package org.qompat.ui.plan;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.CellChange;
import org.qompat.engine.plan.MatrixDiff;
import org.qompat.engine.plan.VerdictGrid;

/** Builds {@link MiniMatrix.Data} from the engine's verdicts: one VM's statuses, or the fleet's movable share. */
public final class MatrixData {

    private MatrixData() {
    }

    /** One VM's verdict per host pair; cells listed in {@code diff} outlined with their old verdict. */
    public static MiniMatrix.Data forVm(VerdictGrid grid, int vm, MatrixDiff diff) {
        int n = grid.hosts().size();
        List<String> names = names(grid);
        Color[][] fill = new Color[n][n];
        String[][] glyph = new String[n][n];
        boolean[][] changed = new boolean[n][n];
        String[][] hover = new String[n][n];
        String vmName = grid.vms().get(vm).name();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                VerdictStatus s = grid.status(vm, r, c);
                fill[r][c] = StatusColors.of(s);
                glyph[r][c] = StatusColors.glyph(s);
                CellChange ch = diff == null ? null : diff.find(vmName, names.get(r), names.get(c));
                changed[r][c] = ch != null;
                hover[r][c] = vmName + ": " + names.get(r) + " → " + names.get(c) + "  " + s
                        + (ch == null ? "" : ch.before() == null ? "  (new)" : "  (was " + ch.before() + ")");
            }
        }
        return new MiniMatrix.Data(names, fill, glyph, changed, hover);
    }

    /** Share of all VMs that can move per host pair; a cell is outlined when any VM's verdict there changed. */
    public static MiniMatrix.Data forFleet(VerdictGrid grid, MatrixDiff diff) {
        int n = grid.hosts().size();
        int vms = grid.vms().size();
        List<String> names = names(grid);
        java.util.Set<String> changedPairs = new java.util.HashSet<>();
        if (diff != null) for (CellChange ch : diff.changes()) changedPairs.add(ch.from() + "\u0000" + ch.to());
        Color[][] fill = new Color[n][n];
        String[][] glyph = new String[n][n];
        boolean[][] changed = new boolean[n][n];
        String[][] hover = new String[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int movable = 0;
                for (int v = 0; v < vms; v++) if (VerdictGrid.movable(grid.status(v, r, c))) movable++;
                double share = vms == 0 ? Double.NaN : (double) movable / vms;
                fill[r][c] = StatusColors.share(share);
                glyph[r][c] = vms == 0 ? null : Integer.toString(movable);
                changed[r][c] = changedPairs.contains(names.get(r) + "\u0000" + names.get(c));
                hover[r][c] = names.get(r) + " → " + names.get(c) + "  " + movable + " of " + vms + " VMs can move"
                        + (changed[r][c] ? "  (changed)" : "");
            }
        }
        return new MiniMatrix.Data(names, fill, glyph, changed, hover);
    }

    private static List<String> names(VerdictGrid grid) {
        List<String> out = new ArrayList<>();
        grid.hosts().forEach(h -> out.add(h.name()));
        return out;
    }
}
