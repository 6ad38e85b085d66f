package org.qompat.ui.matrix;

import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;

/**
 * What the matrix needs from an analysis: hosts, their equivalence classes and the verdict per VM and class
 * pair. The engine's {@code FleetAnalysis} is the real source ({@link AnalysisMatrixSource}); the render
 * benchmark and the renderer tests use a synthetic one, so the drawing code never waits for a fleet.
 */
public interface MatrixSource {

    int hostCount();

    String hostName(int host);

    int classCount();

    int classOf(int host);

    /** A short name for a class header, e.g. "10.0.2 · 6.8 · EPYC-Genoa". */
    String classLabel(int cls);

    int vmCount();

    String vmName(int vm);

    VerdictStatus classStatus(int vm, int fromClass, int toClass);

    /** The full verdict (with findings) for a class pair; may be computed on demand. */
    Verdict classVerdict(int vm, int fromClass, int toClass);
}
