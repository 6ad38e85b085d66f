package org.qompat.engine.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.engine.compat.Memo;
import org.qompat.engine.vmstate.VmStateComparator;
import org.qompat.engine.vmstate.VmStateIssue;
import org.qompat.model.QomNode;
import org.qompat.model.VmStateSection;

/**
 * Rule 7: every device section the VM sends must be accepted by the destination build — version within
 * [minimum, version], every subsection known, fields matching by name, order and size — judged with the rules of
 * vmstate-static-checker.py on both builds' {@code -dump-vmstate}. Issues in subsections, which QEMU sends only
 * when their needed() says so, are warnings. Section comparisons are memoised per build pair.
 */
public final class VmStateRule implements MigrationRule {

    @Override
    public Rule rule() {
        return Rule.VMSTATE;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        if (ctx.nodes().isEmpty() || ctx.sameBuild()) return;
        DumpChoice src = DumpChoice.of(ctx.srcBuild(), ctx.srcMachineName());
        DumpChoice dst = DumpChoice.of(ctx.dstBuild(), ctx.dstMachineName());
        if (src == null || dst == null) {
            String which = src == null ? "source build " + ctx.srcBuild().label()
                    : "destination build " + ctx.dstBuild().label();
            PairContext.add(out, rule(), Severity.UNKNOWN, "/machine", "", null, null, "Missing data: no"
                            + " -dump-vmstate of the " + which + " was loaded, so Qompat cannot compare device state.",
                    ctx.srcBuild().provenance(), ctx.dstBuild().provenance());
            return;
        }
        Tables tables = ctx.cache().memo(IdKey.of("vs", src.dump(), dst.dump(), null), k -> new Tables());
        List<QomNode> nodes = ctx.nodes();
        for (int i : withState(ctx, src)) {
            QomNode n = nodes.get(i);
            if (!ctx.dstBuild().types().isEmpty() && !ctx.dstBuild().types().containsKey(n.type())) continue;
            VmStateSection s = src.dump().sections().get(n.type());
            // a section's comparison depends only on its type: most types are clean and need no per-node work
            Boolean clean = tables.clean.get(n.type());
            if (clean == null) clean = Memo.get(tables.clean, n.type(), t -> VmStateComparator.compareSection(t, s,
                    VmStateComparator.destinationSection(dst.dump(), t)).isEmpty());
            if (clean) continue;
            // the same device (path, type) in another VM yields the same findings: share them
            out.addAll(Memo.get(tables.byNode, new NodeKey(n.path(), n.type()), k -> nodeFindings(ctx, n, s, dst)));
        }
    }

    /** Per pair of dumps: which section types compare clean, and the findings per (QOM path, type). */
    private static final class Tables {
        final Map<String, Boolean> clean = new ConcurrentHashMap<>();
        final Map<NodeKey, List<Finding>> byNode = new ConcurrentHashMap<>();
    }

    private record NodeKey(String path, String type) {
    }

    /**
     * The nodes of the VM that have migratable state in the source dump (most of a QOM tree is memory regions and
     * irqs without any); memoised per VM and source dump.
     */
    private static int[] withState(PairContext ctx, DumpChoice src) {
        return ctx.cache().memo(IdKey.of("vs-nodes", ctx.vm(), src.dump(), null), k -> {
            List<QomNode> nodes = ctx.nodes();
            return java.util.stream.IntStream.range(0, nodes.size()).filter(i -> {
                VmStateSection s = src.dump().sections().get(nodes.get(i).type());
                return s != null && !s.unmigratable(); // no state, or rule 9's business
            }).toArray();
        });
    }

    private List<Finding> nodeFindings(PairContext ctx, QomNode n, VmStateSection s, DumpChoice dst) {
        VmStateSection d = VmStateComparator.destinationSection(dst.dump(), n.type());
        List<Finding> out = new java.util.ArrayList<>();
        for (VmStateIssue i : VmStateComparator.compareSection(n.type(), s, d)) {
            // -dump-vmstate lists only classes with dc->vmsd; state registered with vmstate_register() at realize
            // (e.g. QEMU 7.2's piix3-ide) is invisible there, so an absent section on a destination that has the
            // device type is a warning, not proof of "Unknown savevm section".
            boolean invisible = i.kind() == VmStateIssue.Kind.SECTION_MISSING;
            Severity sev = i.onlyWhenNeeded() || invisible ? Severity.WARNING : Severity.BLOCKER;
            String where = i.field().isEmpty() ? i.description() : i.description() + "." + i.field();
            String prop = where.isEmpty() ? i.section() : i.section() + "/" + where;
            PairContext.add(out, rule(), sev, n.path(), prop, i.sourceValue(), i.destinationValue(),
                    sentence(ctx, i) + " [checker: " + i.message() + "]",
                    s.provenance(), d == null ? dst.dump().provenance() : d.provenance());
        }
        return List.copyOf(out);
    }

    private static String sentence(PairContext ctx, VmStateIssue i) {
        String dstLabel = ctx.dstBuild().label();
        switch (i.kind()) {
            case SECTION_MISSING:
                return "The destination build's -dump-vmstate (" + dstLabel + ") has no section " + i.section()
                        + " although it has the device type: either the device registers its state at realize"
                        + " (invisible to -dump-vmstate) or the destination rejects it ('Unknown savevm section or"
                        + " instance').";
            case VERSION_TOO_NEW:
                return i.section() + " sends version " + i.sourceValue() + " but the destination build " + dstLabel
                        + " accepts at most " + i.destinationValue() + " ('incoming version_id is too new').";
            case VERSION_TOO_OLD:
                return i.section() + " sends version " + i.sourceValue() + " but the destination build " + dstLabel
                        + " needs at least " + i.destinationValue() + " ('incoming version_id is too old').";
            case SUBSECTION_MISSING:
                return "The destination build " + dstLabel + " does not know subsection " + i.sourceValue() + " of "
                        + i.section() + "; migration fails whenever the source sends it (only when its needed()"
                        + " is true).";
            case SIZE_MISMATCH:
                return "Field " + i.field() + " of " + i.section() + " is " + i.sourceValue() + " bytes on the source"
                        + " but " + i.destinationValue() + " on the destination: the stream no longer lines up.";
            default:
                return "The VMState layout of " + i.section() + " differs on the destination build " + dstLabel
                        + (i.onlyWhenNeeded() ? " inside a subsection sent only when needed()." : ".");
        }
    }
}
