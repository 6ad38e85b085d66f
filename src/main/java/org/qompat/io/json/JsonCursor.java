package org.qompat.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.FormatException;
import org.qompat.model.Provenance;

/**
 * A JSON node together with the file it came from and its JSON pointer, so that every fact read through it can
 * carry provenance and every shape error can say exactly where it is and what was expected.
 */
public final class JsonCursor {

    private final JsonNode node;
    private final String file;
    private final JsonCursor parent;
    private final String token;
    private final String prefix;
    /** Built on first use: most nodes of a big file are read without anyone asking where they were. */
    private String pointer;

    private JsonCursor(JsonNode node, String file, JsonCursor parent, String token, String prefix) {
        this.node = node;
        this.file = file;
        this.parent = parent;
        this.token = token;
        this.prefix = prefix;
        if (parent == null) pointer = "";
    }

    public static JsonCursor root(JsonNode node, String file) {
        return new JsonCursor(node, file, null, null, "");
    }

    /**
     * A root whose locations carry a prefix, e.g. {@code "line 7 "} for the 4th answer of a QMP transcript, so a
     * provenance reads {@code line 7 /return/3}.
     */
    public static JsonCursor root(JsonNode node, String file, String locationPrefix) {
        return new JsonCursor(node, file, null, null, locationPrefix == null ? "" : locationPrefix);
    }

    public JsonNode node() {
        return node;
    }

    public String file() {
        return file;
    }

    /** The RFC 6901 pointer of this node, e.g. {@code /machine-types/3/compat-props/12}. */
    public String pointer() {
        String p = pointer;
        if (p == null) {
            p = parent.pointer() + "/" + token;
            pointer = p;
        }
        return p;
    }

    /** The location as written in problems and provenance: the prefix (if any) plus the JSON pointer. */
    public String location() {
        String p = pointer();
        return prefix.isEmpty() ? p : prefix + (p.isEmpty() ? "/" : p);
    }

    public Provenance provenance() {
        return Provenance.json(file, location());
    }

    public FormatException error(String message) {
        return new FormatException(file, location(), message);
    }

    // ---- navigation ----------------------------------------------------------------------------------------

    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** The member {@code name}, which must be present and not null. */
    public JsonCursor get(String name) {
        JsonNode v = requireObject().get(name);
        if (v == null || v.isNull()) {
            throw error("missing required field \"" + name + "\"");
        }
        return child(v, escape(name));
    }

    /** The member {@code name}, or null when absent or JSON null. */
    public JsonCursor opt(String name) {
        JsonNode v = requireObject().get(name);
        return v == null || v.isNull() ? null : child(v, escape(name));
    }

    public List<JsonCursor> elements() {
        if (!node.isArray()) throw error("expected an array, found " + Json.describe(node));
        List<JsonCursor> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) out.add(child(node.get(i), Integer.toString(i)));
        return out;
    }

    /** The members of an object in document order. */
    public Map<String, JsonCursor> members() {
        requireObject();
        Map<String, JsonCursor> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), child(e.getValue(), escape(e.getKey())));
        }
        return out;
    }

    public List<JsonCursor> array(String name) {
        return get(name).elements();
    }

    /** The array {@code name}, or an empty list when absent. */
    public List<JsonCursor> optArray(String name) {
        JsonCursor c = opt(name);
        return c == null ? List.of() : c.elements();
    }

    // ---- typed values --------------------------------------------------------------------------------------

    public String asString() {
        if (!node.isTextual()) throw error("expected a string, found " + Json.describe(node));
        return node.textValue();
    }

    /** Any scalar as text (QMP prints defaults as booleans, numbers or strings); objects and arrays as JSON. */
    public String asText() {
        return Json.scalarText(node);
    }

    public boolean asBoolean() {
        if (!node.isBoolean()) throw error("expected true or false, found " + Json.describe(node));
        return node.booleanValue();
    }

    public long asLong() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error("expected an integer, found " + Json.describe(node));
        }
        return node.longValue();
    }

    public int asInt() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error("expected a 32-bit integer, found " + Json.describe(node));
        }
        return node.intValue();
    }

    public String string(String name) {
        return get(name).asString();
    }

    public String optString(String name) {
        JsonCursor c = opt(name);
        return c == null ? null : c.asString();
    }

    public boolean bool(String name, boolean absent) {
        JsonCursor c = opt(name);
        return c == null ? absent : c.asBoolean();
    }

    /** true, false, or null when absent / JSON null ("unknown"). */
    public Boolean optBoolean(String name) {
        JsonCursor c = opt(name);
        return c == null ? null : c.asBoolean();
    }

    public int integer(String name) {
        return get(name).asInt();
    }

    public long longValue(String name) {
        return get(name).asLong();
    }

    /** An array of strings. */
    public List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (JsonCursor c : optArray(name)) out.add(c.asString());
        return out;
    }

    /** An object of string values, in document order. */
    public Map<String, String> stringMap(String name) {
        JsonCursor c = opt(name);
        Map<String, String> out = new LinkedHashMap<>();
        if (c == null) return out;
        for (Map.Entry<String, JsonCursor> e : c.members().entrySet()) out.put(e.getKey(), e.getValue().asText());
        return out;
    }

    private JsonNode requireObject() {
        if (!node.isObject()) throw error("expected an object, found " + Json.describe(node));
        return node;
    }

    private JsonCursor child(JsonNode v, String childToken) {
        return new JsonCursor(v, file, this, childToken, prefix);
    }

    /** RFC 6901 escaping of one pointer token. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
        return token.replace("~", "~0").replace("/", "~1");
    }
}
