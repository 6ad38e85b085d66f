package org.qompat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.qompat.engine.FleetAnalysis;
import org.qompat.io.AtomicFiles;
import org.qompat.io.FleetLoader;
import org.qompat.model.Fleet;
import org.qompat.model.LoadProblem;
import org.qompat.report.ClassMatrix;
import org.qompat.report.ExportFormat;
import org.qompat.report.MatrixCells;
import org.qompat.report.ProtectedInputs;
import org.qompat.report.ReportContext;
import org.qompat.report.ReportExporter;
import org.qompat.report.VerdictSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qompat report INPUT... -o FILE}: the HTML report, the matrix as PNG or SVG, or the verdicts as CSV/JSON. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export for people and tools; the format follows the extension of -o:",
            "  .html  self-contained report (summary, matrix, blockers ranked by impact, findings per VM, inputs)",
            "  .png   the matrix as an image (--scale pixels per cell)",
            "  .svg   the matrix as vector graphics, for slides",
            "  .csv / .json  every verdict with its findings",
            "The file is written atomically; a file that was loaded as input is never overwritten."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage (unknown extension, scale out of range)",
            "3:input error (missing input, nothing loaded, unknown VM)", "4:could not write (refused or I/O error)"})
public final class ReportCommand implements Callable<Integer> {

    static final int INPUT_ERROR = 3;
    static final int OUTPUT_ERROR = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to load (read recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write; .html .png .svg .csv or .json.")
    Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "8",
            description = "PNG: pixels per cell, 1–64 (default: ${DEFAULT-VALUE}; host names from 12).")
    int scale;

    @Option(names = "--vm", paramLabel = "NAME", description = "Only these VMs (repeatable; default: all).")
    List<String> vms = new ArrayList<>();

    @Option(names = "--classes",
            description = "PNG/SVG/CSV/JSON: one row and column (or verdict) per host class, not per host.")
    boolean classes;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ExportFormat format;
        try {
            format = ExportFormat.forFile(output);
        } catch (IllegalArgumentException e) {
            err.println("qompat report: " + e.getMessage());
            return 2;
        }
        if (scale < 1 || scale > 64) {
            err.println("qompat report: --scale must be between 1 and 64 pixels per cell, not " + scale);
            return 2;
        }
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("qompat report: input not found: " + p);
                return INPUT_ERROR;
            }
        }
        StderrProgress progress = new StderrProgress(err, !quiet);
        try {
            // refuse before the (possibly long) load: the user named the file they are about to lose
            AtomicFiles.refuseInput(output, ProtectedInputs.of(inputs, null));
            FleetLoader.Result loaded = FleetLoader.loadDetailed(inputs, progress);
            Fleet fleet = loaded.fleet();
            for (LoadProblem p : fleet.problems()) err.println("qompat report: warning: " + p);
            if (fleet.hosts().isEmpty()) {
                progress.finish();
                err.println("qompat report: no host was loaded from " + inputs);
                return INPUT_ERROR;
            }
            progress.update(0, "analysing " + fleet.hosts().size() + " hosts × " + fleet.vms().size() + " VMs");
            VerdictSource source = VerdictSource.of(FleetAnalysis.compute(fleet));
            if (classes && format != ExportFormat.HTML) source = ClassMatrix.of(source);
            BitSet selected = MatrixCells.select(source, vms);
            Set<Path> protect = new java.util.HashSet<>(ProtectedInputs.of(inputs, fleet));
            protect.addAll(loaded.inputFiles());
            List<String> named = inputs.stream().map(Path::toString).toList();
            ReportExporter.export(new ReportExporter.Request(source, selected,
                    ReportContext.now(fleet, named, loaded.inputFiles()), output, scale, protect), progress);
            progress.finish();
            err.printf("qompat report: wrote %s (%s, %,d bytes) in %d ms%n", output, format.description(),
                    Files.size(output), progress.elapsedMs());
            return 0;
        } catch (IllegalArgumentException e) {
            progress.finish();
            err.println("qompat report: " + e.getMessage());
            return INPUT_ERROR;
        } catch (IOException | java.io.UncheckedIOException e) {
            progress.finish();
            err.println("qompat report: cannot write " + output + ": " + e.getMessage());
            return OUTPUT_ERROR;
        }
    }
}
