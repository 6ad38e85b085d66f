package org.qompat.engine.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal QMP client for the ground-truth tests only: unlike the product's read-only client it may send
 * {@code migrate} and {@code quit}, which these tests need to migrate throwaway VMs.
 */
final class TestQmp implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SocketChannel channel;
    private final BufferedReader in;
    private final OutputStream out;

    private TestQmp(SocketChannel channel) throws IOException {
        this.channel = channel;
        this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        this.out = Channels.newOutputStream(channel);
        in.readLine(); // greeting
        execute("qmp_capabilities", null);
    }

    /** Connects once the socket exists; false from {@code alive} means the QEMU died first. */
    static TestQmp connect(Path socket, Process qemu, long timeoutMs) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (!qemu.isAlive()) return null;
            if (Files.exists(socket)) {
                try {
                    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                    ch.connect(UnixDomainSocketAddress.of(socket));
                    return new TestQmp(ch);
                } catch (IOException notYet) {
                    // the socket file exists before QEMU listens on it
                }
            }
            Thread.sleep(20);
        }
        throw new IOException("no QMP socket at " + socket + " after " + timeoutMs + " ms");
    }

    /** Sends a command and returns its "return" (or the whole "error" object); events are skipped. */
    JsonNode execute(String command, String argumentsJson) throws IOException {
        String msg = "{\"execute\":\"" + command + "\"" + (argumentsJson == null ? "" : ",\"arguments\":"
                + argumentsJson) + "}\n";
        out.write(msg.getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (true) {
            String line = in.readLine();
            if (line == null) throw new IOException("QMP closed while waiting for " + command);
            JsonNode n = JSON.readTree(line);
            if (n.has("return")) return n.get("return");
            if (n.has("error")) return n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
