package org.qompat.io.qomtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qompat.io.FormatException;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

/**
 * Reads HMP {@code info qom-tree}: one {@code "/name (type)"} line per object, indented two spaces per level,
 * children sorted by name. Structure only: HMP prints no properties. The root prints as its own name
 * ({@code /machine} for the default root), so its absolute path is {@code "/" + name} unless a header says
 * otherwise.
 */
final class HmpQomTreeReader {

    static final Pattern LINE = Pattern.compile("^( *)/(.*) \\(([^()]*)\\)$");

    private HmpQomTreeReader() {
    }

    static QomNode read(List<String> lines, int firstLine, String file, String rootPath) {
        List<NodeBuilder> stack = new ArrayList<>();
        NodeBuilder root = null;
        for (int i = firstLine; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) throw problem(file, lineNo, "expected \"/name (type)\" indented two spaces per level");
            int indent = m.group(1).length();
            if (indent % 2 != 0) throw problem(file, lineNo, "expected an even indentation, found " + indent);
            int depth = indent / 2;
            String name = m.group(2);
            if (root == null) {
                if (depth != 0) throw problem(file, lineNo, "expected the root object without indentation");
                String path = rootPath != null ? rootPath : "/" + name;
                root = new NodeBuilder(path, Provenance.line(file, lineNo));
                root.type = m.group(3);
                stack.add(root);
                continue;
            }
            if (depth < 1 || depth > stack.size()) {
                throw problem(file, lineNo, "expected an indentation of at most " + 2 * stack.size()
                        + " spaces below the root, found " + indent);
            }
            while (stack.size() > depth) stack.remove(stack.size() - 1);
            NodeBuilder parent = stack.get(depth - 1);
            NodeBuilder node = new NodeBuilder(NodeBuilder.childPath(parent.path, name), Provenance.line(file, lineNo));
            node.type = m.group(3);
            parent.children.add(node);
            stack.add(node);
        }
        if (root == null) throw problem(file, firstLine + 1, "expected a \"/name (type)\" line");
        return root.build();
    }

    private static FormatException problem(String file, int line, String message) {
        return new FormatException(file, "line " + line, message);
    }
}
