package org.qompat.io.vmstate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;
import org.qompat.model.VmsdField;

/** Writes a {@link VmStateDump} back in QEMU's own -dump-vmstate layout (sections sorted by type name). */
public final class VmStateDumpWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private VmStateDumpWriter() {
    }

    public static ObjectNode toJson(VmStateDump dump) {
        ObjectNode root = F.objectNode();
        root.putObject(VmStateDumpReader.MACHINE_KEY).put("Name", dump.machineType());
        for (VmStateSection s : new TreeMap<>(dump.sections()).values()) {
            ObjectNode o = F.objectNode();
            o.put("Name", s.typeName());
            o.put("version_id", s.versionId());
            o.put("minimum_version_id", s.minimumVersionId());
            if (s.description() != null) o.set("Description", description(s.description()));
            root.set(s.typeName(), o);
        }
        return root;
    }

    private static ObjectNode description(VmsdDescription d) {
        ObjectNode o = F.objectNode();
        o.put("name", d.name());
        o.put("version_id", d.versionId());
        o.put("minimum_version_id", d.minimumVersionId());
        if (!d.fields().isEmpty()) {
            ArrayNode fields = o.putArray("Fields");
            for (VmsdField f : d.fields()) fields.add(field(f));
        }
        if (!d.subsections().isEmpty()) {
            ArrayNode subs = o.putArray("Subsections");
            for (VmsdDescription sub : d.subsections()) subs.add(description(sub));
        }
        return o;
    }

    private static ObjectNode field(VmsdField f) {
        ObjectNode o = F.objectNode();
        o.put("field", f.field());
        o.put("version_id", f.versionId());
        o.put("field_exists", f.fieldExists());
        if (f.num() != null) o.put("num", f.num());
        o.put("size", f.size());
        if (f.description() != null) o.set("Description", description(f.description()));
        return o;
    }
}
