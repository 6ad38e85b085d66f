package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.io.json.Json;
import org.qompat.io.qmp.QmpClient;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

/**
 * Walks a live VM's QOM tree over read-only QMP, depth-first in qom-list order like QEMU's qom-tree script:
 * {@code child<>} properties are followed, {@code link<>} properties are recorded as path values. On QEMU ≥ 10.1
 * one {@code qom-list-get} per level reads all values at once; older QEMUs get a {@code qom-get} per property.
 * Properties QEMU cannot read are left out of the node (their type is still recorded).
 */
public final class QomTreeWalker {

    private final QmpClient qmp;
    private final String source;
    private Boolean listGet; // null until we know whether qom-list-get exists
    private int calls;

    public QomTreeWalker(QmpClient qmp, String source) {
        this.qmp = qmp;
        this.source = source;
    }

    public QomNode walk(String rootPath) throws IOException {
        if (listGet == null) listGet = supportsListGet();
        return node(rootPath);
    }

    /** QMP calls made so far (for diagnostics and benchmarks). */
    public int calls() {
        return calls;
    }

    private boolean supportsListGet() throws IOException {
        calls++;
        JsonNode commands = qmp.execute("query-commands");
        for (JsonNode c : commands) if ("qom-list-get".equals(c.path("name").asText())) return true;
        return false;
    }

    /** Values as text; a JSON null (or an absent value) is left out, the property's type still says it exists. */
    private static void putValue(Map<String, String> values, String name, JsonNode value) {
        String text = Json.scalarText(value);
        if (text != null) values.put(name, text);
    }

    private QomNode node(String path) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        List<String> childNames = new ArrayList<>();
        String type = null;
        if (listGet) {
            calls++;
            JsonNode props = qmp.execute("qom-list-get", Map.of("paths", List.of(path))).path(0).path("properties");
            for (JsonNode p : props) {
                String name = p.path("name").asText();
                String ptype = p.path("type").asText();
                if (ptype.startsWith("child<")) {
                    childNames.add(name);
                } else {
                    types.put(name, ptype);
                    putValue(values, name, p.get("value"));
                }
            }
        } else {
            calls++;
            List<Map<String, String>> gets = new ArrayList<>();
            for (JsonNode p : qmp.execute("qom-list", Map.of("path", path))) {
                String name = p.path("name").asText();
                String ptype = p.path("type").asText();
                if (ptype.startsWith("child<")) {
                    childNames.add(name);
                    continue;
                }
                types.put(name, ptype);
                gets.add(Map.of("path", path, "property", name));
            }
            calls += gets.size();
            List<Object> got = gets.isEmpty() ? List.of() : qmp.executeBatch("qom-get", gets);
            for (int i = 0; i < got.size(); i++) {
                // an unreadable property (e.g. a CPU's "crash" information before any crash) is not a value
                if (got.get(i) instanceof JsonNode v) {
                    putValue(values, gets.get(i).get("property"), v);
                }
            }
        }
        type = values.remove("type");
        types.remove("type");
        List<QomNode> children = new ArrayList<>();
        String prefix = path.equals("/") ? "" : path;
        for (String child : childNames) children.add(node(prefix + "/" + child));
        return new QomNode(path, type, values, types, Set.of(), children,
                Provenance.json(source, "qom-list " + path));
    }
}
