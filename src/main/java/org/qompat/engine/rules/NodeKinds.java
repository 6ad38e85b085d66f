package org.qompat.engine.rules;

import org.qompat.engine.compat.BuildIndex;
import org.qompat.model.QomNode;

/** Which nodes of a QOM tree a rule looks at. */
final class NodeKinds {

    private NodeKinds() {
    }

    static final byte MACHINE = 1;
    static final byte CPU = 2;
    static final byte DEVICE = 4;

    /** The kind of every node of the VM's tree on the source build, in {@code ctx.nodes()} order; memoised. */
    static byte[] of(PairContext ctx) {
        return ctx.cache().memo(org.qompat.engine.compat.IdKey.of("kinds", ctx.vm(), ctx.srcBuild(), null), k -> {
            java.util.List<QomNode> nodes = ctx.nodes();
            byte[] out = new byte[nodes.size()];
            for (int i = 0; i < out.length; i++) {
                QomNode n = nodes.get(i);
                out[i] = (byte) ((isMachine(n, ctx.src()) ? MACHINE : 0) | (isCpu(n, ctx.src()) ? CPU : 0)
                        | (isDevice(n, ctx.src()) ? DEVICE : 0));
            }
            return out;
        });
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
