package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Turns a binary's raw QMP answers into the domain's {@link QemuBuild}. Provenance names the binary and the QMP
 * answer with a JSON pointer into it, e.g. {@code qemu /usr/bin/qemu-system-x86_64 @ query-machines/return/12}.
 */
public final class BuildAnswersMapper {

    private BuildAnswersMapper() {
    }

    public static QemuBuild toBuild(BuildAnswers a, Map<String, VmStateDump> vmstate, String binary) {
        String source = "qemu " + binary;
        JsonNode q = a.version().path("qemu");
        QemuVersion version = new QemuVersion(q.path("major").asInt(), q.path("minor").asInt(),
                q.path("micro").asInt());
        String pkg = a.version().path("package").asText("").trim();
        return new QemuBuild(null, version, pkg, machines(a, source), types(a, source), cpuModels(a, source),
                vmstate, Provenance.json(source, "query-version/return"));
    }

    static Map<String, MachineType> machines(BuildAnswers a, String source) {
        Map<String, MachineType> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode m : a.machines()) {
            String at = "query-machines/return/" + i++;
            List<CompatProperty> props = new ArrayList<>();
            int j = 0;
            for (JsonNode p : m.path("compat-props")) {
                props.add(new CompatProperty(p.path("qom-type").asText(), p.path("property").asText(),
                        p.path("value").asText(), null, Provenance.json(source, at + "/compat-props/" + j++)));
            }
            String name = m.path("name").asText();
            out.put(name, new MachineType(name, text(m, "alias"), m.path("is-default").asBoolean(false),
                    m.path("deprecated").asBoolean(false), text(m, "default-cpu-type"), props,
                    a.compatPropsReported(), Provenance.json(source, at)));
        }
        return out;
    }

    static Map<String, QomType> types(BuildAnswers a, String source) {
        Map<String, QomType> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode t : a.types()) {
            String name = t.path("name").asText();
            String at = "qom-list-types/return/" + i++;
            JsonNode props = a.deviceProperties().get(name);
            String propsAt = "device-list-properties " + name + "/return";
            if (props == null) {
                props = a.objectProperties().get(name);
                propsAt = "qom-list-properties " + name + "/return";
            }
            Map<String, PropertyInfo> properties = props == null ? Map.of() : properties(props);
            out.put(name, new QomType(name, text(t, "parent"), t.path("abstract").asBoolean(false), properties,
                    props != null, Provenance.json(source, props != null ? propsAt : at)));
        }
        return out;
    }

    /** device-list-properties / qom-list-properties entries; the class default as text (true, 42, "on"). */
    public static Map<String, PropertyInfo> properties(JsonNode list) {
        Map<String, PropertyInfo> out = new LinkedHashMap<>();
        for (JsonNode p : list) {
            String name = p.path("name").asText();
            JsonNode def = p.get("default-value");
            out.put(name, new PropertyInfo(name, text(p, "type"), text(p, "description"),
                    def == null || def.isNull() ? null : scalar(def)));
        }
        return out;
    }

    static Map<String, CpuModel> cpuModels(BuildAnswers a, String source) {
        Map<String, CpuModel> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode c : a.cpuDefinitions()) {
            List<String> missing = new ArrayList<>();
            c.path("unavailable-features").forEach(f -> missing.add(f.asText()));
            String name = c.path("name").asText();
            out.put(name, new CpuModel(name, text(c, "typename"), text(c, "alias-of"),
                    c.path("migration-safe").asBoolean(false), c.path("static").asBoolean(false),
                    c.path("deprecated").asBoolean(false), missing,
                    Provenance.json(source, "query-cpu-definitions/return/" + i++)));
        }
        return out;
    }

    /** A JSON scalar as QOM text: booleans true/false, numbers in decimal, strings as they are. */
    public static String scalar(JsonNode v) {
        if (v.isTextual() || v.isNumber() || v.isBoolean()) return v.asText();
        return v.toString();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
