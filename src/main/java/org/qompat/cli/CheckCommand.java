package org.qompat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.io.AtomicFiles;
import org.qompat.report.ProtectedInputs;
import org.qompat.report.VerdictCsv;
import org.qompat.report.VerdictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qompat check}: the verdict of every asked (VM, source host, destination host), with all findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Can these VMs move between these hosts by live migration? Every ordered host pair (the",
            "diagonal included) gets OK, WARN, UNKNOWN or BLOCKED with every finding, blockers first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every asked pair is OK or WARN", "1:some pair is BLOCKED",
            "2:some pair is UNKNOWN and none is BLOCKED", "3:input error (the verdicts of what loaded still print)"})
public final class CheckCommand implements Callable<Integer> {

    static final int INPUT_ERROR = 3;

    /** Output formats. */
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to load (read recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--vm", paramLabel = "NAME", description = "Only these VMs (repeatable; default: all).")
    List<String> vms = new ArrayList<>();

    @Option(names = "--from", paramLabel = "HOST", description = "Only this source host (default: all).")
    String from;

    @Option(names = "--to", paramLabel = "HOST", description = "Only this destination host (default: all).")
    String to;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (atomically) instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CheckInputs in = CheckInputs.load(inputs, vms, from, to, err);
        if (in.vms.isEmpty() || in.from.isEmpty() || in.to.isEmpty()) {
            err.flush();
            return INPUT_ERROR;
        }
        FleetAnalysis fa = FleetAnalysis.compute(in.fleet.hosts(), in.vms);
        VerdictStatus[] worst = {VerdictStatus.OK};
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(fa, in, out, worst);
            out.flush();
        } else {
            try {
                AtomicFiles.write(output, out -> {
                    java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                    write(fa, in, w, worst);
                    w.flush();
                }, ProtectedInputs.of(inputs, in.fleet));
            } catch (IOException e) {
                err.println("qompat: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return INPUT_ERROR;
            }
        }
        err.flush();
        if (in.inputError) return INPUT_ERROR;
        switch (worst[0]) {
            case BLOCKED:
                return 1;
            case UNKNOWN:
                return 2;
            default:
                return 0;
        }
    }

    private void write(FleetAnalysis fa, CheckInputs in, java.io.Writer out, VerdictStatus[] worst) throws IOException {
        VerdictTextWriter text = format == Format.text ? new VerdictTextWriter(out) : null;
        VerdictJson json = format == Format.json ? new VerdictJson(out, fa.hosts(), fa::classOf, fa.vms(),
                fa.classes()) : null;
        VerdictCsv csv = format == Format.csv ? new VerdictCsv(out) : null;
        for (int v = 0; v < fa.vms().size(); v++) {
            for (int a : in.from) {
                for (int b : in.to) {
                    Verdict verdict = fa.verdict(v, a, b);
                    worst[0] = worst[0].worse(verdict.status());
                    if (text != null) text.verdict(verdict);
                    if (json != null) json.verdict(verdict);
                    if (csv != null) csv.verdict(verdict);
                }
            }
        }
        if (text != null) text.close();
        if (json != null) json.close();
        if (csv != null) csv.close();
    }
}
