package org.qompat.io.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the command line of the local QEMU that serves a QMP socket, by reading /proc/PID/cmdline of processes
 * whose arguments name that socket. Read-only; absent on other hosts or when the socket was passed as an fd.
 */
final class ProcCmdline {

    record Found(long pid, List<String> args) {
    }

    private ProcCmdline() {
    }

    static Optional<Found> forSocket(Path socket) {
        String wanted = socket.toAbsolutePath().normalize().toString();
        List<Found> hits = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                List<String> args = read(p.resolve("cmdline"));
                if (args.size() < 2 || !args.get(0).contains("qemu")) continue;
                if (args.stream().anyMatch(a -> a.contains(wanted))) {
                    hits.add(new Found(Long.parseLong(p.getFileName().toString()), args));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static List<String> read(Path cmdline) {
        try {
            String all = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(List.of(all.split("\0")));
            out.removeIf(String::isEmpty);
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }
}
