package org.qompat.ui.drill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TreeItem;
import org.qompat.model.QomNode;

/**
 * Turns a VM's QOM tree and its property rows into tree items, filtered by "only differences" and a search
 * text. A node stays when it matches, or when anything beneath it stays; its properties follow the same filter.
 */
final class QomTreeModel {

    private final QomNode root;
    private final Map<String, List<PropertyRow>> rowsByPath = new LinkedHashMap<>();

    QomTreeModel(QomNode root, List<PropertyRow> rows) {
        this.root = root;
        for (PropertyRow r : rows) rowsByPath.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(r);
    }

    /** The filtered tree, or null when nothing matches. */
    TreeItem<QomEntry> build(boolean onlyDifferences, String search) {
        if (root == null) return null;
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        return node(root, onlyDifferences, needle);
    }

    private TreeItem<QomEntry> node(QomNode n, boolean onlyDiff, String needle) {
        boolean nodeMatches = needle.isEmpty() || contains(n.path(), needle) || contains(n.type(), needle);
        List<TreeItem<QomEntry>> children = new ArrayList<>();
        int differing = 0;
        for (PropertyRow r : rowsByPath.getOrDefault(n.path(), List.of())) {
            if (r.differs()) differing++;
            if (onlyDiff && !r.differs()) continue;
            if (!nodeMatches && !rowMatches(r, needle)) continue;
            children.add(new TreeItem<>(new QomEntry(n.path(), r.property(), "", r, 0)));
        }
        for (QomNode c : n.children()) {
            TreeItem<QomEntry> child = node(c, onlyDiff, needle);
            if (child != null) {
                children.add(child);
                differing += child.getValue().differing();
            }
        }
        boolean keep = !children.isEmpty() || (nodeMatches && !onlyDiff);
        if (!keep) return null;
        String name = n.path().equals("/machine") || n.name().isEmpty() ? n.path() : n.name();
        TreeItem<QomEntry> item = new TreeItem<>(new QomEntry(n.path(), name, n.type(), null, differing));
        item.getChildren().setAll(children);
        item.setExpanded(onlyDiff || !needle.isEmpty() || n.path().split("/").length <= 3);
        return item;
    }

    private static boolean rowMatches(PropertyRow r, String needle) {
        return contains(r.property(), needle) || (r.source() != null && contains(r.source().value(), needle))
                || (r.destination() != null && contains(r.destination().value(), needle));
    }

    private static boolean contains(String s, String needle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * The item for a QOM path (and property, when given), or null. A property the command line sets on a virtio
     * proxy (where rule findings put it) is held by the proxy's backend node beneath it; then that row is the
     * hit. Without any such row the device itself is.
     */
    static TreeItem<QomEntry> find(TreeItem<QomEntry> root, String path, String property) {
        boolean hasProperty = property != null && !property.isBlank();
        TreeItem<QomEntry> device = exact(root, path, null);
        if (!hasProperty) return device;
        TreeItem<QomEntry> hit = exact(root, path, property);
        if (hit == null && device != null) hit = propertyBelow(device, property);
        return hit != null ? hit : device;
    }

    private static TreeItem<QomEntry> exact(TreeItem<QomEntry> item, String path, String property) {
        if (item == null) return null;
        QomEntry e = item.getValue();
        boolean hasProperty = property != null;
        if (e.path().equals(path)) {
            if (!hasProperty && !e.isProperty()) return item;
            if (hasProperty && e.isProperty() && e.row().property().equals(property)) return item;
        }
        if (e.isProperty()) return null;
        for (TreeItem<QomEntry> c : item.getChildren()) {
            if (c.getValue().isProperty() && !c.getValue().path().equals(path)) continue;
            if (!c.getValue().isProperty() && !path.startsWith(c.getValue().path())) continue;
            TreeItem<QomEntry> hit = exact(c, path, property);
            if (hit != null) return hit;
        }
        return null;
    }

    /** The first row named {@code property} in the subtree under {@code device} (depth first), or null. */
    private static TreeItem<QomEntry> propertyBelow(TreeItem<QomEntry> device, String property) {
        for (TreeItem<QomEntry> c : device.getChildren()) {
            QomEntry e = c.getValue();
            if (e.isProperty() && e.row().property().equals(property)) return c;
            if (!e.isProperty()) {
                TreeItem<QomEntry> hit = propertyBelow(c, property);
                if (hit != null) return hit;
            }
        }
        return null;
    }
}
