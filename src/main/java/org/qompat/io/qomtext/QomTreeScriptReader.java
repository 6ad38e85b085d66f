package org.qompat.io.qomtext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.FormatException;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

/**
 * Reads the output of QEMU's {@code scripts/qmp/qom-tree} ({@code python/qemu/utils/qom.py}): per object a path
 * line, then {@code "  name: value (type)"} lines with values printed by Python's {@code str()}, a blank line, and
 * the children depth-first. Booleans become {@code true}/{@code false}; {@code <EXCEPTION: …>} values are
 * recorded as properties that exist (their type is kept) but could not be read.
 */
final class QomTreeScriptReader {

    private static final String EXCEPTION = "<EXCEPTION:";

    private QomTreeScriptReader() {
    }

    /** @param lines the text's lines; {@code firstLine} is the 0-based index of the first tree line */
    static QomNode read(List<String> lines, int firstLine, String file) {
        Map<String, NodeBuilder> byPath = new HashMap<>();
        NodeBuilder root = null;
        NodeBuilder current = null;
        for (int i = firstLine; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) continue;
            if (line.startsWith("/")) {
                current = new NodeBuilder(line.strip(), Provenance.line(file, lineNo));
                if (byPath.putIfAbsent(current.path, current) != null) {
                    throw problem(file, lineNo, "the QOM path " + current.path + " appears twice");
                }
                if (root == null) {
                    root = current;
                } else {
                    NodeBuilder parent = byPath.get(NodeBuilder.parentPath(current.path));
                    if (parent == null) {
                        throw problem(file, lineNo, "expected a path below " + root.path + " whose parent was "
                                + "listed before it, found " + current.path);
                    }
                    parent.children.add(current);
                }
            } else if (line.startsWith("  ") && current != null) {
                property(current, line.substring(2), file, lineNo);
            } else {
                throw problem(file, lineNo, "expected a QOM path line (\"/…\") or a property line "
                        + "(\"  name: value (type)\")");
            }
        }
        if (root == null) throw problem(file, firstLine + 1, "expected a QOM path line");
        checkTypes(root, file);
        return root.build();
    }

    private static void property(NodeBuilder node, String text, String file, int lineNo) {
        int colon = text.indexOf(": ");
        int open = text.lastIndexOf(" (");
        if (colon <= 0 || !text.endsWith(")") || open < colon + 1) {
            throw problem(file, lineNo, "expected a property line \"  name: value (type)\", found \"" + text + "\"");
        }
        String name = text.substring(0, colon);
        String type = text.substring(open + 2, text.length() - 1);
        String value = open <= colon + 2 ? "" : text.substring(colon + 2, open);
        if (name.equals("type")) {
            node.type = value;
            return;
        }
        node.propertyTypes.put(name, type);
        if (value.startsWith(EXCEPTION)) return; // exists, unreadable
        node.properties.put(name, type.equals("bool") ? pythonBool(value) : value);
    }

    private static String pythonBool(String v) {
        return switch (v) {
            case "True" -> "true";
            case "False" -> "false";
            default -> v;
        };
    }

    private static void checkTypes(NodeBuilder n, String file) {
        if (n.type == null) {
            String line = n.provenance.location();
            throw new FormatException(file, line, "the object " + n.path + " has no \"type:\" property line");
        }
        for (NodeBuilder c : n.children) checkTypes(c, file);
    }

    private static FormatException problem(String file, int line, String message) {
        return new FormatException(file, "line " + line, message);
    }
}
