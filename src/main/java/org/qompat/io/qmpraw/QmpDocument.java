package org.qompat.io.qmpraw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qompat.io.FormatException;
import org.qompat.io.json.Json;
import org.qompat.io.json.JsonCursor;

/**
 * A file of raw QMP traffic: either one bare answer ({@code {"return": …}}, as {@code qmp.py save} or a
 * {@code socat} session keeps it) or a transcript of JSON lines where {@code {"execute": …}} requests alternate
 * with their answers (a {@code -qmp stdio} session log), or a {@code qmp-shell -l} log where each command is one
 * object holding request and answer together (compact or pretty-printed). Greetings, events and error answers
 * are skipped; each successful answer is tied to its request, by {@code id} when present, else in order.
 */
public final class QmpDocument {

    /**
     * {@code device-list-properties-virtio-net-pci.json}, {@code qom-list-properties-migration.json}: the only
     * name-borne fact, the typename of a bare property-list answer.
     */
    private static final Pattern DLP_FILE = Pattern.compile("(device-list-properties|qom-list-properties)-(.+)\\.json");

    private QmpDocument() {
    }

    /** True when the document is QMP traffic (a greeting, a request, or an answer comes first). */
    public static boolean claims(List<Json.Value> values) {
        JsonNode first = values.get(0).node();
        return first.isObject() && (first.has("return") || first.has("error") || first.has("QMP")
                || first.has("execute") || first.has("exec-oob"));
    }

    /**
     * The successful answers of the file, each with the command that produced it.
     *
     * @param fileName the file's base name, consulted only for the typename of a bare device-list-properties
     */
    public static List<QmpAnswer> answers(List<Json.Value> values, String file, String fileName) {
        boolean single = values.size() == 1;
        Deque<JsonCursor> pending = new ArrayDeque<>();
        List<QmpAnswer> out = new ArrayList<>();
        for (Json.Value v : values) {
            JsonCursor msg = single ? JsonCursor.root(v.node(), file)
                    : JsonCursor.root(v.node(), file, "line " + v.line() + " ");
            JsonNode n = v.node();
            if (!n.isObject()) throw msg.error("expected a QMP message object, found " + Json.describe(n));
            boolean isRequest = n.has("execute") || n.has("exec-oob");
            boolean isReply = n.has("return") || n.has("error");
            if (isRequest && isReply) {
                // qmp-shell -l logs each command as one object: the request merged with its answer
                if (n.has("return")) {
                    QmpAnswer a = answer(msg, msg.get("return"), null);
                    if (a != null) out.add(a);
                }
            } else if (isRequest) {
                pending.addLast(msg);
            } else if (n.has("return") || n.has("error")) {
                JsonCursor request = takeRequest(pending, n.get("id"));
                if (n.has("return")) {
                    QmpAnswer a = answer(request, msg.get("return"), single ? fileName : null);
                    if (a != null) out.add(a);
                }
            } else if (!n.has("QMP") && !n.has("event")) {
                throw msg.error("expected a QMP request, answer, event or greeting");
            }
        }
        return out;
    }

    private static JsonCursor takeRequest(Deque<JsonCursor> pending, JsonNode id) {
        if (id != null) {
            for (JsonCursor r : pending) {
                if (id.equals(r.node().get("id"))) {
                    pending.remove(r);
                    return r;
                }
            }
        }
        return pending.pollFirst();
    }

    private static QmpAnswer answer(JsonCursor request, JsonCursor ret, String bareFileName) {
        if (request != null) {
            JsonNode req = request.node();
            String command = req.has("execute") ? req.get("execute").asText() : req.path("exec-oob").asText();
            if (!QmpShapes.isBuildFact(command)) return null;
            JsonNode args = req.get("arguments");
            String subject = null;
            if (QmpShapes.isPropertyList(command)) {
                subject = args == null ? null : args.path("typename").asText(null);
                if (subject == null) throw request.error(command + " request without a typename");
            }
            return new QmpAnswer(command, args, ret, subject);
        }
        String command = QmpShapes.commandOf(ret.node());
        String subject = null;
        Matcher m = bareFileName == null ? null : DLP_FILE.matcher(bareFileName);
        boolean namedDlp = m != null && m.matches();
        if (command == null && namedDlp && ret.node().isArray() && ret.node().isEmpty()) {
            command = QmpShapes.DEVICE_LIST_PROPERTIES; // an empty list: only the name can tell
        }
        if (!QmpShapes.isBuildFact(command)) return null;
        if (QmpShapes.isPropertyList(command)) {
            if (!namedDlp) {
                throw new FormatException(ret.file(), ret.location(), "a device-list-properties answer without "
                        + "its request: cannot tell which type it describes (name the file "
                        + "device-list-properties-<typename>.json, or keep the QMP transcript with the requests)");
            }
            if (m.group(1).equals(QmpShapes.QOM_LIST_PROPERTIES)) command = QmpShapes.QOM_LIST_PROPERTIES;
            subject = m.group(2);
        }
        return new QmpAnswer(command, null, ret, subject);
    }
}
