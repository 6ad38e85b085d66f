package org.qompat.io.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.vmstate.VmStateDumpReader;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuModel;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomType;
import org.qompat.model.VmStateDump;

/**
 * Reads a {@code qompat.build/1} document (or the body of a build embedded in a host file). VMState dumps may be
 * embedded objects or paths relative to the build file.
 */
public final class BuildJsonReader {

    private BuildJsonReader() {
    }

    /**
     * @param c the build object (a document root, or a host's {@code build} member)
     * @param baseDir the directory relative {@code vmstate} paths are resolved against; null if there is none
     */
    public static QemuBuild read(JsonCursor c, Path baseDir) {
        JsonCursor versionField = c.get("version");
        QemuVersion version;
        try {
            version = QemuVersion.parse(versionField.asString());
        } catch (IllegalArgumentException e) {
            throw versionField.error("expected a QEMU version such as \"10.0.2\", found \""
                    + versionField.asString() + "\"");
        }
        Map<String, MachineType> machines = new LinkedHashMap<>();
        for (JsonCursor m : c.optArray("machine-types")) {
            MachineType mt = machine(m);
            if (machines.put(mt.name(), mt) != null) throw m.error("duplicate machine type \"" + mt.name() + "\"");
        }
        Map<String, QomType> types = new LinkedHashMap<>();
        for (JsonCursor t : c.optArray("types")) {
            QomType qt = type(t);
            types.put(qt.name(), qt);
        }
        Map<String, CpuModel> cpus = new LinkedHashMap<>();
        for (JsonCursor m : c.optArray("cpu-models")) {
            CpuModel cm = cpuModel(m);
            cpus.put(cm.name(), cm);
        }
        Map<String, VmStateDump> vmstate = new LinkedHashMap<>();
        JsonCursor vs = c.opt("vmstate");
        if (vs != null) {
            for (Map.Entry<String, JsonCursor> e : vs.members().entrySet()) {
                vmstate.put(e.getKey(), vmstateDump(e.getValue(), baseDir));
            }
        }
        QemuBuild draft = new QemuBuild("", version, c.optString("package"), machines, types, cpus, vmstate,
                c.provenance());
        return BuildIds.withContentId(draft);
    }

    static MachineType machine(JsonCursor m) {
        List<CompatProperty> props = new ArrayList<>();
        for (JsonCursor p : m.optArray("compat-props")) {
            props.add(new CompatProperty(p.string("qom-type"), p.string("property"), p.get("value").asText(),
                    p.optString("origin"), p.provenance()));
        }
        boolean known = m.bool("compat-props-known", m.has("compat-props"));
        return new MachineType(m.string("name"), m.optString("alias"), m.bool("default", false),
                m.bool("deprecated", false), m.optString("default-cpu-type"), props, known, m.provenance());
    }

    static QomType type(JsonCursor t) {
        Map<String, PropertyInfo> props = new LinkedHashMap<>();
        JsonCursor list = t.opt("properties");
        if (list != null) {
            for (JsonCursor p : list.elements()) {
                JsonCursor def = p.opt("default-value");
                props.put(p.string("name"), new PropertyInfo(p.string("name"), p.string("type"),
                        p.optString("description"), def == null ? null : def.asText()));
            }
        }
        return new QomType(t.string("name"), t.optString("parent"), t.bool("abstract", false), props,
                list != null, t.provenance());
    }

    static CpuModel cpuModel(JsonCursor m) {
        return new CpuModel(m.string("name"), m.optString("typename"), m.optString("alias-of"),
                m.bool("migration-safe", false), m.bool("static", false), m.bool("deprecated", false),
                m.strings("unavailable-features"), m.provenance());
    }

    private static VmStateDump vmstateDump(JsonCursor v, Path baseDir) {
        if (!v.node().isTextual()) return VmStateDumpReader.read(v);
        if (baseDir == null) throw v.error("a vmstate file reference needs a build file to be relative to");
        Path file = baseDir.resolve(v.asString()).normalize();
        try {
            return VmStateDumpReader.read(file);
        } catch (IOException e) {
            throw v.error("cannot read the -dump-vmstate file " + file + ": " + e.getMessage());
        }
    }
}
