package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.qompat.io.qmp.QmpCommandException;
import org.qompat.io.qmp.QmpException;
import org.qompat.io.qmp.QmpTimeoutException;

/**
 * Asks a QEMU binary, started with {@code -machine none}, everything it can say about itself over read-only QMP.
 * Some device types crash QEMU when their properties are listed (Debian's 7.2 aborts on {@code virtio-gpu-gl-pci}
 * with "missing object type 'virtio-gpu-gl-device'" when the OpenGL module is not installed), so a lost
 * connection during {@code device-list-properties} records the type as failed and starts a fresh QEMU.
 */
public final class BuildIntrospector {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** QEMU restarts tolerated per binary before giving up: a crash per type is rare, a crash loop is not. */
    private static final int MAX_RESTARTS = 10;

    private final String binary;
    private final List<String> baseArgs;
    private final Duration timeout;
    private final String cpuExpansionModel;

    /**
     * @param baseArgs          e.g. {@code -machine none -nodefaults -display none -accel tcg}
     * @param cpuExpansionModel {@code host} under KVM, {@code max} under TCG
     */
    public BuildIntrospector(String binary, List<String> baseArgs, Duration timeout, String cpuExpansionModel) {
        this.binary = binary;
        this.baseArgs = List.copyOf(baseArgs);
        this.timeout = timeout;
        this.cpuExpansionModel = cpuExpansionModel;
    }

    public BuildAnswers introspect() throws IOException {
        List<String> notes = new ArrayList<>();
        LaunchedQemu qemu = LaunchedQemu.withStdioQmp(binary, baseArgs, timeout);
        try {
            JsonNode version = qemu.qmp().execute("query-version");
            JsonNode machines;
            boolean compat;
            try {
                machines = qemu.qmp().execute("query-machines", Map.of("compat-props", true));
                compat = true;
            } catch (QmpCommandException e) {
                notes.add("query-machines refused compat-props (" + e.description() + "); compat tables must "
                        + "come from the QEMU source of this version");
                machines = qemu.qmp().execute("query-machines");
                compat = false;
            }
            JsonNode types = qemu.qmp().execute("qom-list-types", Map.of("abstract", true));
            Map<String, JsonNode> deviceProps = new TreeMap<>();
            Map<String, String> failed = new TreeMap<>();
            qemu = listDeviceProperties(qemu, deviceTypes(types), deviceProps, failed, notes);
            Map<String, JsonNode> objectProps = new TreeMap<>();
            for (String t : nonDeviceCompatTypes(machines, types, deviceProps.keySet())) {
                try {
                    objectProps.put(t, qemu.qmp().execute("qom-list-properties", Map.of("typename", t)));
                } catch (QmpCommandException e) {
                    failed.put(t, e.description());
                }
            }
            JsonNode cpus = optional(qemu, "query-cpu-definitions", null, notes);
            JsonNode expansion = optional(qemu, "query-cpu-model-expansion",
                    Map.of("type", "full", "model", Map.of("name", cpuExpansionModel)), notes);
            return new BuildAnswers(version, machines, compat, types, deviceProps, objectProps, failed,
                    cpus == null ? F.arrayNode() : cpus, expansion, cpuExpansionModel, notes);
        } finally {
            qemu.close();
        }
    }

    private LaunchedQemu listDeviceProperties(LaunchedQemu qemu, List<String> devices, Map<String, JsonNode> out,
                                              Map<String, String> failed, List<String> notes) throws IOException {
        int restarts = 0;
        for (String type : devices) {
            try {
                out.put(type, qemu.qmp().execute("device-list-properties", Map.of("typename", type)));
            } catch (QmpCommandException e) {
                failed.put(type, e.description());
            } catch (QmpTimeoutException e) {
                throw e;
            } catch (QmpException lost) {
                // QEMU died on this type: note what it said, start a fresh one, go on with the next type
                String said = qemu.describeEnd();
                qemu.close();
                failed.put(type, "QEMU exited while listing its properties" + said);
                notes.add("device-list-properties " + type + " ended QEMU" + said + "; restarted");
                if (++restarts > MAX_RESTARTS) {
                    throw new QmpException("QEMU " + binary + " crashed " + restarts + " times listing device "
                            + "properties; last on " + type + said, lost);
                }
                qemu = LaunchedQemu.withStdioQmp(binary, baseArgs, timeout);
            }
        }
        return qemu;
    }

    private static JsonNode optional(LaunchedQemu qemu, String command, Map<String, ?> args, List<String> notes)
            throws IOException {
        try {
            return qemu.qmp().execute(command, args);
        } catch (QmpCommandException e) {
            notes.add(command + " not supported: " + e.description());
            return null;
        }
    }

    /** Non-abstract types whose ancestry reaches {@code device}: what device-list-properties accepts. */
    static List<String> deviceTypes(JsonNode types) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Boolean> isAbstract = new HashMap<>();
        for (JsonNode t : types) {
            String name = t.path("name").asText();
            parent.put(name, t.hasNonNull("parent") ? t.get("parent").asText() : null);
            isAbstract.put(name, t.path("abstract").asBoolean(false));
        }
        List<String> out = new ArrayList<>();
        for (String name : new TreeMap<>(parent).keySet()) {
            if (!isAbstract.get(name) && descendsFrom(name, "device", parent)) out.add(name);
        }
        return out;
    }

    static boolean descendsFrom(String type, String ancestor, Map<String, String> parent) {
        String t = type;
        for (int guard = 0; t != null && guard < 64; guard++) {
            if (t.equals(ancestor)) return true;
            t = parent.get(t);
        }
        return false;
    }

    /** Types named by compat props that are not devices (e.g. {@code migration}, {@code memory-backend}). */
    private static Set<String> nonDeviceCompatTypes(JsonNode machines, JsonNode types, Set<String> devices) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (JsonNode t : types) parent.put(t.path("name").asText(), t.path("parent").asText(null));
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode m : machines) {
            for (JsonNode p : m.path("compat-props")) {
                String t = p.path("qom-type").asText();
                if (parent.containsKey(t) && !devices.contains(t) && !descendsFrom(t, "device", parent)) out.add(t);
            }
        }
        return out;
    }
}
