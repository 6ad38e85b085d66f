package org.qompat.io.qmp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A QMP peer on a real unix socket for tests: greets like QEMU, then answers each request line with whatever lines
 * {@code responder} returns (which may include events, or nothing to provoke a time-out). Records every line
 * received, so tests can prove that a refused command never reached the wire.
 */
final class FakeQmpServer implements AutoCloseable {

    static final String GREETING = "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7},"
            + " \"package\": \"Debian 1:7.2+dfsg-7+deb12u18+b3\"}, \"capabilities\": [\"oob\"]}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> received = new CopyOnWriteArrayList<>();
    private final ServerSocketChannel server;
    private final Thread thread;
    private volatile SocketChannel client;

    FakeQmpServer(Path socket, String greeting, Function<JsonNode, List<String>> responder) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        thread = new Thread(() -> serve(greeting, responder), "fake-qmp");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(String greeting, Function<JsonNode, List<String>> responder) {
        try (SocketChannel ch = server.accept()) {
            client = ch;
            write(ch, greeting);
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch),
                    StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                received.add(line);
                for (String out : responder.apply(JSON.readTree(line))) write(ch, out);
            }
        } catch (IOException e) {
            // the client went away; the test decides whether that was expected
        }
    }

    private static void write(SocketChannel ch, String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) ch.write(b);
    }

    /** A well-behaved QEMU: {"return": {}} for capabilities, {@code answer} for everything else, ids echoed. */
    static Function<JsonNode, List<String>> answering(Function<JsonNode, String> answer) {
        return req -> {
            String id = req.has("id") ? ", \"id\": " + req.get("id") : "";
            String cmd = req.path("execute").asText();
            String body = cmd.equals("qmp_capabilities") ? "{\"return\": {}}" : answer.apply(req);
            if (body == null) return List.of();
            return List.of(body.substring(0, body.lastIndexOf('}')) + id + "}");
        };
    }

    List<String> commandsReceived() {
        return received.stream().map(l -> {
            try {
                return JSON.readTree(l).path("execute").asText();
            } catch (IOException e) {
                return "<unparsable " + l + ">";
            }
        }).toList();
    }

    @Override
    public void close() throws IOException {
        SocketChannel c = client;
        if (c != null) c.close();
        server.close();
    }
}
