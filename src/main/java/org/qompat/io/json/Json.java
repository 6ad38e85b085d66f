package org.qompat.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.qompat.io.FormatException;

/**
 * The one shared, thread-safe Jackson mapper (creating one per file would dominate load time) and the parse
 * entry point that turns syntax errors into {@link FormatException}s with {@code line:column}.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** Indented output for files people read and diff. */
    public static final com.fasterxml.jackson.databind.ObjectWriter PRETTY =
            MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

    /** A top-level JSON value and the line it starts on (several per file for a QMP transcript). */
    public record Value(JsonNode node, int line) {
    }

    private Json() {
    }

    /** Parses every top-level JSON value of {@code bytes}; most files hold exactly one. */
    public static List<Value> readValues(byte[] bytes, String file) {
        List<Value> out = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                    throw new FormatException(file, position(parser.currentTokenLocation()),
                            "expected a JSON object, found " + describe(token));
                }
                out.add(new Value(MAPPER.readTree(parser), line));
            }
        } catch (JsonProcessingException e) {
            throw new FormatException(file, position(e.getLocation()), "invalid JSON: " + firstLine(e), e);
        } catch (IOException e) {
            throw new FormatException(file, "", "cannot read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) throw new FormatException(file, "", "empty file: expected a JSON object");
        return out;
    }

    /** Parses a file that must hold exactly one JSON object. */
    public static JsonNode readSingle(byte[] bytes, String file) {
        List<Value> values = readValues(bytes, file);
        if (values.size() > 1) {
            throw new FormatException(file, "line " + values.get(1).line(),
                    "unexpected second JSON value: expected exactly one JSON object");
        }
        return values.get(0).node();
    }

    /** The text of a scalar as QEMU tools print it (numbers in decimal, booleans true/false). */
    public static String scalarText(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isValueNode()) return node.asText();
        return node.toString();
    }

    static String position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) return "";
        return loc.getLineNr() + ":" + loc.getColumnNr();
    }

    private static String firstLine(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) return "malformed";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** A person's word for what a node is, for "expected X, found Y" messages. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isObject()) return "an object";
        if (node.isArray()) return "an array";
        if (node.isTextual()) return "a string";
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return "a boolean";
        if (node.isNull()) return "null";
        return node.getNodeType().name().toLowerCase();
    }
}
