package org.qompat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qompat.engine.investigate.QomAlignedNode;
import org.qompat.engine.investigate.QomAlignedProperty;
import org.qompat.engine.investigate.QomDifference;
import org.qompat.engine.investigate.QomSide;
import org.qompat.engine.investigate.QomTreeDiff;
import org.qompat.io.FileImporter;
import org.qompat.io.FormatException;
import org.qompat.io.Imported;
import org.qompat.io.RawQmpDirectory;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qompat qom-diff A [B]}: two QOM trees side by side, or one VM's effective values on two builds. */
@Command(name = "qom-diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two QOM trees aligned by QOM path: the source VM and the destination's",
            "incoming VM, or one VM on two builds. A and B are VM files (qompat.vm JSON,",
            "qom-tree script output or HMP info qom-tree). With --left-build and",
            "--right-build the values are the effective ones on each build (class default,",
            "then the machine type's compat table, then the VM's options); B defaults to A."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no differences", "1:differences", "3:input error"})
public final class QomDiffCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "Left VM file.")
    Path left;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "Right VM file (default: A).")
    Path right;

    @Option(names = "--left-build", paramLabel = "BUILD", description = "Build for A: qompat build or host JSON, "
            + "or a directory of raw QMP answers.")
    Path leftBuild;

    @Option(names = "--right-build", paramLabel = "BUILD", description = "Build for B (same forms).")
    Path rightBuild;

    @Option(names = "--all", description = "Text: list equal properties too.")
    boolean all;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("qompat qom-diff: --format must be text or json, not " + format);
            return 3;
        }
        if ((leftBuild == null) != (rightBuild == null)) {
            err.println("qompat qom-diff: give both --left-build and --right-build, or neither");
            return 3;
        }
        if (right == null && leftBuild == null) {
            err.println("qompat qom-diff: with one VM file, give --left-build and --right-build to compare builds");
            return 3;
        }
        QomTreeDiff diff;
        try {
            Vm a = vm(left);
            Vm b = right == null ? a : vm(right);
            if (leftBuild != null) {
                diff = QomTreeDiff.compare(QomSide.effective(label(left, leftBuild), a, build(leftBuild)),
                        QomSide.effective(label(right == null ? left : right, rightBuild), b, build(rightBuild)));
            } else {
                diff = QomTreeDiff.compare(left.toString(), a.root(), right.toString(), b.root());
            }
        } catch (FormatException | IllegalArgumentException | IOException e) {
            err.println("qompat qom-diff: " + e.getMessage());
            return 3;
        }
        if (format.equals("json")) {
            out.println(json(diff));
        } else {
            text(out, diff);
        }
        out.flush();
        return diff.differences().isEmpty() ? 0 : 1;
    }

    private static String label(Path vm, Path build) {
        return vm.getFileName() + " on " + build.getFileName();
    }

    static Vm vm(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": not a file");
        Imported i = FileImporter.read(file, file.toString(), null);
        if (i instanceof Imported.VmFile v) return v.vm();
        throw new IllegalArgumentException(file + ": expected a VM (qompat.vm JSON, qom-tree text or HMP info "
                + "qom-tree), found " + describe(i));
    }

    static QemuBuild build(Path p) throws IOException {
        if (Files.isDirectory(p)) return RawQmpDirectory.read(p);
        Imported i = FileImporter.read(p, p.toString(), null);
        if (i instanceof Imported.BuildFile b) return b.build();
        if (i instanceof Imported.HostFile h && h.host().build() != null) return h.host().build();
        throw new IllegalArgumentException(p + ": expected a build (qompat.build or qompat.host JSON, or a "
                + "directory of raw QMP answers), found " + describe(i));
    }

    private static String describe(Imported i) {
        return i instanceof Imported.Unrecognised u ? u.reason() : i.getClass().getSimpleName();
    }

    private void text(PrintWriter out, QomTreeDiff d) {
        out.printf("left:  %s%nright: %s%n", d.left().label(), d.right().label());
        Map<QomDifference.Kind, Integer> c = d.counts();
        out.printf("%d node(s) only left, %d only right, %d type difference(s), %d propert%s only left, %d only right,"
                        + " %d value(s) differ.%n", c.get(QomDifference.Kind.NODE_ONLY_LEFT),
                c.get(QomDifference.Kind.NODE_ONLY_RIGHT), c.get(QomDifference.Kind.TYPE_DIFFERS),
                c.get(QomDifference.Kind.PROPERTY_ONLY_LEFT), c.get(QomDifference.Kind.PROPERTY_ONLY_LEFT) == 1
                        ? "y" : "ies", c.get(QomDifference.Kind.PROPERTY_ONLY_RIGHT),
                c.get(QomDifference.Kind.VALUE_DIFFERS));
        for (QomAlignedNode n : d.nodes()) {
            if (!all && !n.differs()) continue;
            out.println();
            String type = n.onlyLeft() ? n.leftType() + "  — only left" : n.onlyRight() ? n.rightType()
                    + "  — only right" : n.typeDiffers() ? n.leftType() + " → " + n.rightType() : n.leftType();
            out.printf("%s  (%s)%s%n", n.path(), type, n.renumbered() ? "  [right: " + n.rightPath() + "]" : "");
            if (n.onlyLeft() || n.onlyRight()) continue;
            for (QomAlignedProperty p : n.properties()) {
                if (!all && !p.differs()) continue;
                char mark = p.onlyLeft() ? '-' : p.onlyRight() ? '+' : p.differs() ? '~' : ' ';
                String values = p.onlyLeft() ? p.leftValue() : p.onlyRight() ? p.rightValue()
                        : p.differs() ? p.leftValue() + "  →  " + p.rightValue() : p.leftValue();
                String origin = p.differs() && (resolved(p.leftOrigin()) || resolved(p.rightOrigin()))
                        ? "   [" + nonEmpty(p.leftOrigin()) + " | " + nonEmpty(p.rightOrigin()) + "]" : "";
                out.printf("  %c %-28s %s%s%n", mark, p.name(), values, origin);
            }
        }
    }

    /** An origin worth printing: effective values say where they came from; observed ones all say the same. */
    private static boolean resolved(String origin) {
        return !origin.isEmpty() && !origin.equals("observed in the tree");
    }

    private static String nonEmpty(String s) {
        return s.isEmpty() ? "—" : s;
    }

    private static String json(QomTreeDiff d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "qompat.qom-diff/1");
        root.put("left", d.left().label());
        root.put("right", d.right().label());
        ObjectNode counts = root.putObject("counts");
        d.counts().forEach((k, v) -> counts.put(k.name(), v));
        ArrayNode diffs = root.putArray("differences");
        for (QomDifference x : d.differences()) {
            ObjectNode o = diffs.addObject().put("kind", x.kind().name()).put("path", x.path());
            if (!x.property().isEmpty()) o.put("property", x.property());
            o.put("left", x.left()).put("right", x.right());
            if (!x.leftOrigin().isEmpty()) o.put("leftOrigin", x.leftOrigin());
            if (!x.rightOrigin().isEmpty()) o.put("rightOrigin", x.rightOrigin());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
