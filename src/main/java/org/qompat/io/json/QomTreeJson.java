package org.qompat.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qompat.model.QomNode;

/** A QOM tree as nested JSON nodes {@code {path, type, properties, property-types, explicit, children}}. */
public final class QomTreeJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private QomTreeJson() {
    }

    public static QomNode read(JsonCursor c) {
        String path = c.string("path");
        if (!path.startsWith("/")) throw c.get("path").error("expected an absolute QOM path, found \"" + path + "\"");
        Map<String, String> props = new LinkedHashMap<>();
        JsonCursor p = c.opt("properties");
        if (p != null) {
            // unreadable properties are written as null: known to exist, value unknown
            for (Map.Entry<String, JsonCursor> e : p.members().entrySet()) {
                String v = e.getValue().asText();
                if (v != null) props.put(e.getKey(), v);
            }
        }
        Map<String, String> types = c.stringMap("property-types");
        List<QomNode> children = new ArrayList<>();
        for (JsonCursor child : c.optArray("children")) {
            QomNode n = read(child);
            if (!n.path().startsWith(path.equals("/") ? "/" : path + "/")) {
                throw child.get("path").error("expected a path below " + path + ", found \"" + n.path() + "\"");
            }
            children.add(n);
        }
        return new QomNode(path, c.string("type"), props, types, new LinkedHashSet<>(c.strings("explicit")),
                children, c.provenance());
    }

    public static ObjectNode toJson(QomNode n) {
        ObjectNode o = F.objectNode();
        o.put("path", n.path());
        o.put("type", n.type());
        ObjectNode props = o.putObject("properties");
        new TreeMap<>(n.properties()).forEach(props::put);
        for (String unreadable : n.propertyTypes().keySet()) {
            if (!n.properties().containsKey(unreadable)) props.putNull(unreadable);
        }
        ObjectNode types = o.putObject("property-types");
        new TreeMap<>(n.propertyTypes()).forEach(types::put);
        if (!n.explicitProperties().isEmpty()) {
            ArrayNode explicit = o.putArray("explicit");
            new TreeSet<>(n.explicitProperties()).forEach(explicit::add);
        }
        ArrayNode children = o.putArray("children");
        for (QomNode c : n.children()) children.add(toJson(c));
        return o;
    }
}
