package org.qompat.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.qompat.engine.FleetAnalysis;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;

/**
 * The demo fleet of samples/ (the collector's, from real QEMU 7.2 and 10.0 answers), loaded and analysed once
 * per test JVM because both take seconds. {@code QOMPAT_SAMPLES} may point elsewhere; tests skip when absent.
 */
public final class DemoFleet {

    private static Fleet fleet;
    private static FleetAnalysis analysis;

    private DemoFleet() {
    }

    public static Path dir() {
        String env = System.getenv("QOMPAT_SAMPLES");
        String prop = System.getProperty("qompat.samples", "samples");
        return Path.of(env != null && !env.isBlank() ? env : prop);
    }

    /** The demo fleet, or the calling test is skipped when samples/ has no fleet manifest yet. */
    public static synchronized Fleet fleet() {
        Assumptions.assumeTrue(Files.isRegularFile(dir().resolve("fleet.json")), "no demo fleet in " + dir());
        if (fleet == null) {
            fleet = FleetLoader.load(List.of(dir()), LoadProgress.NONE);
            if (!fleet.problems().isEmpty()) throw new IllegalStateException("demo fleet problems: " + fleet.problems());
        }
        return fleet;
    }

    public static synchronized FleetAnalysis analysis() {
        if (analysis == null) analysis = FleetAnalysis.compute(fleet());
        return analysis;
    }
}
