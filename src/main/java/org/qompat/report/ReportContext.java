package org.qompat.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.qompat.model.Fleet;

/**
 * What a report says about its own origin: the fleet as loaded (builds and load problems included), the inputs
 * the user named, every file the load read (manifests and referenced dumps included; empty when unknown), when it
 * was generated and by which version of Qompat.
 */
public record ReportContext(Fleet fleet, List<String> inputs, Set<Path> inputFiles, Instant generatedAt,
                            String generator) {

    public ReportContext {
        inputs = List.copyOf(inputs);
        inputFiles = Set.copyOf(inputFiles);
    }

    public ReportContext(Fleet fleet, List<String> inputs, Instant generatedAt, String generator) {
        this(fleet, inputs, Set.of(), generatedAt, generator);
    }

    public static ReportContext now(Fleet fleet, List<String> inputs, Set<Path> inputFiles) {
        return new ReportContext(fleet, inputs, inputFiles, Instant.now(), currentGenerator());
    }

    /** "qompat 0.1.0" from the jar manifest, "qompat dev" when run from classes. */
    public static String currentGenerator() {
        String v = ReportContext.class.getPackage().getImplementationVersion();
        return "qompat " + (v == null ? "dev" : v);
    }

    public static ReportContext now(Fleet fleet, List<String> inputs) {
        return new ReportContext(fleet, inputs, Instant.now(), currentGenerator());
    }
}
