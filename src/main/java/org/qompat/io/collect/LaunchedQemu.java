package org.qompat.io.collect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.qompat.io.qmp.LineStreamTransport;
import org.qompat.io.qmp.QmpClient;
import org.qompat.io.qmp.QmpException;
import org.qompat.io.qmp.QmpTransport;
import org.qompat.io.qmp.UnixSocketTransport;

/**
 * A QEMU process this collector started, with a QMP connection to it. Closing it asks QEMU to quit, waits a
 * moment, and destroys the process if it is still there; it never outlives its owner.
 */
public final class LaunchedQemu implements AutoCloseable {

    private final Process process;
    private final StreamTail stderr;
    private final List<String> commandLine;
    private QmpClient qmp;

    private LaunchedQemu(Process process, StreamTail stderr, List<String> commandLine) {
        this.process = process;
        this.stderr = stderr;
        this.commandLine = List.copyOf(commandLine);
    }

    /** Starts {@code binary args… -qmp stdio}: QMP on the process's stdin/stdout, nothing on disk. */
    public static LaunchedQemu withStdioQmp(String binary, List<String> args, Duration timeout) throws IOException {
        List<String> cmd = command(binary, args, "stdio");
        LaunchedQemu q = start(new ProcessBuilder(cmd), cmd);
        Process p = q.process;
        q.connect(new LineStreamTransport(p.getInputStream(), p.getOutputStream(), "stdio of QEMU pid " + p.pid()),
                timeout);
        return q;
    }

    /** Starts {@code binary args… -qmp unix:SOCKET,server=on,wait=off} and connects to that private socket. */
    public static LaunchedQemu withSocketQmp(String binary, List<String> args, Path socket, Duration timeout)
            throws IOException {
        List<String> cmd = command(binary, args, "unix:" + socket + ",server=on,wait=off");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        LaunchedQemu q = start(pb, cmd);
        q.connect(null, timeout, socket);
        return q;
    }

    private static List<String> command(String binary, List<String> args, String qmpSpec) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary);
        cmd.addAll(args);
        cmd.add("-qmp");
        cmd.add(qmpSpec);
        return cmd;
    }

    private static LaunchedQemu start(ProcessBuilder pb, List<String> cmd) throws IOException {
        Process p;
        try {
            p = QemuProcesses.start(pb);
        } catch (IOException e) {
            throw new IOException("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
        }
        return new LaunchedQemu(p, new StreamTail(p.getErrorStream(), "qemu " + p.pid()), cmd);
    }

    private void connect(QmpTransport transport, Duration timeout) throws IOException {
        connect(transport, timeout, null);
    }

    private void connect(QmpTransport transport, Duration timeout, Path socket) throws IOException {
        try {
            QmpTransport t = transport != null ? transport : connectSocket(socket, timeout);
            qmp = QmpClient.connectLaunched(t, timeout, process);
        } catch (IOException | RuntimeException e) {
            close();
            throw new QmpException("QEMU did not come up (" + String.join(" ", commandLine) + ")"
                    + exitNote() + ": " + e.getMessage(), e);
        }
    }

    /** Polls for the socket, but gives up as soon as QEMU has exited (a bad argument ends it at once). */
    private UnixSocketTransport connectSocket(Path socket, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return UnixSocketTransport.connect(socket, Duration.ofMillis(200));
            } catch (QmpException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) throw e;
            }
        }
    }

    private String exitNote() {
        try {
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String err = stderr.text();
        String exit = process.isAlive() ? "" : " exited with code " + process.exitValue();
        return exit + (err.isEmpty() ? "" : " [" + err + "]");
    }

    public QmpClient qmp() {
        return qmp;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The full command line this QEMU was started with (binary first). */
    public List<String> commandLine() {
        return commandLine;
    }

    /** What QEMU wrote to stderr so far (last few KiB). */
    public String stderr() {
        return stderr.text();
    }

    /** Describes how the process ended, for error messages after a lost connection. */
    public String describeEnd() {
        return exitNote();
    }

    @Override
    public void close() {
        try {
            if (qmp != null && process.isAlive()) qmp.quitLaunchedProcess();
        } catch (IOException | RuntimeException e) {
            // quitting is a courtesy; destroying below is the guarantee
        }
        QemuProcesses.awaitExitOrDestroy(process, 3000);
        try {
            if (qmp != null) qmp.close();
        } catch (IOException e) {
            // already gone with the process
        }
    }
}
