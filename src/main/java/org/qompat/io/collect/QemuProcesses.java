package org.qompat.io.collect;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Every QEMU the collector starts goes through here, so that none outlives it: each process is destroyed in a
 * {@code finally} by its owner, and a JVM shutdown hook destroys whatever is still registered (Ctrl-C, an
 * uncaught error). Listeners learn each launched PID (tests use that to prove nothing survived).
 */
public final class QemuProcesses {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final List<LongConsumer> LAUNCH_LISTENERS = new CopyOnWriteArrayList<>();

    static {
        Thread hook = new Thread(() -> LIVE.forEach(QemuProcesses::kill), "qompat-qemu-reaper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private QemuProcesses() {
    }

    /** Starts a process, registered for destruction; stdin/stdout are pipes unless the builder says otherwise. */
    public static Process start(ProcessBuilder builder) throws IOException {
        Process p = builder.start();
        LIVE.add(p);
        for (LongConsumer l : LAUNCH_LISTENERS) l.accept(p.pid());
        return p;
    }

    /** Ends the process (politely, then by force) and its descendants, and waits for it. Idempotent. */
    public static void destroy(Process p) {
        if (p == null) return;
        try {
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(3, TimeUnit.SECONDS)) kill(p);
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(p);
        }
    }

    /** Waits up to {@code millis} for a process asked to quit, then destroys it. */
    public static void awaitExitOrDestroy(Process p, long millis) {
        try {
            if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
                LIVE.remove(p);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        destroy(p);
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void addLaunchListener(LongConsumer listener) {
        LAUNCH_LISTENERS.add(listener);
    }

    public static void removeLaunchListener(LongConsumer listener) {
        LAUNCH_LISTENERS.remove(listener);
    }

    /** How many started processes are not yet known to have ended (for tests and diagnostics). */
    public static int liveCount() {
        LIVE.removeIf(p -> !p.isAlive());
        return LIVE.size();
    }
}
