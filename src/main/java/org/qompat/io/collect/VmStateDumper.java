package org.qompat.io.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code qemu -M <machine> -dump-vmstate FILE}: QEMU sets the machine up, writes every device class's VMState
 * description as JSON and exits. Runs under a time-out; the process never outlives the call.
 */
public final class VmStateDumper {

    private final String binary;
    private final List<String> accelArgs;
    private final Duration timeout;

    public VmStateDumper(String binary, List<String> accelArgs, Duration timeout) {
        this.binary = binary;
        this.accelArgs = List.copyOf(accelArgs);
        this.timeout = timeout;
    }

    /** Writes the dump for {@code machine} to {@code target} (which must not exist yet) and returns it. */
    public Path dump(String machine, Path target) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary, "-M", machine));
        cmd.addAll(accelArgs);
        cmd.addAll(List.of("-nodefaults", "-display", "none", "-dump-vmstate", target.toString()));
        Process p = QemuProcesses.start(new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null"))).redirectOutput(ProcessBuilder.Redirect.DISCARD));
        StreamTail err = new StreamTail(p.getErrorStream(), "dump-vmstate " + machine);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(String.join(" ", cmd) + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(target) || Files.size(target) == 0) {
                throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + ")"
                        + (err.text().isEmpty() ? "" : ": " + err.text()));
            }
            return target;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dumping vmstate of " + machine, e);
        } finally {
            QemuProcesses.destroy(p);
        }
    }
}
