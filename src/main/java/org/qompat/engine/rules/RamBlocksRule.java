package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.model.FirmwareFile;
import org.qompat.model.RamBlock;

/**
 * Rule 10: every RAM block the source sends must exist on the destination with the same size. Guest RAM and video
 * RAM follow the VM's configuration (the same on both sides); the BIOS and option ROM blocks follow the firmware
 * files each host has, so hosts with different firmware packages can refuse each other
 * ({@code Size mismatch: pc.bios: 0x40000 != 0x20000}, {@code Unknown ramblock "…rom"}).
 */
public final class RamBlocksRule implements HostDependentRule {

    @Override
    public Rule rule() {
        return Rule.RAM_BLOCKS;
    }

    @Override
    public Object prepare(PairContext ctx) {
        return ctx.cache().memo(IdKey.of("rb", ctx.vm(), ctx.srcBuild(), ctx.srcMachineName()),
                k -> RamBlockNeeds.of(ctx));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void check(PairContext ctx, Object prepared, List<Finding> out) {
        List<RamBlock> blocks = (List<RamBlock>) prepared;
        if (ctx.from() == ctx.to() || blocks.isEmpty()) return;
        if (ctx.pairFacts().sameFirmware()) return;
        if (ctx.from().firmware().isEmpty() || ctx.to().firmware().isEmpty()) {
            String which = ctx.from().firmware().isEmpty() ? "source" : "destination";
            PairContext.add(out, rule(), Severity.UNKNOWN, "", blocks.get(0).id(), blocks.get(0).firmwareFile(),
                    null, "Missing data: the " + which + " host's firmware files were not recorded, so the sizes"
                            + " of " + blocks.size() + " firmware RAM block(s) (" + blocks.get(0).firmwareFile()
                            + " …) cannot be compared.", ctx.from().provenance(), ctx.to().provenance());
            return;
        }
        for (RamBlock b : blocks) {
            FirmwareFile s = ctx.from().firmware().get(b.firmwareFile());
            FirmwareFile t = ctx.to().firmware().get(b.firmwareFile());
            String path = b.id().contains("/") ? b.id().substring(0, b.id().lastIndexOf('/')) : "/machine";
            if (t == null) {
                PairContext.add(out, rule(), Severity.BLOCKER, path, b.id(), b.firmwareFile(), "(absent)",
                        "The destination host has no firmware file " + b.firmwareFile() + ", so it cannot create"
                                + " RAM block " + b.id() + " ('Unknown ramblock \"" + b.id() + "\"').",
                        ctx.from().provenance(), ctx.to().provenance());
                continue;
            }
            if (s == null) {
                PairContext.add(out, rule(), Severity.BLOCKER, path, b.id(), "(absent)", b.firmwareFile(),
                        "The source host has no firmware file " + b.firmwareFile() + ": the VM cannot start there.",
                        ctx.from().provenance(), ctx.to().provenance());
                continue;
            }
            long ss = RamBlockNeeds.blockSize(b, s.size());
            long ts = RamBlockNeeds.blockSize(b, t.size());
            if (ss != ts) {
                PairContext.add(out, rule(), Severity.BLOCKER, path, b.id(), hex(ss) + " (" + b.firmwareFile()
                        + ", " + s.size() + " bytes)", hex(ts) + " (" + t.size() + " bytes)", "RAM block " + b.id()
                        + " comes from " + b.firmwareFile() + ", which differs in size between the hosts: 'Size"
                        + " mismatch: " + b.id() + ": " + hex(ss) + " != " + hex(ts) + "'. Install the same"
                        + " firmware package on both.", ctx.from().provenance(), ctx.to().provenance());
            }
        }
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
