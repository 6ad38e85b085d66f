package org.qompat.engine.investigate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.qompat.model.QomNode;

/**
 * One side of a QOM tree comparison: a tree, a label for people ("web-1 on kvm-a01 (10.0.2)") and how to get a
 * node's property values — as observed in the tree, or the effective values on a build and machine type.
 */
public record QomSide(String label, QomNode root, Function<QomNode, Map<String, PropertyValue>> values) {

    /** A property value and where it came from ("observed", "class default", "compat entry hw_compat_8_1 …"). */
    public record PropertyValue(String value, String origin) {
    }

    /** The values the tree itself carries (a qom-tree dump, a collected VM). */
    public static QomSide observed(String label, QomNode root) {
        return new QomSide(label, root, node -> {
            Map<String, PropertyValue> out = new LinkedHashMap<>();
            node.properties().forEach((k, v) -> out.put(k, new PropertyValue(v, "observed in the tree")));
            return out;
        });
    }
}
