package org.qompat.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qompat.engine.compat.CompatTable;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.LoadProblem;
import org.qompat.model.QemuBuild;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qompat compat-diff}: the driver × property × (build, machine type) table of QEMU's
 * compare-machine-types.py, computed from the loaded builds (collected, or filled from QEMU source).
 */
@Command(name = "compat-diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"What each machine type's compat table makes of each device property, per loaded QEMU",
            "build: the table of QEMU's scripts/compare-machine-types.py. Abstract drivers (virtio-pci,",
            "pci-device …) are expanded to their implementations; without --raw only differing rows are shown,",
            "with on/true as True and off/false as False."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:table printed", "3:input error (nothing loaded, no such machine type)"})
public final class CompatDiffCommand implements Callable<Integer> {

    enum Format { text, csv, json }

    static class Machines {
        @Option(names = "--machine", paramLabel = "M", description = "A machine type or alias (repeatable).")
        List<String> machines = new ArrayList<>();

        @Option(names = "--all", description = "Every machine type of every build.")
        boolean all;
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to load (read recursively).")
    List<Path> inputs = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Machines which;

    @Option(names = "--raw", description = "All rows, values as written.")
    boolean raw;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Fleet fleet = FleetLoader.load(inputs, LoadProgress.NONE);
        boolean inputError = false;
        for (LoadProblem p : fleet.problems()) {
            err.println("qompat: " + p);
            inputError = true;
        }
        List<QemuBuild> builds = fleet.builds();
        if (builds.isEmpty()) {
            err.println("qompat: no QEMU build loaded from " + inputs);
            err.flush();
            return CheckCommand.INPUT_ERROR;
        }
        CompatTable table = CompatTable.of(builds, which.all ? null : which.machines, raw);
        if (table.columns().isEmpty()) {
            err.println("qompat: no loaded build registers " + String.join(", ", which.machines));
            err.flush();
            return CheckCommand.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv:
                csv(table, out);
                break;
            case json:
                json(table, out);
                break;
            default:
                CompatTableText.write(table, out);
        }
        out.flush();
        err.flush();
        return inputError ? CheckCommand.INPUT_ERROR : 0;
    }

    private static void csv(CompatTable t, PrintWriter out) {
        StringBuilder head = new StringBuilder("Driver,Property");
        for (CompatTable.Column c : t.columns()) head.append(',').append(VerdictCsvQuote.quote(c.label()));
        out.print(head + "\r\n");
        for (CompatTable.Row r : t.rows()) {
            StringBuilder sb = new StringBuilder(VerdictCsvQuote.quote(r.driver())).append(',')
                    .append(VerdictCsvQuote.quote(r.property()));
            for (String v : r.values()) sb.append(',').append(VerdictCsvQuote.quote(v));
            out.print(sb + "\r\n");
        }
    }

    private static void json(CompatTable t, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", "qompat.compat-diff/1");
        g.writeArrayFieldStart("columns");
        for (CompatTable.Column c : t.columns()) {
            g.writeStartObject();
            g.writeStringField("build", c.build());
            g.writeStringField("machine", c.machine());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (CompatTable.Row r : t.rows()) {
            g.writeStartObject();
            g.writeStringField("driver", r.driver());
            g.writeStringField("property", r.property());
            g.writeArrayFieldStart("values");
            for (String v : r.values()) g.writeString(v);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

}
