package org.qompat.engine.vmstate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The rename lists of vmstate-static-checker, read from {@code vmstate-renames.json}. */
public final class VmStateRenames {

    private static final VmStateRenames INSTANCE = load();

    private final Map<String, String> sectionRenames;
    private final Map<String, Set<String>> fieldGroups;

    private VmStateRenames(Map<String, String> sectionRenames, Map<String, Set<String>> fieldGroups) {
        this.sectionRenames = sectionRenames;
        this.fieldGroups = fieldGroups;
    }

    public static VmStateRenames get() {
        return INSTANCE;
    }

    /** The other name of a renamed section, or null. */
    public String renamedSection(String section) {
        return sectionRenames.get(section);
    }

    /** Equal names, or names the checker lists as interchangeable within {@code scope}. */
    public boolean fieldsMatch(String scope, String a, String b) {
        if (a.equals(b)) return true;
        Set<String> group = fieldGroups.get(scope);
        return group != null && group.contains(a) && group.contains(b);
    }

    private static VmStateRenames load() {
        try (InputStream in = VmStateRenames.class.getResourceAsStream("/org/qompat/engine/vmstate-renames.json")) {
            if (in == null) throw new IllegalStateException("vmstate-renames.json missing from the class path");
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> sections = new HashMap<>();
            for (JsonNode pair : root.path("sections")) {
                sections.put(pair.get(0).asText(), pair.get(1).asText());
                sections.put(pair.get(1).asText(), pair.get(0).asText());
            }
            Map<String, Set<String>> fields = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("fields").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Set<String> g = new HashSet<>();
                for (JsonNode n : e.getValue()) g.add(n.asText());
                fields.put(e.getKey(), Set.copyOf(g));
            }
            return new VmStateRenames(Map.copyOf(sections), Map.copyOf(fields));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read vmstate-renames.json", e);
        }
    }
}
