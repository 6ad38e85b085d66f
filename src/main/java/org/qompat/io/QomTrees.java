package org.qompat.io;

import java.util.Optional;
import org.qompat.model.QomNode;

/** Facts every QOM-tree importer derives the same way from a tree: the machine type and the CPU model. */
public final class QomTrees {

    private static final String MACHINE_SUFFIX = "-machine";
    private static final String CPU_SUFFIX = "-cpu";

    private QomTrees() {
    }

    /** The machine node: {@code /machine}, or the root itself when the tree was dumped from there. */
    public static Optional<QomNode> machineNode(QomNode root) {
        if (root == null) return Optional.empty();
        if (root.path().equals("/machine")) return Optional.of(root);
        return root.find("/machine");
    }

    /**
     * The versioned machine type the tree shows: the machine object's QOM type without {@code -machine}
     * ({@code pc-q35-7.2-machine} → {@code pc-q35-7.2}); null when the tree has no machine object.
     */
    public static String machineType(QomNode root) {
        return machineNode(root).map(QomNode::type).map(QomTrees::machineTypeName).orElse(null);
    }

    public static String machineTypeName(String qomType) {
        if (qomType == null) return null;
        return qomType.endsWith(MACHINE_SUFFIX)
                ? qomType.substring(0, qomType.length() - MACHINE_SUFFIX.length()) : qomType;
    }

    /**
     * The {@code -cpu} model of the first CPU object: QEMU names CPU classes {@code <model>-<arch>-cpu}
     * ({@code Skylake-Server-v4-x86_64-cpu} → {@code Skylake-Server-v4}); null when the tree has no CPU.
     */
    public static String cpuModel(QomNode root) {
        if (root == null) return null;
        for (QomNode n : root.flatten()) {
            String model = cpuModelName(n.type());
            if (model != null) return model;
        }
        return null;
    }

    public static String cpuModelName(String qomType) {
        if (qomType == null || !qomType.endsWith(CPU_SUFFIX)) return null;
        String withoutSuffix = qomType.substring(0, qomType.length() - CPU_SUFFIX.length());
        int archDash = withoutSuffix.lastIndexOf('-');
        return archDash <= 0 ? null : withoutSuffix.substring(0, archDash);
    }
}
