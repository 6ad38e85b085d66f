package org.qompat.io.vmstate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.json.Json;
import org.qompat.io.json.JsonCursor;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;
import org.qompat.model.VmsdField;

/**
 * Reads the JSON that {@code qemu-system-* -M <machine> -dump-vmstate FILE} writes: a {@code vmschkmachine}
 * member naming the machine type, then one section per device class with a VMState description.
 */
public final class VmStateDumpReader {

    /** The member that marks a -dump-vmstate file. */
    public static final String MACHINE_KEY = "vmschkmachine";

    private VmStateDumpReader() {
    }

    /** True when the document looks like a -dump-vmstate output. */
    public static boolean claims(JsonCursor root) {
        return root.node().isObject() && root.node().path(MACHINE_KEY).isObject();
    }

    /** Reads a dump file on its own (what {@code qompat vmstate-diff} does). */
    public static VmStateDump read(Path file) throws IOException {
        byte[] bytes = org.qompat.io.InputBytes.read(file);
        return read(JsonCursor.root(Json.readSingle(bytes, file.toString()), file.toString()));
    }

    /** Reads a dump from a parsed document, or from a dump embedded in a qompat.build file. */
    public static VmStateDump read(JsonCursor root) {
        String machine = root.get(MACHINE_KEY).string("Name");
        Map<String, VmStateSection> sections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonCursor> e : root.members().entrySet()) {
            if (e.getKey().equals(MACHINE_KEY)) continue;
            sections.put(e.getKey(), section(e.getKey(), e.getValue()));
        }
        return new VmStateDump(machine, sections, root.provenance());
    }

    private static VmStateSection section(String key, JsonCursor s) {
        String name = s.has("Name") ? s.string("Name") : key;
        VmsdDescription description = s.has("Description") ? description(s.get("Description")) : null;
        return new VmStateSection(name, s.integer("version_id"), s.integer("minimum_version_id"), description,
                s.provenance());
    }

    private static VmsdDescription description(JsonCursor d) {
        List<VmsdField> fields = new ArrayList<>();
        for (JsonCursor f : d.optArray("Fields")) fields.add(field(f));
        List<VmsdDescription> subsections = new ArrayList<>();
        for (JsonCursor sub : d.optArray("Subsections")) subsections.add(description(sub));
        return new VmsdDescription(d.string("name"), d.integer("version_id"), d.integer("minimum_version_id"),
                fields, subsections);
    }

    private static VmsdField field(JsonCursor f) {
        JsonCursor num = f.opt("num");
        VmsdDescription nested = f.has("Description") ? description(f.get("Description")) : null;
        return new VmsdField(f.string("field"), f.integer("version_id"), f.bool("field_exists", false),
                num == null ? null : num.asInt(), f.integer("size"), nested);
    }
}
