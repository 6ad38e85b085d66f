package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Saves the raw QMP answers of a collection as {@code {"return": …}} files named like the captures in
 * src/test/resources/captures (query-machines.json, device-list-properties-e1000.json …), so that they can be
 * inspected, diffed, or loaded by the raw-QMP importers on their own.
 */
final class RawAnswerFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawAnswerFiles() {
    }

    static void save(BuildAnswers a, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "query-version.json", a.version());
        write(dir, a.compatPropsReported() ? "query-machines-compat-props.json" : "query-machines.json",
                a.machines());
        write(dir, "qom-list-types.json", a.types());
        for (Map.Entry<String, JsonNode> e : a.deviceProperties().entrySet()) {
            write(dir, "device-list-properties-" + e.getKey() + ".json", e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : a.objectProperties().entrySet()) {
            write(dir, "qom-list-properties-" + e.getKey() + ".json", e.getValue());
        }
        write(dir, "query-cpu-definitions.json", a.cpuDefinitions());
        if (a.cpuExpansion() != null) {
            write(dir, "query-cpu-model-expansion-" + a.cpuExpansionModel() + ".json", a.cpuExpansion());
        }
    }

    private static void write(Path dir, String name, JsonNode value) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.set("return", value);
        // type names may contain characters that are awkward in file names (e.g. "," in QEMU,VGA)
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Files.write(dir.resolve(safe), (JSON.writeValueAsString(o) + "\n").getBytes());
    }
}
