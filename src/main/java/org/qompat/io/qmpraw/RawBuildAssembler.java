package org.qompat.io.qmpraw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.FormatException;
import org.qompat.io.json.BuildIds;
import org.qompat.io.json.JsonCursor;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuModel;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomType;
import org.qompat.model.VmStateDump;

/**
 * Assembles the raw QMP answers found together (one directory, or one transcript) into one {@link QemuBuild}:
 * the version from {@code query-version}, machine types from {@code query-machines} (the compat-props variant
 * when present), the type tree from {@code qom-list-types}, properties from {@code device-list-properties},
 * CPU models from {@code query-cpu-definitions}, and {@code -dump-vmstate} files found beside them.
 */
public final class RawBuildAssembler {

    private RawBuildAssembler() {
    }

    /**
     * @param where    the directory (or file) the answers came from, for the build's provenance and errors
     * @param answers  every answer found there, in any order
     * @param vmstate  -dump-vmstate files found there
     */
    public static QemuBuild assemble(String where, List<QmpAnswer> answers, List<VmStateDump> vmstate) {
        List<QmpAnswer> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparing(QmpAnswer::file).thenComparing(a -> a.result().location()));
        QmpAnswer version = null;
        QmpAnswer machines = null;
        Map<String, QomType> types = new LinkedHashMap<>();
        Map<String, CpuModel> cpus = new LinkedHashMap<>();
        List<QmpAnswer> properties = new ArrayList<>();
        List<QmpAnswer> expansions = new ArrayList<>();
        for (QmpAnswer a : sorted) {
            switch (a.command()) {
                case QmpShapes.QUERY_VERSION -> version = sameVersion(version, a);
                case QmpShapes.QUERY_MACHINES -> machines = preferCompatProps(machines, a);
                case QmpShapes.QOM_LIST_TYPES -> {
                    for (JsonCursor t : a.result().elements()) {
                        String name = t.string("name");
                        types.put(name, new QomType(name, t.optString("parent"), t.bool("abstract", false),
                                Map.of(), false, t.provenance()));
                    }
                }
                case QmpShapes.DEVICE_LIST_PROPERTIES, QmpShapes.QOM_LIST_PROPERTIES -> properties.add(a);
                case QmpShapes.QUERY_CPU_DEFINITIONS -> {
                    for (JsonCursor c : a.result().elements()) {
                        CpuModel m = new CpuModel(c.string("name"), c.optString("typename"), c.optString("alias-of"),
                                c.bool("migration-safe", false), c.bool("static", false), c.bool("deprecated", false),
                                c.strings("unavailable-features"), c.provenance());
                        cpus.put(m.name(), m);
                    }
                }
                case QmpShapes.QUERY_CPU_MODEL_EXPANSION -> expansions.add(a);
                default -> {
                }
            }
        }
        if (version == null) {
            throw new FormatException(where, "", "raw QMP answers without a query-version answer: "
                    + "cannot tell which QEMU they describe (add query-version.json beside them)");
        }
        for (QmpAnswer a : properties) addProperties(types, a);
        for (QmpAnswer a : expansions) CpuExpansions.addDefaults(types, cpus, a);
        Map<String, VmStateDump> dumps = new LinkedHashMap<>();
        for (VmStateDump d : vmstate) dumps.put(d.machineType(), d);
        JsonCursor v = version.result();
        JsonCursor q = v.get("qemu");
        QemuVersion qv = new QemuVersion(q.integer("major"), q.integer("minor"), q.integer("micro"));
        QemuBuild draft = new QemuBuild("", qv, v.optString("package"), machineTypes(machines), types, cpus, dumps,
                new Provenance(where, "raw QMP answers"));
        return BuildIds.withContentId(draft);
    }

    private static QmpAnswer sameVersion(QmpAnswer seen, QmpAnswer a) {
        if (seen != null && !seen.result().node().get("qemu").equals(a.result().node().get("qemu"))) {
            throw new FormatException(a.file(), a.result().location(), "query-version answers of two different "
                    + "QEMU builds in one place (also " + seen.file() + "): keep each build's answers apart");
        }
        return seen == null ? a : seen;
    }

    private static QmpAnswer preferCompatProps(QmpAnswer seen, QmpAnswer a) {
        if (seen == null) return a;
        return hasCompatProps(a) && !hasCompatProps(seen) ? a : seen;
    }

    private static boolean hasCompatProps(QmpAnswer a) {
        if (a.arguments() != null && a.arguments().path("compat-props").asBoolean(false)) return true;
        for (var m : a.result().node()) if (m.has("compat-props")) return true;
        return false;
    }

    private static Map<String, MachineType> machineTypes(QmpAnswer answer) {
        Map<String, MachineType> out = new LinkedHashMap<>();
        if (answer == null) return out;
        boolean known = hasCompatProps(answer);
        for (JsonCursor m : answer.result().elements()) {
            List<CompatProperty> props = new ArrayList<>();
            for (JsonCursor p : m.optArray("compat-props")) {
                props.add(new CompatProperty(p.string("qom-type"), p.string("property"), p.get("value").asText(),
                        null, p.provenance()));
            }
            MachineType mt = new MachineType(m.string("name"), m.optString("alias"), m.bool("is-default", false),
                    m.bool("deprecated", false), m.optString("default-cpu-type"), props, known, m.provenance());
            out.put(mt.name(), mt);
        }
        return out;
    }

    private static void addProperties(Map<String, QomType> types, QmpAnswer a) {
        Map<String, PropertyInfo> props = new LinkedHashMap<>();
        for (JsonCursor p : a.result().elements()) {
            JsonCursor def = p.opt("default-value");
            props.put(p.string("name"), new PropertyInfo(p.string("name"), p.string("type"),
                    p.optString("description"), def == null ? null : def.asText()));
        }
        QomType known = types.get(a.subject());
        types.put(a.subject(), known == null
                ? new QomType(a.subject(), null, false, props, true, a.result().provenance())
                : new QomType(known.name(), known.parent(), known.isAbstract(), props, true, known.provenance()));
    }
}
