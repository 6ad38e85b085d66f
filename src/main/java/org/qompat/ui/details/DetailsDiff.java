package org.qompat.ui.details;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.qompat.model.CompatProperty;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.QemuBuild;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;

/**
 * Side-by-side comparison of two hosts (platform, features, CPU flags, firmware, and their builds) or two QEMU
 * builds (machine types, the effective compat values per common machine type, VMState section versions).
 * Absent facts read as "—" so that "only on one side" is a difference like any other.
 */
public final class DetailsDiff {

    static final String ABSENT = "—";

    private DetailsDiff() {
    }

    public static List<DiffRow> hosts(Host a, Host b) {
        List<DiffRow> rows = new ArrayList<>();
        rows.add(new DiffRow("Platform", "QEMU", version(a.build()), version(b.build())));
        rows.add(new DiffRow("Platform", "Kernel", a.kernelRelease(), b.kernelRelease()));
        rows.add(new DiffRow("Platform", "CPU vendor", a.cpu() == null ? ABSENT : a.cpu().vendor(), b.cpu() == null ? ABSENT : b.cpu().vendor()));
        rows.add(new DiffRow("Platform", "CPU model", a.cpu() == null ? ABSENT : a.cpu().modelName(), b.cpu() == null ? ABSENT : b.cpu().modelName()));
        for (String f : union(a.features().keySet(), b.features().keySet())) {
            rows.add(new DiffRow("Platform features", f, feature(a.features().get(f)), feature(b.features().get(f))));
        }
        TreeSet<String> flags = union(a.cpu() == null ? List.of() : a.cpu().flags(), b.cpu() == null ? List.of() : b.cpu().flags());
        for (String f : flags) {
            boolean inA = a.cpu() != null && a.cpu().flags().contains(f);
            boolean inB = b.cpu() != null && b.cpu().flags().contains(f);
            rows.add(new DiffRow("CPU flags", f, inA ? "yes" : ABSENT, inB ? "yes" : ABSENT));
        }
        for (String fw : union(a.firmware().keySet(), b.firmware().keySet())) {
            rows.add(new DiffRow("Firmware", fw, firmware(a.firmware().get(fw)), firmware(b.firmware().get(fw))));
        }
        for (Map.Entry<String, String> l : labels(a, b).entrySet()) {
            rows.add(new DiffRow("Labels", l.getKey(), blank(a.label(l.getKey())), blank(b.label(l.getKey()))));
        }
        if (a.build() != null && b.build() != null && !a.build().id().equals(b.build().id())) rows.addAll(builds(a.build(), b.build()));
        return rows;
    }

    public static List<DiffRow> builds(QemuBuild a, QemuBuild b) {
        List<DiffRow> rows = new ArrayList<>();
        rows.add(new DiffRow("Build", "Version", version(a), version(b)));
        rows.add(new DiffRow("Build", "Package", blank(a.packageString()), blank(b.packageString())));
        rows.add(new DiffRow("Build", "Default machine type", a.defaultMachine().map(MachineType::name).orElse(ABSENT),
                b.defaultMachine().map(MachineType::name).orElse(ABSENT)));
        TreeSet<String> machines = union(a.machineTypes().keySet(), b.machineTypes().keySet());
        for (String m : machines) {
            rows.add(new DiffRow("Machine types", m, machine(a.machineTypes().get(m)), machine(b.machineTypes().get(m))));
        }
        for (String m : machines) {
            MachineType ma = a.machineTypes().get(m);
            MachineType mb = b.machineTypes().get(m);
            if (ma == null || mb == null) continue;
            Map<String, String> ea = effective(ma);
            Map<String, String> eb = effective(mb);
            for (String key : union(ea.keySet(), eb.keySet())) {
                rows.add(new DiffRow("Compat table of " + m, key, ea.getOrDefault(key, ABSENT), eb.getOrDefault(key, ABSENT)));
            }
        }
        for (String m : union(a.vmstateByMachine().keySet(), b.vmstateByMachine().keySet())) {
            VmStateDump da = a.vmstateByMachine().get(m);
            VmStateDump db = b.vmstateByMachine().get(m);
            if (da == null || db == null) continue;
            for (String s : union(da.sections().keySet(), db.sections().keySet())) {
                rows.add(new DiffRow("VMState of " + m, s, section(da.sections().get(s)), section(db.sections().get(s))));
            }
        }
        return rows;
    }

    /** The compat table after "later wins": qom-type.property → value (origin array). */
    static Map<String, String> effective(MachineType m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CompatProperty c : m.compatProps()) {
            String origin = c.origin() == null || c.origin().isBlank() ? "" : " (" + c.origin() + ")";
            out.put(c.qomType() + "." + c.property(), c.value() + origin);
        }
        return out;
    }

    private static Map<String, String> labels(Host a, Host b) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String k : union(a.labels().keySet(), b.labels().keySet())) keys.put(k, k);
        return keys;
    }

    private static String version(QemuBuild b) {
        return b == null ? ABSENT : b.version().toString();
    }

    private static String feature(PlatformFeature f) {
        if (f == null) return ABSENT;
        return f.available() == null ? "unknown" : f.available() ? "available" : "missing";
    }

    private static String firmware(FirmwareFile f) {
        if (f == null) return ABSENT;
        String hash = f.sha256() == null ? "" : " · " + f.sha256().substring(0, Math.min(12, f.sha256().length()));
        return f.size() + " bytes" + hash;
    }

    private static String machine(MachineType m) {
        if (m == null) return ABSENT;
        StringBuilder sb = new StringBuilder("registered");
        if (m.deprecated()) sb.append(", deprecated");
        if (m.alias() != null && !m.alias().isBlank()) sb.append(", alias ").append(m.alias());
        return sb.toString();
    }

    private static String section(VmStateSection s) {
        return s == null ? ABSENT : "version " + s.versionId() + " (min " + s.minimumVersionId() + ")"
                + (s.unmigratable() ? ", unmigratable" : "");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? ABSENT : s;
    }

    private static TreeSet<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        TreeSet<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
