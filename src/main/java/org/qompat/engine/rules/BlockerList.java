package org.qompat.engine.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The data file {@code migration-blockers.json}: devices that register a migration blocker. */
final class BlockerList {

    record Entry(String type, String property, String equals, String notEquals, String message, String why,
                 String source) {
    }

    static final List<Entry> ENTRIES = load();

    private BlockerList() {
    }

    private static List<Entry> load() {
        try (InputStream in = BlockerList.class.getResourceAsStream("/org/qompat/engine/migration-blockers.json")) {
            if (in == null) throw new IllegalStateException("migration-blockers.json missing from the class path");
            List<Entry> out = new ArrayList<>();
            for (JsonNode e : new ObjectMapper().readTree(in).path("blockers")) {
                JsonNode w = e.path("when");
                out.add(new Entry(e.path("type").asText(), text(w, "property"), text(w, "equals"),
                        text(w, "notEquals"), e.path("message").asText(), e.path("why").asText(),
                        e.path("source").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration-blockers.json", e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
