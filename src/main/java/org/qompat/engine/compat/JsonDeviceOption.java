package org.qompat.engine.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code -device '{"driver":"virtio-net-pci","id":"net0"}'}: the JSON form QEMU accepts since 6.2. */
final class JsonDeviceOption {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDeviceOption() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(text);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        } catch (Exception malformed) {
            // QEMU itself would refuse to start; the device simply stays unknown to the engine.
        }
        return out;
    }
}
