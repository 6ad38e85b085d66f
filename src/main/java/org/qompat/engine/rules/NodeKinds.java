package org.qompat.engine.rules;

import org.qompat.engine.compat.BuildIndex;
import org.qompat.model.QomNode;

/** Which nodes of a QOM tree a rule looks at. */
final class NodeKinds {

    private NodeKinds() {
    }

    /** The machine object itself: rule 1 judges it, not the device rules. */
    static boolean isMachine(QomNode n, BuildIndex b) {
        return "/machine".equals(n.path()) || n.type().endsWith("-machine") || b.isSubtype(n.type(), "machine");
    }

    /** A CPU object: rule 6 judges its model. */
    static boolean isCpu(QomNode n, BuildIndex b) {
        return b.isSubtype(n.type(), "cpu") || n.type().endsWith("-cpu");
    }

    /** A device (a qdev): its properties and VMState matter. Unknown lineage counts as a device. */
    static boolean isDevice(QomNode n, BuildIndex b) {
        if (isMachine(n, b) || isCpu(n, b)) return false;
        if (!b.hasType(n.type())) return true;
        return b.isSubtype(n.type(), "device");
    }
}
