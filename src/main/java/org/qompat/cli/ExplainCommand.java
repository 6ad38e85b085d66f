package org.qompat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qompat.engine.Compatibility;
import org.qompat.engine.Finding;
import org.qompat.engine.MachineResolution;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qompat explain}: one VM, one host pair, every finding with both values and where each came from. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Why can (or can't) this VM move from this host to that one? Every finding, with the value",
            "on each side and the file and position each value came from."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:OK or WARN", "1:BLOCKED", "2:UNKNOWN", "3:input error"})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to load (read recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--vm", required = true, paramLabel = "NAME", description = "The VM.")
    String vm;

    @Option(names = "--from", required = true, paramLabel = "HOST", description = "The source host.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "HOST", description = "The destination host.")
    String to;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        CheckInputs in = CheckInputs.load(inputs, List.of(vm), from, to, err);
        err.flush();
        if (in.vms.isEmpty() || in.from.isEmpty() || in.to.isEmpty()) return CheckCommand.INPUT_ERROR;
        Vm v = in.vms.get(0);
        Host s = in.fleet.hosts().get(in.from.get(0));
        Host t = in.fleet.hosts().get(in.to.get(0));
        Verdict verdict = Compatibility.check(v, s, t);
        out.println(v.name() + ": " + s.name() + " -> " + t.name() + ": " + verdict.status());
        out.println("  source:      " + describe(s, v));
        out.println("  destination: " + describe(t, v));
        if (verdict.findings().isEmpty()) out.println("  No findings: every rule is satisfied.");
        int i = 1;
        for (Finding f : verdict.findings()) {
            out.println();
            String where = f.path().isEmpty() ? "" : " " + f.path();
            String prop = f.property().isEmpty() ? "" : " · " + f.property();
            out.println(String.format("  %d. %s %s%s%s", i++, f.severity(), f.rule().id(), where, prop));
            out.println("     " + f.message());
            out.println("     source:      " + value(f.sourceValue()) + "   from " + where(f.sourceProvenance()));
            out.println("     destination: " + value(f.destinationValue()) + "   from "
                    + where(f.destinationProvenance()));
        }
        out.flush();
        if (in.inputError) return CheckCommand.INPUT_ERROR;
        switch (verdict.status()) {
            case BLOCKED:
                return 1;
            case UNKNOWN:
                return 2;
            default:
                return 0;
        }
    }

    private static String describe(Host h, Vm v) {
        if (h.build() == null) return h.name() + " (no QEMU build loaded)";
        MachineResolution m = MachineResolution.resolve(v, h.build());
        return h.name() + ", QEMU " + h.build().label() + ", kernel " + h.kernelRelease() + "; machine: " + m.how();
    }

    private static String value(String v) {
        return v == null || v.isEmpty() ? "-" : v;
    }

    private static String where(Provenance p) {
        return p == null ? "(unknown source)" : p.toString();
    }
}
