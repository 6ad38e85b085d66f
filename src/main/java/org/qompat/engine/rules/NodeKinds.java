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
            // a tree repeats few types (hundreds of memory regions): judge each type once, the root by its path
            java.util.Map<String, Byte> byType = new java.util.HashMap<>();
            for (int i = 0; i < out.length; i++) {
                QomNode n = nodes.get(i);
                if ("/machine".equals(n.path())) {
                    out[i] = kind(n, ctx.src());
                    continue;
                }
                Byte known = byType.get(n.type());
                if (known == null) {
                    known = kind(n, ctx.src());
                    byType.put(n.type(), known);
                }
                out[i] = known;
            }
            return out;
        });
    }

    /**
     * The nodes that are neither the machine nor a CPU, grouped by QOM type (tree order within and between
     * groups): rule 2 asks each distinct type once per destination build instead of once per node — most of a
     * tree is hundreds of memory-region and irq objects. Memoised per VM and source build.
     */
    static java.util.Map<String, int[]> typesOf(PairContext ctx) {
        return ctx.cache().memo(org.qompat.engine.compat.IdKey.of("types", ctx.vm(), ctx.srcBuild(), null), k -> {
            byte[] kinds = of(ctx);
            java.util.List<QomNode> nodes = ctx.nodes();
            java.util.Map<String, java.util.List<Integer>> groups = new java.util.LinkedHashMap<>();
            for (int i = 0; i < kinds.length; i++) {
                if ((kinds[i] & (MACHINE | CPU)) != 0) continue;
                groups.computeIfAbsent(nodes.get(i).type(), t -> new java.util.ArrayList<>()).add(i);
            }
            java.util.Map<String, int[]> out = new java.util.LinkedHashMap<>();
            groups.forEach((t, l) -> out.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** The indices of device nodes ({@link #DEVICE}) in {@code ctx.nodes()}; memoised per VM and source build. */
    static int[] devices(PairContext ctx) {
        return ctx.cache().memo(org.qompat.engine.compat.IdKey.of("devices", ctx.vm(), ctx.srcBuild(), null), k -> {
            byte[] kinds = of(ctx);
            return java.util.stream.IntStream.range(0, kinds.length).filter(i -> (kinds[i] & DEVICE) != 0).toArray();
        });
    }

    /** The kind of one node; depends on its type, and on its path only for the root {@code /machine}. */
    private static byte kind(QomNode n, BuildIndex b) {
        return (byte) ((isMachine(n, b) ? MACHINE : 0) | (isCpu(n, b) ? CPU : 0) | (isDevice(n, b) ? DEVICE : 0));
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
