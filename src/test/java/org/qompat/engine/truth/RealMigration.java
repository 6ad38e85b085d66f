package org.qompat.engine.truth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.qompat.model.Vm;

/**
 * Really migrates a paused, guest-less VM through a file: the source gets {@code migrate exec:cat > FILE}, the
 * destination is started with the same arguments plus {@code -incoming 'exec:cat FILE'}. Every QEMU it starts is
 * killed before it returns.
 */
final class RealMigration {

    /** The outcome and, on failure, what QEMU said; {@code vm} is what the collector saw on the source. */
    record Outcome(boolean migrated, String why, Vm vm) {
    }

    /** Reads the running source VM through its second, read-only QMP socket. */
    interface Capture {
        Vm capture(Path qmpSocket) throws IOException;
    }

    static final List<String> BASE = List.of("-S", "-accel", "tcg", "-nodefaults", "-display", "none", "-m", "64");

    private RealMigration() {
    }

    static Outcome run(String srcBinary, String dstBinary, List<String> vmArgs, Path dir, Capture capture)
            throws IOException, InterruptedException {
        Path stream = dir.resolve("stream-" + System.nanoTime() + ".mig");
        Vm[] seen = new Vm[1];
        String failure = migrateOut(srcBinary, vmArgs, stream, dir, capture, seen);
        if (failure != null) return new Outcome(false, failure, seen[0]);
        Outcome in = migrateIn(dstBinary, vmArgs, stream, dir);
        return new Outcome(in.migrated(), in.why(), seen[0]);
    }

    /** Null when the stream was written; otherwise why not. */
    private static String migrateOut(String bin, List<String> vmArgs, Path stream, Path dir, Capture capture,
                                     Vm[] seen) throws IOException, InterruptedException {
        Path sock = dir.resolve("src-" + System.nanoTime() + ".sock");
        Path collectorSock = dir.resolve("col-" + System.nanoTime() + ".sock");
        List<String> args = new ArrayList<>(vmArgs);
        args.addAll(List.of("-qmp", "unix:" + collectorSock + ",server=on,wait=off"));
        Process p = start(bin, args, sock, null, dir.resolve("src.stderr"));
        try (TestQmp qmp = TestQmp.connect(sock, p, 20000)) {
            if (qmp == null) return "source did not start: " + stderr(dir, "src.stderr");
            seen[0] = capture.capture(collectorSock);
            JsonNode r = qmp.execute("migrate", "{\"uri\":\"exec:cat > " + stream + "\"}");
            if (r.has("error")) return "source refused: " + r.path("error").path("desc").asText();
            for (int i = 0; i < 600; i++) {
                String status = qmp.execute("query-migrate", null).path("status").asText();
                if (status.equals("completed")) return null;
                if (status.equals("failed")) return "source migration failed";
                Thread.sleep(25);
            }
            return "source migration did not finish";
        } finally {
            stop(p);
        }
    }

    private static Outcome migrateIn(String bin, List<String> vmArgs, Path stream, Path dir)
            throws IOException, InterruptedException {
        Path sock = dir.resolve("dst-" + System.nanoTime() + ".sock");
        Path err = dir.resolve("dst.stderr");
        Process p = start(bin, vmArgs, sock, "exec:cat " + stream, err);
        try (TestQmp qmp = TestQmp.connect(sock, p, 20000)) {
            if (qmp == null) return new Outcome(false, "destination did not start: " + stderr(dir, "dst.stderr"), null);
            for (int i = 0; i < 600; i++) {
                if (!p.isAlive()) return new Outcome(false, stderr(dir, "dst.stderr"), null);
                JsonNode m;
                try {
                    m = qmp.execute("query-migrate", null);
                } catch (IOException gone) {
                    p.waitFor(5, TimeUnit.SECONDS);
                    return new Outcome(false, stderr(dir, "dst.stderr"), null);
                }
                String status = m.path("status").asText();
                if (status.equals("completed")) return new Outcome(true, "", null);
                if (status.equals("failed")) return new Outcome(false, stderr(dir, "dst.stderr"), null);
                Thread.sleep(25);
            }
            return new Outcome(false, "destination did not finish loading", null);
        } finally {
            stop(p);
        }
    }

    private static Process start(String bin, List<String> vmArgs, Path sock, String incoming, Path stderr)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin);
        cmd.addAll(vmArgs);
        cmd.addAll(List.of("-qmp", "unix:" + sock + ",server=on,wait=off"));
        if (incoming != null) cmd.addAll(List.of("-incoming", incoming));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String stderr(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8).trim() : "";
    }
}
