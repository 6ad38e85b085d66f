package org.qompat.io.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.io.json.BuildIds;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuModel;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomType;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;

/**
 * Describes QEMU builds that were not collected, from a collected newer build and the compat facts of
 * qemu-reference.md §1.4–1.6. Every rule here is a documented derivation, not a measurement:
 * <ul>
 * <li>machine types newer than the release are dropped; its newest {@code pc-q35}/{@code pc-i440fx} become the
 * {@code q35}/{@code pc} aliases (i440fx the default);</li>
 * <li>compat tables: QEMU appends arrays newest first, so the collected table of {@code pc-q35-X} begins with the
 * table of every newer type. The derived table of {@code pc-q35-X} is the collected one without the prefix
 * that is the collected table of the release's own newest type (the arrays the older binary never had); the
 * non-versioned base entries (the collected newest type's table) stay from 9.0 on, when they appeared;</li>
 * <li>QEMU 8.2 to 9.0.0 carried the virtio-net USO rows in {@code hw_compat_8_0} instead of {@code hw_compat_8_1}
 * (Fiona Ebner's fix, commit 9710401276a0, in 9.0.1/9.1): with {@code usoInEightZero}, {@code pc-q35-8.1} loses
 * them and older types carry them in the 8.0 position;</li>
 * <li>a property the older collected build (7.2) lacks and that a dropped array pins was introduced after the
 * release (QEMU pins new properties in the array of the release that introduced them) and is removed.</li>
 * </ul>
 */
public final class DerivedBuilds {

    private static final Set<String> USO = Set.of("host_uso", "guest_uso4", "guest_uso6");
    private static final List<String> FAMILIES = List.of("pc-q35", "pc-i440fx");

    private DerivedBuilds() {
    }

    public static QemuBuild olderRelease(QemuBuild newer, QemuBuild oldest, QemuVersion release, String pkg,
                                         boolean usoInEightZero) {
        String how = "derived from QEMU " + newer.version() + " for " + release;
        Map<String, MachineType> machines = new LinkedHashMap<>();
        Map<String, List<CompatProperty>> tables = new LinkedHashMap<>();
        List<CompatProperty> dropped = new ArrayList<>();
        QemuVersion series = new QemuVersion(release.major(), release.minor(), 0);
        for (MachineType m : newer.machineTypes().values()) {
            String[] fv = MachineType.splitVersion(m.name());
            if (fv == null || !FAMILIES.contains(fv[0])) {
                machines.put(m.name(), m);
                continue;
            }
            if (QemuVersion.parse(fv[1]).compareTo(series) > 0) continue;
            MachineType newestOld = newer.machineTypes().get(fv[0] + "-" + release.major() + "." + release.minor());
            MachineType newestNew = newer.machine(fv[0].equals("pc-q35") ? "q35" : "pc").orElseThrow();
            List<CompatProperty> prefix = newestOld.compatProps();
            List<CompatProperty> table = m.compatProps();
            if (table.size() < prefix.size() || !sameEntries(table.subList(0, prefix.size()), prefix)) {
                throw new IllegalStateException(m.name() + "'s compat table does not start with "
                        + newestOld.name() + "'s: cannot derive " + release);
            }
            List<CompatProperty> derived = new ArrayList<>();
            int base = 0;
            if (release.atLeast(9, 0, 0)) {
                derived.addAll(newestNew.compatProps());
                base = newestNew.compatProps().size();
            }
            dropped.addAll(prefix.subList(Math.min(base, prefix.size()), prefix.size()));
            derived.addAll(table.subList(prefix.size(), table.size()));
            tables.put(m.name(), derived);
        }
        if (usoInEightZero) moveUsoToEightZero(tables, how);
        for (Map.Entry<String, List<CompatProperty>> e : tables.entrySet()) {
            MachineType m = newer.machineTypes().get(e.getKey());
            String[] fv = MachineType.splitVersion(m.name());
            boolean newest = QemuVersion.parse(fv[1]).equals(series);
            String alias = newest ? (fv[0].equals("pc-q35") ? "q35" : "pc") : null;
            machines.put(m.name(), new MachineType(m.name(), alias, newest && fv[0].equals("pc-i440fx"),
                    m.deprecated(), m.defaultCpuType(), e.getValue().stream().map(p -> reprovenance(p, how)).toList(),
                    true, Provenance.derived(m.provenance().file(), how)));
        }
        Map<String, QomType> types = pruneProperties(newer, oldest, dropped);
        Map<String, CpuModel> cpus = new LinkedHashMap<>(newer.cpuModels());
        cpus.keySet().removeIf(n -> n.startsWith("ClearwaterForest")); // new in 10.0
        Map<String, VmStateDump> vmstate = new LinkedHashMap<>();
        newer.vmstateByMachine().forEach((k, v) -> {
            if (machines.containsKey(k)) vmstate.put(k, v);
        });
        return BuildIds.withContentId(new QemuBuild("", release, pkg, machines, types, cpus, vmstate,
                Provenance.derived(newer.provenance().file(), how)));
    }

