package org.qompat.engine.investigate;

import java.util.List;

/**
 * One QOM path of a side-by-side comparison: the node's type on each side (null where the node is absent), its
 * depth for indentation, and its properties aligned by name. {@code rightPath} differs from {@code path} when a
 * numbered child ({@code /machine/unattached/device[4]}) was matched to a differently numbered one of the same
 * type, because QEMU numbers those in creation order, which changes between builds.
 */
public record QomAlignedNode(String path, String rightPath, int depth, String leftType, String rightType,
                             List<QomAlignedProperty> properties) {

    public QomAlignedNode {
        properties = List.copyOf(properties);
    }

    public boolean onlyLeft() {
        return rightType == null;
    }

    public boolean onlyRight() {
        return leftType == null;
    }

    public boolean typeDiffers() {
        return leftType != null && rightType != null && !leftType.equals(rightType);
    }

    /** Whether anything about this node differs (presence, type or any property). */
    public boolean differs() {
        return onlyLeft() || onlyRight() || typeDiffers() || properties.stream().anyMatch(QomAlignedProperty::differs);
    }

    public boolean renumbered() {
        return leftType != null && rightType != null && !path.equals(rightPath);
    }

    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
