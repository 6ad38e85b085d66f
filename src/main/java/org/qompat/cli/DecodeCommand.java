package org.qompat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qompat.engine.investigate.FindingLinker;
import org.qompat.engine.investigate.LinkReport;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.engine.investigate.MigrationLogDecoder;
import org.qompat.engine.investigate.PairGuess;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qompat decode [FILE|-]}: what a failed migration's log says, and whether the engine predicted it. */
@Command(name = "decode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decode QEMU/libvirt migration errors from a log: QEMU stderr,",
            "/var/log/libvirt/qemu/VM.log, journalctl lines or KubeVirt JSON. Each recognised",
            "line gets its meaning, engine rule and the names it carries, grouped into",
            "failure stories, cause first. With --fleet the log is set against the engine's",
            "verdict for the VM and hosts the log names (or --vm, --from, --to)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no failure in the log", "1:a failure was decoded (and, when linked, the engine agrees)",
            "2:a failure was decoded and the engine's prediction disagrees (a data gap)",
            "3:input error (unreadable log, fleet not loaded, unknown VM or host)"})
public final class DecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The log; '-' or nothing reads stdin.")
    String file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    String format;

    @Option(names = "--fleet", arity = "1..*", paramLabel = "INPUT", description = "Fleet inputs to link against.")
    List<Path> fleet = new ArrayList<>();

    @Option(names = "--vm", paramLabel = "NAME", description = "The VM (default: the one the log names).")
    String vm;

    @Option(names = "--from", paramLabel = "HOST", description = "Source host (default: where the fleet runs the VM).")
    String from;

    @Option(names = "--to", paramLabel = "HOST", description = "Destination host (default: the host the log names).")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("qompat decode: --format must be text or json, not " + format);
            return 3;
        }
        String text;
        try {
            text = file == null || file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("qompat decode: " + file + ": no such file");
            return 3;
        } catch (IOException e) {
            err.println("qompat decode: " + file + ": " + e.getMessage());
            return 3;
        }
        LogDecoding d = MigrationLogDecoder.decodeText(text);
        LinkReport link = null;
        String linkNote = null;
        if (!fleet.isEmpty()) {
            Fleet f;
            try {
                f = FleetLoader.load(fleet, LoadProgress.NONE);
            } catch (RuntimeException e) {
                err.println("qompat decode: cannot load the fleet: " + e.getMessage());
                return 3;
            }
            f.problems().forEach(p -> err.println("qompat decode: " + p));
            PairGuess guess = PairGuess.of(f, d.context());
            Optional<Vm> v = vm != null ? f.vm(vm) : guess.vm();
            Optional<Host> a = from != null ? f.host(from) : v.flatMap(x -> guess.from());
            Optional<Host> b = to != null ? f.host(to) : guess.to();
            if (vm != null && v.isEmpty()) return unknown(err, "VM", vm);
            if (from != null && a.isEmpty()) return unknown(err, "host", from);
            if (to != null && b.isEmpty()) return unknown(err, "host", to);
            if (v.isPresent() && a.isPresent() && b.isPresent()) {
                link = FindingLinker.link(d, v.get(), a.get(), b.get());
            } else {
                linkNote = "Not linked: the log does not name " + (v.isEmpty() ? "the VM" : a.isEmpty()
                        ? "the source host" : "the destination host") + " of the fleet; give --vm, --from and --to.";
            }
        }
        try {
            if (format.equals("json")) DecodeJsonWriter.write(out, d, link, linkNote);
            else DecodeTextWriter.write(out, d, link, linkNote);
        } catch (Exception e) {
            err.println("qompat decode: " + e.getMessage());
            return 3;
        }
        out.flush();
        if (!d.hasFailure()) return 0;
        return link != null && !link.agrees() ? 2 : 1;
    }

    private static int unknown(PrintWriter err, String what, String name) {
        err.println("qompat decode: no " + what + " named " + name + " in the fleet");
        return 3;
    }
}
