package org.qompat.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.compat.NodeResolver;
import org.qompat.model.QomNode;
import org.qompat.model.RamBlock;

/**
 * The RAM blocks whose size comes from a firmware file on the host. From the VM's recorded RAM blocks when the
 * collector gave them; otherwise derived from its QOM tree: the machine's {@code firmware} (the BIOS, block
 * {@code pc.bios}) and each PCI device's {@code romfile} with a ROM BAR (block {@code <device>.rom}).
 */
final class RamBlockNeeds {

    private RamBlockNeeds() {
    }

    static List<RamBlock> of(PairContext ctx) {
        List<RamBlock> out = new ArrayList<>();
        for (RamBlock b : ctx.vm().ramBlocks()) if (b.firmwareFile() != null) out.add(b);
        if (!ctx.vm().ramBlocks().isEmpty()) return List.copyOf(out);
        for (QomNode n : ctx.nodes()) {
            if ("/machine".equals(n.path())) {
                String fw = n.properties().get("firmware");
                if (fw != null && !fw.isBlank()) out.add(new RamBlock("pc.bios", 0, fw));
                continue;
            }
            if (!ctx.src().isSubtype(n.type(), "pci-device")) continue;
            String rom = value(ctx, n, "romfile");
            String bar = value(ctx, n, "rombar");
            if (rom == null || rom.isBlank() || "0".equals(bar)) continue;
            out.add(new RamBlock(n.path() + "/" + n.type() + ".rom", 0, rom));
        }
        return List.copyOf(out);
    }

    private static String value(PairContext ctx, QomNode n, String property) {
        org.qompat.engine.EffectiveValue v = NodeResolver.valueOf(ctx.vm(), ctx.commandLine(), n, null, ctx.src(),
                ctx.srcMachineName(), property);
        return v == null ? null : v.value();
    }

    /** QEMU rounds an option ROM's RAM block up to a power of two; the BIOS keeps the file size. */
    static long blockSize(RamBlock b, long fileSize) {
        boolean optionRom = b.id().endsWith(".rom") || (b.firmwareFile() != null && b.firmwareFile().endsWith(".rom"));
        if (!optionRom || fileSize <= 0) return fileSize;
        long p = Long.highestOneBit(fileSize);
        return p == fileSize ? p : p << 1;
    }
}
