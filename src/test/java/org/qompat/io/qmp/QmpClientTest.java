package org.qompat.io.qmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The QMP protocol and the read-only allow-list, against a fake QMP server on a real unix socket. */
class QmpClientTest {

    private static final Duration SHORT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"qom-set", "migrate", "human-monitor-command", "device_add", "device_del", "quit",
        "system_reset", "cont", "stop", "object-add", "migrate-set-capabilities", "x-exit-preconfig", "QOM-LIST"})
    void refusesEveryWriteCommandBeforeSendingAByte(String command) throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, FakeQmpServer.GREETING,
                FakeQmpServer.answering(r -> "{\"return\": {}}"));
             QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), SHORT)) {
            assertThatThrownBy(() -> qmp.execute(command, Map.of("path", "/machine", "property", "x")))
                    .isInstanceOf(ForbiddenQmpCommandException.class)
                    .hasMessageContaining("'" + command + "'");
            qmp.execute("query-status");
            // only the negotiation and the allowed command reached the wire, in that order
            assertThat(server.commandsReceived()).containsExactly("qmp_capabilities", "query-status");
        }
    }

    @Test
    void allowListContainsOnlyReadCommands() {
        assertThat(QmpAllowList.commands()).contains("qom-list", "qom-get", "qom-list-get", "query-machines",
                "device-list-properties", "query-cpu-model-expansion", "qmp_capabilities");
        assertThat(QmpAllowList.commands()).doesNotContain("qom-set", "quit", "migrate", "human-monitor-command");
        assertThat(QmpAllowList.allows(null)).isFalse();
    }

    @Test
    void negotiatesSkipsEventsAndMatchesAnswersById() throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, FakeQmpServer.GREETING, req -> {
                String cmd = req.path("execute").asText();
                String id = req.get("id").toString();
                if (cmd.equals("qmp_capabilities")) return List.of("{\"return\": {}, \"id\": " + id + "}");
                // an event and a stale answer to another id come first; the client must skip both
                return List.of("{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"RESUME\"}",
                        "{\"return\": {\"stale\": true}, \"id\": 999}",
                        "{\"return\": {\"status\": \"prelaunch\", \"running\": false}, \"id\": " + id + "}");
            });
             QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), SHORT)) {
            assertThat(qmp.greetingVersion().path("qemu").path("major").asInt()).isEqualTo(7);
            JsonNode status = qmp.execute("query-status");
            assertThat(status.path("status").asText()).isEqualTo("prelaunch");
            assertThat(server.received.get(0)).contains("\"execute\":\"qmp_capabilities\"");
            assertThat(server.received.get(1)).contains("\"execute\":\"query-status\"").contains("\"id\":2");
        }
    }

    @Test
    void argumentsAreSentAsJson() throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, FakeQmpServer.GREETING,
                FakeQmpServer.answering(r -> "{\"return\": [{\"name\": \"host_tso4\", \"type\": \"bool\"}]}"));
             QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), SHORT)) {
            JsonNode props = qmp.execute("device-list-properties", Map.of("typename", "virtio-net-pci"));
            assertThat(props.get(0).path("name").asText()).isEqualTo("host_tso4");
            assertThat(server.received.get(1)).contains("\"arguments\":{\"typename\":\"virtio-net-pci\"}");
        }
    }

    @Test
    void errorAnswerKeepsTheConnectionUsable() throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, FakeQmpServer.GREETING, FakeQmpServer.answering(r ->
                r.path("arguments").has("compat-props")
                        ? "{\"error\": {\"class\": \"GenericError\", \"desc\": \"Parameter 'compat-props' is unexpected\"}}"
                        : "{\"return\": [{\"name\": \"pc-q35-7.2\"}]}"));
             QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), SHORT)) {
            assertThatThrownBy(() -> qmp.execute("query-machines", Map.of("compat-props", true)))
                    .isInstanceOfSatisfying(QmpCommandException.class, e -> {
                        assertThat(e.errorClass()).isEqualTo("GenericError");
                        assertThat(e.description()).contains("compat-props");
                    });
            assertThat(qmp.execute("query-machines").get(0).path("name").asText()).isEqualTo("pc-q35-7.2");
        }
    }

    @Test
    void silentPeerTimesOut() throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, FakeQmpServer.GREETING, FakeQmpServer.answering(
                r -> null));
             QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), Duration.ofMillis(300))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> qmp.execute("query-version")).isInstanceOf(QmpTimeoutException.class)
                    .hasMessageContaining("query-version");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void peerThatIsNotQmpIsRejected() throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, "{\"hello\": \"world\"}", r -> List.of())) {
            assertThatThrownBy(() -> QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), SHORT))
                    .isInstanceOf(QmpException.class).hasMessageContaining("did not greet with QMP");
        }
    }

    @Test
    void quitIsRefusedOnAVmSomebodyElseRuns() throws Exception {
        Path sock = dir.resolve("qmp.sock");
        try (FakeQmpServer server = new FakeQmpServer(sock, FakeQmpServer.GREETING,
                FakeQmpServer.answering(r -> "{\"return\": {}}"));
             QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(sock, SHORT), SHORT)) {
            assertThatThrownBy(qmp::quitLaunchedProcess).isInstanceOf(ForbiddenQmpCommandException.class);
            assertThat(server.commandsReceived()).containsExactly("qmp_capabilities");
        }
    }

    @Test
    void missingSocketTimesOutWithItsPath() {
        Path sock = dir.resolve("nobody-listens.sock");
        assertThatThrownBy(() -> UnixSocketTransport.connect(sock, Duration.ofMillis(200)))
                .isInstanceOf(QmpTimeoutException.class).hasMessageContaining(sock.toString());
    }

    @Test
    void addressesParse() {
        assertThat(QmpAddress.parse("unix:/run/vm1/qmp.sock").socket()).isEqualTo(Path.of("/run/vm1/qmp.sock"));
        assertThat(QmpAddress.parse("unix:/tmp/q.sock,server=on,wait=off").socket()).isEqualTo(Path.of("/tmp/q.sock"));
        assertThatThrownBy(() -> QmpAddress.parse("tcp:localhost:4444")).hasMessageContaining("unix:/path");
    }
}
