package org.qompat.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.json.Json;
import org.qompat.io.json.JsonCursor;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;

/**
 * Reads and writes what-if scenarios, {@code "format": "qompat.scenario/1"} (docs/formats.md). A scenario only
 * names hosts and builds of a loaded fleet; it never contains or changes the fleet's own files. Writes are atomic
 * and refuse to replace an input of the session.
 */
public final class ScenarioJson {

    public static final String FORMAT = "qompat.scenario/1";

    private ScenarioJson() {
    }

    public static Scenario read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormatException(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, file.toString());
    }

    public static Scenario parse(byte[] bytes, String file) {
        JsonCursor root = JsonCursor.root(Json.readSingle(bytes, file), file);
        JsonCursor format = root.get("format");
        if (!FORMAT.equals(format.asString())) {
            String tag = format.asString();
            throw format.error(tag.startsWith("qompat.scenario/")
                    ? "unsupported format version \"" + tag + "\": this Qompat reads " + FORMAT
                    : "expected \"" + FORMAT + "\", found \"" + tag + "\"");
        }
        List<ScenarioChange> changes = new ArrayList<>();
        for (JsonCursor c : root.array("changes")) changes.add(change(c));
        return new Scenario(root.optString("name"), root.optString("description"), changes);
    }

    private static ScenarioChange change(JsonCursor c) {
        JsonCursor kind = c.get("kind");
        return switch (kind.asString()) {
            case "use-build" -> new ScenarioChange.UseBuild(hosts(c), c.string("build"), c.optString("build-label"));
            case "use-kernel-of" -> new ScenarioChange.UseKernelOf(hosts(c), c.string("source-host"));
            case "set-features" -> {
                Map<String, Boolean> features = new LinkedHashMap<>();
                for (Map.Entry<String, JsonCursor> e : c.get("features").members().entrySet()) {
                    features.put(e.getKey(), e.getValue().asBoolean());
                }
                yield new ScenarioChange.SetFeatures(hosts(c), c.optString("kernel-release"), features);
            }
            case "add-copies" -> {
                JsonCursor count = c.get("count");
                if (count.asInt() < 0) throw count.error("expected a count of 0 or more, found " + count.asInt());
                yield new ScenarioChange.AddCopies(c.string("template"), count.asInt(), c.optString("name-prefix"));
            }
            case "remove-hosts" -> new ScenarioChange.RemoveHosts(hosts(c));
            default -> throw kind.error("unknown change kind \"" + kind.asString()
                    + "\": expected use-build, use-kernel-of, set-features, add-copies or remove-hosts");
        };
    }

    private static List<String> hosts(JsonCursor c) {
        List<String> hosts = c.strings("hosts");
        if (hosts.isEmpty()) throw c.get("hosts").error("expected at least one host name");
        return hosts;
    }

    public static JsonNode toJson(Scenario s) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", s.name());
        if (!s.description().isEmpty()) root.put("description", s.description());
        ArrayNode changes = root.putArray("changes");
        for (ScenarioChange ch : s.changes()) {
            ObjectNode o = changes.addObject();
            if (ch instanceof ScenarioChange.UseBuild c) {
                o.put("kind", "use-build");
                hostArray(o, c.hosts());
                o.put("build", c.buildId());
                if (c.buildLabel() != null) o.put("build-label", c.buildLabel());
            } else if (ch instanceof ScenarioChange.UseKernelOf c) {
                o.put("kind", "use-kernel-of");
                hostArray(o, c.hosts());
                o.put("source-host", c.sourceHost());
            } else if (ch instanceof ScenarioChange.SetFeatures c) {
                o.put("kind", "set-features");
                hostArray(o, c.hosts());
                if (c.kernelRelease() != null) o.put("kernel-release", c.kernelRelease());
                ObjectNode f = o.putObject("features");
                new java.util.TreeMap<>(c.features()).forEach(f::put);
            } else if (ch instanceof ScenarioChange.AddCopies c) {
                o.put("kind", "add-copies");
                o.put("template", c.template());
                o.put("count", c.count());
                if (c.namePrefix() != null) o.put("name-prefix", c.namePrefix());
            } else if (ch instanceof ScenarioChange.RemoveHosts c) {
                o.put("kind", "remove-hosts");
                hostArray(o, c.hosts());
            }
        }
        return root;
    }

    /** Writes atomically (temp file + rename in the same directory); never over a file of the loaded inputs. */
    public static void write(Scenario s, Path target, Collection<Path> protectedInputs) throws IOException {
        AtomicFiles.write(target, QompatWriter.toBytes(toJson(s)), protectedInputs);
    }

    private static void hostArray(ObjectNode o, List<String> hosts) {
        ArrayNode a = o.putArray("hosts");
        hosts.forEach(a::add);
    }
}
