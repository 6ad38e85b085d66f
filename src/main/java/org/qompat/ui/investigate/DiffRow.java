package org.qompat.ui.investigate;

import org.qompat.engine.investigate.QomAlignedNode;
import org.qompat.engine.investigate.QomAlignedProperty;

/** One row of the side-by-side QOM table: a node, or one property of it ({@code property} null for node rows). */
record DiffRow(QomAlignedNode node, QomAlignedProperty property) {

    boolean isNode() {
        return property == null;
    }

    /** A glyph that says what differs, so that colour is never the only cue. */
    String mark() {
        if (isNode()) {
            if (node.onlyLeft()) return "−";
            if (node.onlyRight()) return "+";
            if (node.typeDiffers()) return "≠";
            return "";
        }
        if (property.onlyLeft()) return "−";
        if (property.onlyRight()) return "+";
        return property.differs() ? "≠" : "";
    }

    String styleClass() {
        String m = mark();
        return switch (m) {
            case "−" -> "diff-only-left";
            case "+" -> "diff-only-right";
            case "≠" -> "diff-changed";
            default -> "diff-same";
        };
    }

    String name() {
        if (!isNode()) return property.name();
        return node.path().equals("/") ? "/" : node.name();
    }

    String left() {
        if (isNode()) return node.leftType() == null ? "" : node.leftType();
        return property.leftPresent() ? String.valueOf(property.leftValue()) : "";
    }

    String right() {
        if (isNode()) {
            String t = node.rightType() == null ? "" : node.rightType();
            return node.renumbered() ? t + "  (" + node.rightPath().substring(node.rightPath().lastIndexOf('/') + 1)
                    + ")" : t;
        }
        return property.rightPresent() ? String.valueOf(property.rightValue()) : "";
    }

    String origins() {
        if (isNode()) return "";
        String l = property.leftOrigin();
        String r = property.rightOrigin();
        if (l.equals(r)) return l;
        return (l.isEmpty() ? "—" : l) + "  |  " + (r.isEmpty() ? "—" : r);
    }
}
