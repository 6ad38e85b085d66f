package org.qompat.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.qompat.io.LoadProgress;
import org.qompat.report.ExportProgress;

/**
 * Progress on stderr for work that takes longer than a moment: silent for the first {@link #QUIET_MS}, then one
 * line at most every {@link #EVERY_MS} (rewritten in place on a terminal), so quick exports print nothing and
 * scripts reading stdout are never disturbed.
 */
final class StderrProgress implements ExportProgress, LoadProgress {

    static final long QUIET_MS = 700;
    static final long EVERY_MS = 250;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printedAny;

    StderrProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void update(double fraction, String step) {
        print(String.format(Locale.ROOT, "%3.0f%% %s", 100 * Math.max(0, Math.min(1, fraction)), step));
    }

    @Override
    public synchronized void onFile(int done, int total, String file) {
        print("loading " + done + "/" + total + " " + file);
    }

    /** The CLI cannot be cancelled from inside; Ctrl+C ends the process and the atomic write leaves no trace. */
    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Milliseconds since the work began. */
    long elapsedMs() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Ends the in-place line so the next message starts on a fresh one. */
    synchronized void finish() {
        if (printedAny && terminal) err.println();
        err.flush();
    }

    private void print(String line) {
        if (!enabled) return;
        long now = elapsedMs();
        if (now < QUIET_MS || now - lastPrint < EVERY_MS) return;
        lastPrint = now;
        printedAny = true;
        if (terminal) {
            err.print("\r\u001b[2K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }
}
