package org.qompat.engine.plan;

import java.util.EnumMap;
import java.util.Map;
import org.qompat.engine.VerdictStatus;

/** How many host-pair cells (the diagonal included) of one VM's matrix have each verdict. */
public final class StatusCounts {

    private StatusCounts() {
    }

    public static Map<VerdictStatus, Long> ofVm(VerdictGrid grid, int vm) {
        int[] sizes = grid.classSizes();
        Map<VerdictStatus, Long> out = new EnumMap<>(VerdictStatus.class);
        for (int a = 0; a < sizes.length; a++) {
            for (int b = 0; b < sizes.length; b++) {
                out.merge(grid.classStatus(vm, a, b), (long) sizes[a] * sizes[b], Long::sum);
            }
        }
        return out;
    }

    /** "4 OK, 2 BLOCKED" in verdict order, zero counts left out. */
    public static String describe(Map<VerdictStatus, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (VerdictStatus s : VerdictStatus.values()) {
            Long n = counts.get(s);
            if (n == null || n == 0) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(n).append(' ').append(s);
        }
        return sb.length() == 0 ? "no cells" : sb.toString();
    }
}
