package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.qompat.model.QomNode;

/** Copy-on-write edits of an immutable QOM tree: only the nodes on the path to the change are rebuilt. */
final class QomTrees {

    private QomTrees() {
    }

    /** The tree with {@code property} of the node at {@code path} set explicitly to {@code value}. */
    static QomNode withExplicitProperty(QomNode root, String path, String property, String value) {
        return edit(root, path, n -> {
            Map<String, String> props = new HashMap<>(n.properties());
            props.put(property, value);
            Set<String> explicit = new HashSet<>(n.explicitProperties());
            explicit.add(property);
            return new QomNode(n.path(), n.type(), props, n.propertyTypes(), explicit, n.children(), n.provenance());
        });
    }

    static QomNode withType(QomNode root, String path, String type) {
        return edit(root, path, n -> new QomNode(n.path(), type, n.properties(), n.propertyTypes(),
                n.explicitProperties(), n.children(), n.provenance()));
    }

    static QomNode edit(QomNode node, String path, UnaryOperator<QomNode> change) {
        if (node.path().equals(path)) return change.apply(node);
        List<QomNode> children = new ArrayList<>(node.children().size());
        boolean changed = false;
        for (QomNode c : node.children()) {
            QomNode e = path.startsWith(c.path()) ? edit(c, path, change) : c;
            changed |= e != c;
            children.add(e);
        }
        if (!changed) return node;
        return new QomNode(node.path(), node.type(), node.properties(), node.propertyTypes(),
                node.explicitProperties(), children, node.provenance());
    }

    /** The parent of the node at {@code path}, if the tree holds both. */
    static Optional<QomNode> parent(QomNode root, String path) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0) return Optional.empty();
        return root.find(path.substring(0, slash));
    }

    /** A user-created device's {@code id}: the name under {@code /machine/peripheral/}, else null. */
    static String peripheralId(String path) {
        String prefix = "/machine/peripheral/";
        if (!path.startsWith(prefix)) return null;
        String rest = path.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? null : rest;
    }
}
