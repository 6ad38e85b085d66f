package org.qompat.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.qompat.engine.FleetAnalysis;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;

/**
 * Reads the inputs and computes the analysis off the FX thread, reporting per-file progress; cancelling stops
 * the loader at its next file (it polls {@link LoadProgress#isCancelled()}) and drops the result.
 */
public final class FleetLoadTask extends Task<LoadResult> {

    private final List<Path> sources;
    private final Supplier<Fleet> readFleet;
    private final FleetOpener opener;

    /** Loads from files. */
    public FleetLoadTask(List<Path> sources, FleetOpener opener) {
        this.sources = List.copyOf(sources); // empty: the opener knows what to read (the embedded demo)
        this.readFleet = null;
        this.opener = opener;
    }

    /** Analyses a fleet that is already in memory (tests, what-if); the window keeps its current sources. */
    public FleetLoadTask(Fleet fleet) {
        this.sources = null;
        this.readFleet = () -> fleet;
        this.opener = null;
    }

    @Override
    protected LoadResult call() throws Exception {
        long start = System.nanoTime();
        Fleet fleet;
        if (readFleet != null) {
            fleet = readFleet.get();
        } else {
            updateMessage("Reading " + describe(sources) + " …");
            fleet = opener.load(sources, new LoadProgress() {
                @Override
                public void onFile(int done, int total, String file) {
                    updateProgress(done, Math.max(1, total));
                    updateMessage("Reading " + file + " (" + done + "/" + total + ")");
                }

                @Override
                public boolean isCancelled() {
                    return FleetLoadTask.this.isCancelled();
                }
            });
        }
        if (isCancelled()) throw new CancellationException();
        updateProgress(-1, 1);
        updateMessage("Computing verdicts for " + fleet.vms().size() + " VMs on " + fleet.hosts().size() + " hosts …");
        FleetAnalysis analysis = FleetAnalysis.compute(fleet);
        VerdictTotals totals = VerdictTotals.of(analysis);
        if (isCancelled()) throw new CancellationException();
        updateProgress(1, 1);
        return new LoadResult(sources, fleet, analysis, totals, (System.nanoTime() - start) / 1_000_000);
    }

    static String describe(List<Path> paths) {
        if (paths.isEmpty()) return "the demo fleet";
        if (paths.size() == 1) return String.valueOf(paths.get(0).getFileName());
        return paths.size() + " inputs";
    }
}
