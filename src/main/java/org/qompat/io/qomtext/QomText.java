package org.qompat.io.qomtext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qompat.io.FormatException;
import org.qompat.io.QomTrees;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * The text formats of a VM's QOM tree: QEMU's {@code qom-tree} script output (with properties) and HMP
 * {@code info qom-tree} (structure only), told apart by their line shapes. Optional header comments name the VM
 * and its host: {@code # vm: web-1}, {@code # host: east-r1-n01} ({@code # root: /machine} for an HMP dump of
 * another root). Without {@code # vm:} the VM is named after the file.
 */
public final class QomText {

    private QomText() {
    }

    /** The VM in the text, or empty when the text is not a QOM tree at all. */
    public static Optional<Vm> read(String text, Path file, String displayName) {
        List<String> lines = text.lines().map(QomText::stripCr).toList();
        Map<String, String> header = new java.util.HashMap<>();
        int first = 0;
        for (; first < lines.size(); first++) {
            String l = lines.get(first).strip();
            if (l.isEmpty()) continue;
            if (!l.startsWith("#")) break;
            int colon = l.indexOf(':');
            if (colon > 0) header.put(l.substring(1, colon).strip().toLowerCase(), l.substring(colon + 1).strip());
        }
        if (first >= lines.size() || !lines.get(first).startsWith("/")) return Optional.empty();
        QomNode root = switch (kind(lines, first)) {
            case SCRIPT -> QomTreeScriptReader.read(lines, first, displayName);
            case HMP -> HmpQomTreeReader.read(lines, first, displayName, header.get("root"));
        };
        String machine = QomTrees.machineType(root);
        if (machine == null) {
            throw new FormatException(displayName, "line " + (first + 1), "expected a tree with a /machine object "
                    + "(the machine type is read from its type), found root " + root.path());
        }
        String name = header.getOrDefault("vm", baseName(file));
        return Optional.of(new Vm(name, machine, null, false, QomTrees.cpuModel(root), root, header.get("host"),
                List.of(), List.of(), Map.of(), Provenance.line(displayName, first + 1)));
    }

    private enum Kind { SCRIPT, HMP }

    /** Script output follows a path line with "  name: value (type)" lines; HMP only has "/name (type)" lines. */
    private static Kind kind(List<String> lines, int first) {
        for (int i = first + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) continue;
            if (l.startsWith("/")) return Kind.SCRIPT; // a second unindented path line: script (no properties)
            return l.stripLeading().startsWith("/") ? Kind.HMP : Kind.SCRIPT;
        }
        return HmpQomTreeReader.LINE.matcher(lines.get(first)).matches() ? Kind.HMP : Kind.SCRIPT;
    }

    private static String stripCr(String l) {
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /** {@code db-1.qom-tree.txt} → {@code db-1}: drop the extensions such dumps are usually saved with. */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        for (String ext : List.of(".txt", ".log", ".hmp", ".qomtree", ".qom-tree", ".qom")) {
            if (n.endsWith(ext) && n.length() > ext.length()) n = n.substring(0, n.length() - ext.length());
        }
        return n;
    }
}
