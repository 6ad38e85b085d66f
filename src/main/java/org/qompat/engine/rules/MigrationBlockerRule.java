package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.PropertyValues;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.IdKey;
import org.qompat.engine.compat.NodeResolver;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;
import org.qompat.model.VmStateSection;

/**
 * Rule 9: devices that refuse to migrate anywhere — the source's own host included, so this rule decides the
 * diagonal too. Unmigratable VMState (a section with no fields and no subsections in the source build's
 * {@code -dump-vmstate}) and the devices of {@code migration-blockers.json} in the configurations listed there.
 */
public final class MigrationBlockerRule implements MigrationRule {

    @Override
    public Rule rule() {
        return Rule.MIGRATION_BLOCKER;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        // depends only on the VM and the source build: computed once per pair of those
        out.addAll(ctx.cache().memo(IdKey.of("blockers", ctx.vm(), ctx.srcBuild(), ctx.srcMachineName()), k -> {
            List<Finding> found = new java.util.ArrayList<>();
            find(ctx, found);
            return List.copyOf(found);
        }));
    }

    /** The entries of the blocker list naming this type or one of its ancestors on the source build. */
    private static List<BlockerList.Entry> entriesFor(PairContext ctx, String type) {
        return BlockerList.ENTRIES.stream().filter(e -> ctx.src().isSubtype(type, e.type()) || type.equals(e.type()))
                .toList();
    }

    private void find(PairContext ctx, List<Finding> out) {
        if (ctx.nodes().isEmpty()) return;
        DumpChoice dump = DumpChoice.of(ctx.srcBuild(), ctx.srcMachineName());
        if (dump == null) {
            PairContext.add(out, rule(), Severity.UNKNOWN, "/machine", "", null, null, "Missing data: no"
                    + " -dump-vmstate of the source build " + ctx.srcBuild().label() + " was loaded, so Qompat cannot"
                    + " tell whether any device is unmigratable.", ctx.srcBuild().provenance(),
                    ctx.srcBuild().provenance());
        }
        java.util.Map<String, List<BlockerList.Entry>> byType = ctx.cache().memo(IdKey.of("blocker-types",
                ctx.srcBuild(), null, null), k -> new java.util.concurrent.ConcurrentHashMap<>());
        for (QomNode n : ctx.nodes()) {
            if (dump != null) {
                VmStateSection s = dump.dump().sections().get(n.type());
                if (s != null && s.unmigratable()) {
                    PairContext.add(out, rule(), Severity.BLOCKER, n.path(), s.description().name(), n.type(),
                            n.type(), "Device " + n.path() + " (" + n.type() + ") is marked unmigratable: QEMU"
                                    + " refuses to migrate this VM anywhere ('State blocked by non-migratable device"
                                    + " '" + s.description().name() + "'').", s.provenance(), s.provenance());
                }
            }
            List<BlockerList.Entry> entries = byType.get(n.type());
            if (entries == null) entries = org.qompat.engine.compat.Memo.get(byType, n.type(), t -> entriesFor(ctx, t));
            for (BlockerList.Entry e : entries) {
                String value = null;
                if (e.property() != null) {
                    org.qompat.engine.EffectiveValue ev = NodeResolver.valueOf(ctx.vm(), ctx.commandLine(), n, null,
                            ctx.src(), ctx.srcMachineName(), e.property());
                    value = ev == null ? null : ev.value();
                    if (e.equals() != null && !PropertyValues.sameValue(value, e.equals())) continue;
                    if (e.notEquals() != null && PropertyValues.sameValue(value, e.notEquals())) continue;
                }
                Provenance data = new Provenance("migration-blockers.json", e.source());
                PairContext.add(out, rule(), Severity.BLOCKER, n.path(), e.property(), value, value,
                        "Device " + n.path() + " (" + n.type() + ") blocks migration: " + e.why() + " QEMU says: '"
                                + e.message() + "'.", n.provenance(), data);
            }
        }
    }
}
