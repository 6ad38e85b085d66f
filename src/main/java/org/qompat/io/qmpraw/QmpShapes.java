package org.qompat.io.qmpraw;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recognises which read-only QMP command produced a bare {@code return} value, from its shape alone (the field
 * names each command's schema guarantees), so files are identified by content, not by name.
 */
public final class QmpShapes {

    public static final String QUERY_VERSION = "query-version";
    public static final String QUERY_MACHINES = "query-machines";
    public static final String QOM_LIST_TYPES = "qom-list-types";
    public static final String DEVICE_LIST_PROPERTIES = "device-list-properties";
    public static final String QUERY_CPU_DEFINITIONS = "query-cpu-definitions";
    public static final String QUERY_CPU_MODEL_EXPANSION = "query-cpu-model-expansion";
    public static final String QOM_LIST = "qom-list";
    /** Same answer shape as device-list-properties, for non-device types such as {@code migration}. */
    public static final String QOM_LIST_PROPERTIES = "qom-list-properties";

    private QmpShapes() {
    }

    /** The command whose answer has this shape, or null when the shape is not one Qompat reads. */
    public static String commandOf(JsonNode ret) {
        if (ret == null) return null;
        if (ret.isObject()) {
            if (ret.has("qemu") && ret.path("qemu").has("major")) return QUERY_VERSION;
            if (ret.path("model").has("name")) return QUERY_CPU_MODEL_EXPANSION;
            return null;
        }
        if (!ret.isArray() || ret.isEmpty() || !ret.get(0).isObject()) return null;
        JsonNode first = ret.get(0);
        if (first.has("cpu-max") || first.has("hotpluggable-cpus")) return QUERY_MACHINES;
        if (first.has("typename") && (first.has("static") || first.has("migration-safe")
                || first.has("unavailable-features"))) {
            return QUERY_CPU_DEFINITIONS;
        }
        if (first.has("name") && first.has("type")) {
            // qom-list on an instance shows the object-level "type" and "realized" properties, which
            // device-list-properties deliberately leaves out
            for (JsonNode p : ret) {
                String n = p.path("name").asText();
                if (n.equals("type") && p.path("type").asText().equals("string") || n.equals("realized")) {
                    return QOM_LIST;
                }
            }
            return DEVICE_LIST_PROPERTIES;
        }
        if (first.has("name") && (first.has("parent") || first.has("abstract") || first.size() == 1)) {
            return QOM_LIST_TYPES;
        }
        return null;
    }

    /** True for the commands that list one type's properties and so need to know which type they describe. */
    public static boolean isPropertyList(String command) {
        return DEVICE_LIST_PROPERTIES.equals(command) || QOM_LIST_PROPERTIES.equals(command);
    }

    /** True for the commands whose answers make up a build. */
    public static boolean isBuildFact(String command) {
        return command != null && switch (command) {
            case QUERY_VERSION, QUERY_MACHINES, QOM_LIST_TYPES, DEVICE_LIST_PROPERTIES, QOM_LIST_PROPERTIES,
                    QUERY_CPU_DEFINITIONS, QUERY_CPU_MODEL_EXPANSION -> true;
            default -> false;
        };
    }
}
