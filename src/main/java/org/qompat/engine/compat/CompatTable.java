package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.PropertyValues;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;

/**
 * The table QEMU's {@code scripts/compare-machine-types.py} prints: one row per (driver, property) that some
 * selected machine type's compat table names — abstract drivers expanded to every concrete implementation the
 * build knows — and one column per (build, machine type) with the effective value there (class default, then the
 * compat entries in order, later wins, matched by subtype). Without {@code raw}, only rows whose values differ are
 * kept, with on/true shown as {@code True} and off/false as {@code False}, like the script. Pure.
 */
public record CompatTable(List<Column> columns, List<Row> rows) {

    public static final String UNAVAILABLE_DRIVER = "Unavailable driver";
    public static final String UNKNOWN_PROPERTY = "Unknown property";
    public static final String NO_DEFAULT = "No default value";

    /** One (build, machine type) column. */
    public record Column(String build, String machine) {
        public String label() {
            return build + "\n" + machine;
        }
    }

    /** One (driver, property) row with a value per column. */
    public record Row(String driver, String property, List<String> values) {
    }

    /**
     * @param builds   the builds to compare (each loaded build once)
     * @param machines the machine types to show; null or empty means all of each build's machine types
     * @param raw      keep every row and the values as written
     */
    public static CompatTable of(List<QemuBuild> builds, Collection<String> machines, boolean raw) {
        List<QemuBuild> colBuilds = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (QemuBuild b : builds) {
            List<String> names = new ArrayList<>(machines == null || machines.isEmpty() ? b.machineTypes().keySet()
                    : resolve(b, machines));
            names.sort(MACHINE_ORDER);
            for (String m : names) {
                columns.add(new Column(b.label(), m));
                colBuilds.add(b);
            }
        }
        Set<String[]> rowKeys = new TreeSet<>(Comparator.<String[], String>comparing(k -> k[0])
                .thenComparing(k -> k[1]));
        for (int c = 0; c < columns.size(); c++) {
            QemuBuild b = colBuilds.get(c);
            MachineType mt = b.machineTypes().get(columns.get(c).machine());
            for (CompatProperty p : mt.compatProps()) {
                for (String driver : implementations(b, p.qomType())) rowKeys.add(new String[] {driver, p.property()});
            }
        }
        List<BuildIndex> indexes = new ArrayList<>();
        for (QemuBuild b : colBuilds) indexes.add(new BuildIndex(b));
        List<Row> rows = new ArrayList<>();
        for (String[] key : rowKeys) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                values.add(cell(indexes.get(c), columns.get(c).machine(), key[0], key[1], raw));
            }
            if (raw || new LinkedHashSet<>(values).size() > 1) rows.add(new Row(key[0], key[1], List.copyOf(values)));
        }
        return new CompatTable(List.copyOf(columns), List.copyOf(rows));
    }

    private static List<String> resolve(QemuBuild b, Collection<String> wanted) {
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            b.machine(MachineNames.userName(w)).ifPresent(m -> {
                if (!out.contains(m.name())) out.add(m.name());
            });
        }
        return out;
    }

    /** A concrete driver stays itself; an abstract one becomes every concrete type that inherits from it. */
    static Set<String> implementations(QemuBuild b, String driver) {
        QomType t = b.types().get(driver);
        if (t == null || !t.isAbstract()) return Set.of(driver);
        Set<String> out = new TreeSet<>();
        for (QomType x : b.types().values()) {
            if (!x.isAbstract() && b.isSubtype(x.name(), driver)) out.add(x.name());
        }
        return out.isEmpty() ? Set.of(driver) : out;
    }

    private static String cell(BuildIndex index, String machine, String driver, String property, boolean raw) {
        if (!index.hasType(driver)) return UNAVAILABLE_DRIVER;
        TypeBaseline base = index.baseline(machine, driver);
        EffectiveValue v = base.values().get(property);
        if (v == null) return base.propertiesKnown() ? UNKNOWN_PROPERTY : NO_DEFAULT;
        if (v.value() == null) return NO_DEFAULT;
        if (raw) return v.value();
        if (PropertyValues.isOn(v.value())) return "True";
        if (PropertyValues.isOff(v.value())) return "False";
        return v.value();
    }

    /** By family prefix, then numerically by version, like the script's (prefix, major, minor, micro) sort. */
    static final Comparator<String> MACHINE_ORDER = (a, b) -> {
        String[] sa = MachineType.splitVersion(a);
        String[] sb = MachineType.splitVersion(b);
        if (sa == null || sb == null) return a.compareTo(b);
        int c = sa[0].compareTo(sb[0]);
        if (c != 0) return c;
        String[] va = sa[1].split("\\.");
        String[] vb = sb[1].split("\\.");
        for (int i = 0; i < Math.max(va.length, vb.length); i++) {
            int x = i < va.length ? num(va[i]) : 0;
            int y = i < vb.length ? num(vb[i]) : 0;
            if (x != y) return Integer.compare(x, y);
        }
        return a.compareTo(b);
    };

    private static int num(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
