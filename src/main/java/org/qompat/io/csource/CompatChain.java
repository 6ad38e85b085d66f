package org.qompat.io.csource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qompat.model.CompatProperty;
import org.qompat.model.QemuVersion;

/**
 * The documented accumulation of compat arrays (qemu-reference §1.4), used when a board file is not at hand:
 * machine X.Y gets {@code hw_compat_A_B} then {@code pc_compat_A_B} for every A.B ≥ X.Y, newest first, so on a
 * conflict the oldest array's value wins.
 */
final class CompatChain {

    private static final Pattern ARRAY_VERSION = Pattern.compile("(?:hw|pc)_compat_(\\d+)_(\\d+)");

    private CompatChain() {
    }

    static void tables(String prefix, QemuVersion checkout, Map<String, CompatArrays.Array> arrays,
                       Map<String, List<CompatProperty>> out) {
        TreeSet<int[]> versions = new TreeSet<>(Comparator.<int[]>comparingInt(v -> v[0]).thenComparingInt(v -> v[1]));
        versions.add(new int[] {checkout.major(), checkout.minor()});
        for (String name : arrays.keySet()) {
            Matcher m = ARRAY_VERSION.matcher(name);
            if (m.matches()) versions.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        for (int[] machine : versions) {
            List<CompatProperty> table = new ArrayList<>();
            for (int[] v : versions.descendingSet()) {
                if (v[0] < machine[0] || v[0] == machine[0] && v[1] < machine[1]) break;
                String suffix = v[0] + "_" + v[1];
                CompatArrays.Array hw = arrays.get("hw_compat_" + suffix);
                CompatArrays.Array pc = arrays.get("pc_compat_" + suffix);
                if (hw != null) append(hw, table);
                if (pc != null) append(pc, table);
            }
            out.put(prefix + "-" + machine[0] + "." + machine[1], table);
        }
    }

    static void append(CompatArrays.Array array, List<CompatProperty> table) {
        for (CompatArrays.Entry e : array.entries()) table.add(QemuSourceCheckout.property(array, e));
    }
}
