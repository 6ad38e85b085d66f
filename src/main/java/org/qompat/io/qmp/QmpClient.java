package org.qompat.io.qmp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A QMP client that can only read. It negotiates capabilities, skips asynchronous events, matches answers to
 * commands by {@code id}, applies a time-out to every read, and sends only commands of {@link QmpAllowList}.
 * A QEMU the collector launched itself may additionally be told to {@link #quitLaunchedProcess() quit}.
 */
public final class QmpClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final QmpTransport transport;
    private final Duration timeout;
    /** Non-null only for a QEMU this JVM started; the sole licence to send {@code quit}. */
    private final Process launched;
    private JsonNode greeting = JSON.createObjectNode();
    private long nextId = 1;

    private QmpClient(QmpTransport transport, Duration timeout, Process launched) {
        this.transport = Objects.requireNonNull(transport);
        this.timeout = Objects.requireNonNull(timeout);
        this.launched = launched;
    }

    /** Connects to somebody else's QEMU (a running VM): strictly read-only, no {@code quit}. */
    public static QmpClient connect(QmpTransport transport, Duration timeout) throws IOException {
        return new QmpClient(transport, timeout, null).negotiate();
    }

    /** Connects to a QEMU that {@code process} is, started by the caller; {@code quit} becomes possible. */
    public static QmpClient connectLaunched(QmpTransport transport, Duration timeout, Process process)
            throws IOException {
        return new QmpClient(transport, timeout, Objects.requireNonNull(process, "process")).negotiate();
    }

    private QmpClient negotiate() throws IOException {
        JsonNode first = readMessage(timeout);
        if (!first.has("QMP")) {
            throw new QmpException(transport.describe() + " did not greet with QMP, it sent: " + abbreviate(first));
        }
        greeting = first.get("QMP");
        execute("qmp_capabilities");
        return this;
    }

    /** The greeting's {@code version} object: {@code {"qemu": {"major":…}, "package": …}}. */
    public JsonNode greetingVersion() {
        return greeting.path("version");
    }

    public JsonNode execute(String command) throws IOException {
        return execute(command, (ObjectNode) null);
    }

    public JsonNode execute(String command, Map<String, ?> arguments) throws IOException {
        return execute(command, arguments == null ? null : (ObjectNode) JSON.valueToTree(arguments));
    }

    /**
     * Runs one allow-listed command and returns its {@code return} value.
     *
     * @throws ForbiddenQmpCommandException before anything is sent, for a command not on the allow-list
     * @throws QmpCommandException when QEMU answers with an error (the connection stays usable)
     * @throws QmpTimeoutException when QEMU does not answer within this client's time-out
     */
    public JsonNode execute(String command, ObjectNode arguments) throws IOException {
        return execute(command, arguments, timeout);
    }

    /** As {@link #execute(String, ObjectNode)}, with a time-out for this command only. */
    public JsonNode execute(String command, ObjectNode arguments, Duration commandTimeout) throws IOException {
        QmpAllowList.require(command);
        return send(command, arguments, commandTimeout);
    }

    /**
     * Runs one allow-listed command once per argument object, pipelined: all requests are written before the
     * answers are read (QEMU handles them in order), which saves a round trip per call when walking a QOM tree.
     * Each result is the {@code return} value, or the {@link QmpCommandException} QEMU answered with.
     */
    public List<Object> executeBatch(String command, List<? extends Map<String, ?>> argumentList) throws IOException {
        QmpAllowList.require(command);
        Map<Long, Integer> slot = new HashMap<>();
        for (Map<String, ?> args : argumentList) {
            long id = nextId++;
            slot.put(id, slot.size());
            ObjectNode msg = JSON.createObjectNode();
            msg.put("execute", command);
            if (args != null && !args.isEmpty()) msg.set("arguments", JSON.valueToTree(args));
            msg.put("id", id);
            transport.send(JSON.writeValueAsString(msg));
        }
        Object[] results = new Object[argumentList.size()];
        int pending = results.length;
        long deadline = System.nanoTime() + timeout.toNanos() * Math.max(1, results.length / 16 + 1);
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new QmpTimeoutException(pending + " answers to " + command + " missing from "
                    + transport.describe());
            JsonNode answer = readMessage(Duration.ofNanos(left));
            Integer at = answer.has("id") ? slot.remove(answer.get("id").asLong(-1)) : null;
            if (at == null) continue; // an event, or an answer to something else
            pending--;
            if (answer.has("error")) {
                JsonNode err = answer.get("error");
                results[at] = new QmpCommandException(command, err.path("class").asText("?"),
                        err.path("desc").asText(""));
            } else {
                results[at] = answer.get("return");
            }
        }
        return Arrays.asList(results);
    }

    /**
     * Asks a QEMU this collector launched to quit. Refused for a connection to a QEMU somebody else runs, and
     * for a launched process that already ended.
     */
    public void quitLaunchedProcess() throws IOException {
        if (launched == null) {
            throw new ForbiddenQmpCommandException("quit", "only a QEMU launched by Qompat itself may be quit");
        }
        if (!launched.isAlive()) return;
        try {
            send("quit", null, timeout);
        } catch (QmpException e) {
            // QEMU may close the connection before its answer arrives; the caller still waits for the process
            if (launched.isAlive() && e instanceof QmpCommandException) throw e;
        }
    }

    private JsonNode send(String command, ObjectNode arguments, Duration wait) throws IOException {
        long id = nextId++;
        ObjectNode msg = JSON.createObjectNode();
        msg.put("execute", command);
        if (arguments != null && !arguments.isEmpty()) msg.set("arguments", arguments);
        msg.put("id", id);
        transport.send(JSON.writeValueAsString(msg));
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            // one deadline for the whole command, so a stream of events cannot postpone the time-out forever
            long leftNanos = deadline - System.nanoTime();
            if (leftNanos <= 0) {
                throw new QmpTimeoutException("no answer to " + command + " from " + transport.describe()
                        + " within " + wait.toMillis() + " ms");
            }
            JsonNode answer;
            try {
                answer = readMessage(Duration.ofNanos(leftNanos));
            } catch (QmpTimeoutException e) {
                throw new QmpTimeoutException("no answer to " + command + " from " + transport.describe()
                        + " within " + wait.toMillis() + " ms");
            }
            if (answer.has("event")) continue;
            JsonNode answerId = answer.get("id");
            if (answerId != null && answerId.asLong(-1) != id) continue; // a stale answer to a timed-out command
            if (answer.has("error")) {
                JsonNode err = answer.get("error");
                throw new QmpCommandException(command, err.path("class").asText("?"), err.path("desc").asText(""));
            }
            if (answer.has("return")) return answer.get("return");
            throw new QmpException(transport.describe() + " answered " + command + " with neither return nor "
                    + "error: " + abbreviate(answer));
        }
    }

    private JsonNode readMessage(Duration wait) throws IOException {
        String line = transport.receive(wait);
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) throw new QmpException("not a JSON object: " + abbreviate(line));
            return node;
        } catch (JsonProcessingException e) {
            throw new QmpException(transport.describe() + " sent a line that is not JSON: " + abbreviate(line), e);
        }
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    public String describe() {
        return transport.describe();
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
