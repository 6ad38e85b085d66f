package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The raw QMP answers one QEMU binary gave about itself, exactly as QEMU returned them (the {@code return} values).
 *
 * @param version              query-version
 * @param machines             query-machines, with compat-props when the binary accepts the argument (≥ 9.1)
 * @param compatPropsReported  whether {@code machines} carries compat-props
 * @param types                qom-list-types {"abstract": true}
 * @param deviceProperties     device-list-properties per non-abstract device type
 * @param objectProperties     qom-list-properties for non-device types named by compat props ("migration" …)
 * @param failedTypes          types whose properties could not be listed, with the reason (QEMU's own words)
 * @param cpuDefinitions       query-cpu-definitions (empty array when unsupported)
 * @param cpuExpansion         query-cpu-model-expansion of {@code cpuExpansionModel}, or null when unsupported
 * @param notes                how the collection went, for people (fallbacks taken, restarts …)
 */
public record BuildAnswers(JsonNode version, JsonNode machines, boolean compatPropsReported, JsonNode types,
                           Map<String, JsonNode> deviceProperties, Map<String, JsonNode> objectProperties,
                           Map<String, String> failedTypes, JsonNode cpuDefinitions, JsonNode cpuExpansion,
                           String cpuExpansionModel, List<String> notes) {

    public BuildAnswers {
        deviceProperties = Map.copyOf(deviceProperties);
        objectProperties = Map.copyOf(objectProperties);
        failedTypes = Map.copyOf(failedTypes);
        notes = List.copyOf(notes);
    }
}
