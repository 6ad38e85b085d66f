package org.qompat.io.qmpraw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qompat.io.json.JsonCursor;
import org.qompat.model.CpuModel;
import org.qompat.model.PropertyInfo;
import org.qompat.model.QomType;

/**
 * A {@code query-cpu-model-expansion} answer lists the value of every property of one CPU model, which is what
 * device-list-properties would call its defaults; as QEMU's {@code compare-machine-types.py} does, Qompat uses
 * it as the property defaults of the model's QOM type, so compat entries on {@code x86_64-cpu} can be compared.
 */
final class CpuExpansions {

    private CpuExpansions() {
    }

    static void addDefaults(Map<String, QomType> types, Map<String, CpuModel> cpus, QmpAnswer a) {
        JsonCursor model = a.result().get("model");
        String name = model.string("name");
        CpuModel cpu = cpus.get(name);
        String typename = cpu != null && cpu.typename() != null ? cpu.typename() : null;
        if (typename == null) return; // without query-cpu-definitions the QOM type is unknown: keep nothing
        Map<String, PropertyInfo> props = new LinkedHashMap<>();
        QomType known = types.get(typename);
        if (known != null) props.putAll(known.properties());
        JsonCursor values = model.opt("props");
        if (values != null) {
            for (Map.Entry<String, JsonCursor> e : values.members().entrySet()) {
                PropertyInfo existing = props.get(e.getKey());
                String value = e.getValue().asText();
                props.put(e.getKey(), existing != null
                        ? new PropertyInfo(existing.name(), existing.type(), existing.description(),
                                existing.defaultValue() != null ? existing.defaultValue() : value)
                        : new PropertyInfo(e.getKey(), kind(e.getValue().node()), null, value));
            }
        }
        types.put(typename, known == null
                ? new QomType(typename, null, false, props, true, model.provenance())
                : new QomType(known.name(), known.parent(), known.isAbstract(), props, true, known.provenance()));
    }

    private static String kind(JsonNode v) {
        if (v.isBoolean()) return "bool";
        if (v.isIntegralNumber()) return "int";
        if (v.isNumber()) return "number";
        if (v.isTextual()) return "str";
        return "any";
    }
}
