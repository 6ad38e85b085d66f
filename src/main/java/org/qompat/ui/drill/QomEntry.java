package org.qompat.ui.drill;

/**
 * A row of the QOM tree table: a QOM object (node) or one of its properties. For a node, {@code row} is null
 * and {@code differing} counts the differing properties beneath it (so collapsed branches still show it).
 */
public record QomEntry(String path, String name, String type, PropertyRow row, int differing) {

    public boolean isProperty() {
        return row != null;
    }

    public boolean differs() {
        return row != null ? row.differs() : differing > 0;
    }
}