    /**
     * The three USO rows leave {@code } and, in older types, move to where hw_compat_8_0 begins: right after
     * the entries the type shares with {@code }.
     */
    private static void moveUsoToEightZero(Map<String, List<CompatProperty>> tables, String how) {
        for (String family : FAMILIES) {
            List<CompatProperty> t81 = tables.get(family + "-8.1");
            if (t81 == null) continue;
            int shared = t81.size();
            for (Map.Entry<String, List<CompatProperty>> e : tables.entrySet()) {
                String[] fv = MachineType.splitVersion(e.getKey());
                if (!fv[0].equals(family) || QemuVersion.parse(fv[1]).compareTo(new QemuVersion(8, 1, 0)) > 0) {
                    continue;
                }
                List<CompatProperty> table = e.getValue();
                List<CompatProperty> head = new ArrayList<>(table.subList(0, Math.min(shared, table.size())));
                List<CompatProperty> uso = head.stream().filter(DerivedBuilds::isUso).toList();
                head.removeIf(DerivedBuilds::isUso);
                List<CompatProperty> out = new ArrayList<>(head);
                if (!fv[1].equals("8.1")) {
                    for (CompatProperty p : uso) {
                        out.add(new CompatProperty(p.qomType(), p.property(), p.value(), "hw_compat_8_0",
                                Provenance.derived(p.provenance().file(), how
                                        + ": USO rows in hw_compat_8_0 as in QEMU 8.2-9.0.0")));
                    }
                }
                out.addAll(table.subList(Math.min(shared, table.size()), table.size()));
                e.setValue(out);
            }
        }
    }

    /** Same {qom-type, property, value} in the same order (provenance differs by position, not meaning). */
    private static boolean sameEntries(List<CompatProperty> a, List<CompatProperty> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            CompatProperty x = a.get(i);
            CompatProperty y = b.get(i);
            if (!x.qomType().equals(y.qomType()) || !x.property().equals(y.property())
                    || !x.value().equals(y.value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUso(CompatProperty p) {
        return p.qomType().equals("virtio-net-device") && USO.contains(p.property());
    }

    private static CompatProperty reprovenance(CompatProperty p, String how) {
        if (p.provenance().location().contains("hw_compat_8_0 as in")) return p;
        return new CompatProperty(p.qomType(), p.property(), p.value(), p.origin(),
                Provenance.derived(p.provenance().file(), how + " (" + p.provenance().location() + ")"));
    }

    /** Drops properties introduced after the release: absent in the oldest build, pinned by a dropped array. */
    private static Map<String, QomType> pruneProperties(QemuBuild newer, QemuBuild oldest,
                                                        List<CompatProperty> dropped) {
        Map<String, QomType> out = new LinkedHashMap<>();
        for (QomType t : newer.types().values()) {
            QomType old = oldest.types().get(t.name());
            Map<String, PropertyInfo> props = new LinkedHashMap<>(t.properties());
            for (CompatProperty p : dropped) {
                boolean hits = newer.isSubtype(t.name(), p.qomType());
                boolean hadIt = old != null && old.properties().containsKey(p.property());
                if (hits && !hadIt) props.remove(p.property());
            }
            out.put(t.name(), new QomType(t.name(), t.parent(), t.isAbstract(), props, t.propertiesKnown(),
                    t.provenance()));
        }
        return out;
    }

    /** The same build with CPU model availability of another host CPU. */
    public static QemuBuild withCpuModels(QemuBuild b, Map<String, CpuModel> cpus) {
        return BuildIds.withContentId(new QemuBuild("", b.version(), b.packageString(), b.machineTypes(), b.types(),
                cpus, b.vmstateByMachine(), b.provenance()));
    }

    /** A vendor-patched build whose VMState section {@code section} has {@code version} (rule 7's demo). */
    public static QemuBuild withVmStateVersion(QemuBuild b, String section, int version, String pkg) {
        Map<String, VmStateDump> dumps = new LinkedHashMap<>();
        for (Map.Entry<String, VmStateDump> e : b.vmstateByMachine().entrySet()) {
            Map<String, VmStateSection> sections = new LinkedHashMap<>(e.getValue().sections());
            VmStateSection s = sections.get(section);
            if (s == null) throw new IllegalArgumentException("no VMState section " + section);
            var d = s.description();
            var bumped = d == null ? null : new org.qompat.model.VmsdDescription(d.name(), version,
                    d.minimumVersionId(), d.fields(), d.subsections());
            sections.put(section, new VmStateSection(s.typeName(), version, s.minimumVersionId(), bumped,
                    s.provenance()));
            dumps.put(e.getKey(), new VmStateDump(e.getValue().machineType(), sections, e.getValue().provenance()));
        }
        return BuildIds.withContentId(new QemuBuild("", b.version(), pkg, b.machineTypes(), b.types(),
                b.cpuModels(), dumps, b.provenance()));
    }
}
