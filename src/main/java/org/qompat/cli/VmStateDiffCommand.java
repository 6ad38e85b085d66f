package org.qompat.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.qompat.engine.vmstate.VmStateComparator;
import org.qompat.engine.vmstate.VmStateIssue;
import org.qompat.io.vmstate.VmStateDumpReader;
import org.qompat.model.VmStateDump;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qompat vmstate-diff}: QEMU's vmstate-static-checker.py rules on two {@code -dump-vmstate} files, grouped by
 * section with both values. The exit code is the number of errors, capped at 255, as the script's.
 */
@Command(name = "vmstate-diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks whether the device state of SRC (a -dump-vmstate file) loads into DST, with the rules",
            "of QEMU's scripts/vmstate-static-checker.py, and shows every issue grouped by section with both",
            "values. Differences from the script are listed in docs/engine.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1-254:the number of errors", "255:255 or more errors, or unreadable input"})
public final class VmStateDiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC.json", description = "-dump-vmstate of the source QEMU.")
    Path src;

    @Parameters(index = "1", paramLabel = "DST.json", description = "-dump-vmstate of the destination QEMU.")
    Path dst;

    @Option(names = "--reverse", description = "Swap source and destination (check backward migration).")
    boolean reverse;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        VmStateDump a = read(src, err);
        VmStateDump b = read(dst, err);
        if (a == null || b == null) {
            err.flush();
            return 255;
        }
        if (reverse) {
            VmStateDump t = a;
            a = b;
            b = t;
        }
        List<VmStateIssue> issues = VmStateComparator.compareDumps(a, b);
        Map<String, List<VmStateIssue>> bySection = new LinkedHashMap<>();
        for (VmStateIssue i : issues) bySection.computeIfAbsent(i.section(), k -> new ArrayList<>()).add(i);
        String machineWarning = Objects.equals(a.machineType(), b.machineType()) ? null
                : "Warning: checking incompatible machine types: \"" + a.machineType() + "\", \"" + b.machineType()
                        + "\"";
        if (format == Format.json) json(a, b, bySection, issues.size(), machineWarning);
        else text(bySection, issues.size(), machineWarning, a, b);
        return Math.min(255, issues.size());
    }

    /** The dump, or null after saying on stderr which file could not be read and why. */
    private static VmStateDump read(Path file, PrintWriter err) {
        try {
            return VmStateDumpReader.read(file);
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("qompat: " + (m.contains(file.toString()) ? m : file + ": " + m)
                    + " (expected a -dump-vmstate JSON file)");
            return null;
        }
    }

    private void text(Map<String, List<VmStateIssue>> bySection, int errors, String warning, VmStateDump a,
                      VmStateDump b) {
        PrintWriter out = spec.commandLine().getOut();
        if (warning != null) out.println(warning);
        for (Map.Entry<String, List<VmStateIssue>> e : bySection.entrySet()) {
            out.println("Section \"" + e.getKey() + "\": " + e.getValue().size() + " error"
                    + (e.getValue().size() == 1 ? "" : "s"));
            for (VmStateIssue i : e.getValue()) {
                String where = i.description().isEmpty() ? "" : i.description()
                        + (i.field().isEmpty() ? "" : "." + i.field()) + ": ";
                out.println("  " + where + label(i.kind()) + (i.onlyWhenNeeded() ? " (sent only when needed())" : ""));
                out.println("      source: " + i.sourceValue() + "   destination: " + i.destinationValue());
                out.println("      " + i.message());
            }
        }
        out.println(errors + " error" + (errors == 1 ? "" : "s") + " in " + bySection.size() + " of "
                + a.sections().size() + " source sections (" + a.machineType() + " -> " + b.machineType() + ")");
        out.flush();
    }

    private void json(VmStateDump a, VmStateDump b, Map<String, List<VmStateIssue>> bySection, int errors,
                      String warning) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", "qompat.vmstate-diff/1");
        g.writeStringField("source", a.machineType());
        g.writeStringField("destination", b.machineType());
        g.writeStringField("machineWarning", warning);
        g.writeNumberField("errors", errors);
        g.writeArrayFieldStart("sections");
        for (Map.Entry<String, List<VmStateIssue>> e : bySection.entrySet()) {
            g.writeStartObject();
            g.writeStringField("section", e.getKey());
            g.writeArrayFieldStart("issues");
            for (VmStateIssue i : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("kind", i.kind().name());
                g.writeStringField("description", i.description());
                g.writeStringField("field", i.field());
                g.writeStringField("source", i.sourceValue());
                g.writeStringField("destination", i.destinationValue());
                g.writeBooleanField("onlyWhenNeeded", i.onlyWhenNeeded());
                g.writeStringField("message", i.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
        out.flush();
    }

    private static String label(VmStateIssue.Kind k) {
        switch (k) {
            case SECTION_MISSING: return "section missing in destination";
            case VERSION_TOO_NEW: return "version too new for destination";
            case VERSION_TOO_OLD: return "version below destination's minimum";
            case ENTRY_MISSING: return "entry missing in destination";
            case DESCRIPTION_MISMATCH: return "description name differs";
            case FIELD_MISMATCH: return "field order/name differs";
            case FIELDS_EXHAUSTED: return "destination has fewer fields";
            case UNUSED_SIZE_MISMATCH: return "unused padding does not balance";
            case SIZE_MISMATCH: return "field size differs";
            case DESCRIPTION_MISSING: return "nested description missing in destination";
            default: return "subsection missing in destination";
        }
    }
}
