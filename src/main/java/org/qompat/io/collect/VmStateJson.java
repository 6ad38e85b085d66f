package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.model.Provenance;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;
import org.qompat.model.VmsdField;

/** Reads a -dump-vmstate file the collector just produced (QEMU's own output, so trusted to be well formed). */
final class VmStateJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VmStateJson() {
    }

    static VmStateDump read(Path file, String source) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String machine = root.path("vmschkmachine").path("Name").asText();
        Map<String, VmStateSection> sections = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("vmschkmachine")) continue;
            JsonNode s = e.getValue();
            sections.put(e.getKey(), new VmStateSection(s.path("Name").asText(e.getKey()), s.path("version_id").asInt(),
                    s.path("minimum_version_id").asInt(), s.has("Description") ? vmsd(s.get("Description")) : null,
                    Provenance.json(source, "/" + e.getKey().replace("~", "~0").replace("/", "~1"))));
        }
        return new VmStateDump(machine, sections, Provenance.json(source, ""));
    }

    private static VmsdDescription vmsd(JsonNode d) {
        List<VmsdField> fields = new ArrayList<>();
        for (JsonNode f : d.path("Fields")) {
            fields.add(new VmsdField(f.path("field").asText(), f.path("version_id").asInt(),
                    f.path("field_exists").asBoolean(false), f.has("num") ? f.get("num").asInt() : null,
                    f.path("size").asInt(), f.has("Description") ? vmsd(f.get("Description")) : null));
        }
        List<VmsdDescription> subs = new ArrayList<>();
        for (JsonNode s : d.path("Subsections")) subs.add(vmsd(s));
        return new VmsdDescription(d.path("name").asText(), d.path("version_id").asInt(),
                d.path("minimum_version_id").asInt(), fields, subs);
    }
}
