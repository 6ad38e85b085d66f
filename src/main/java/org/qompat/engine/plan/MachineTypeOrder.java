package org.qompat.engine.plan;

import java.util.Comparator;
import org.qompat.model.MachineType;

/** Orders versioned machine type names by version, numerically ({@code pc-q35-10.0} after {@code pc-q35-9.2}). */
public final class MachineTypeOrder {

    /** Newest first; unversioned names last. */
    public static final Comparator<String> NEWEST_FIRST = (a, b) -> compareVersions(version(b), version(a));

    private MachineTypeOrder() {
    }

    public static String family(String machine) {
        String[] split = machine == null ? null : MachineType.splitVersion(machine);
        return split == null ? null : split[0];
    }

    static String version(String machine) {
        String[] split = MachineType.splitVersion(machine);
        return split == null ? "" : split[1];
    }

    static int compareVersions(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int x = i < pa.length ? leadingInt(pa[i]) : 0;
            int y = i < pb.length ? leadingInt(pb[i]) : 0;
            if (x != y) return Integer.compare(x, y);
        }
        return 0;
    }

    private static int leadingInt(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        return end == 0 ? -1 : Integer.parseInt(s.substring(0, end));
    }
}
