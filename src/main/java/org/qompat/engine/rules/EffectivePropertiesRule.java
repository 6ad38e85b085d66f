package org.qompat.engine.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.ExplicitValues;
import org.qompat.engine.compat.IdKey;
import org.qompat.engine.compat.NodeResolver;
import org.qompat.engine.compat.PropertyDifference;
import org.qompat.engine.compat.TypeBaseline;
import org.qompat.engine.compat.TypeDiff;
import org.qompat.model.QomNode;

/**
 * Rule 4: each device instance's effective properties — class default → the machine type's compat entries on
 * that build → the VM's own options — must be the same on both builds. Differences between the two builds'
 * baselines are computed once per (type, build pair, machine pair) and shared by every VM; the VM's explicit
 * options then remove the properties it pins itself (the same command line sets them on both sides).
 */
public final class EffectivePropertiesRule implements MigrationRule {

    @Override
    public Rule rule() {
        return Rule.EFFECTIVE_PROPERTIES;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        String ms = ctx.srcMachineName();
        String md = ctx.dstMachineName();
        if (ms == null || md == null) return; // rule 1 already says the machine type is unknown
        if (ctx.sameBuild() && ms.equals(md)) return;
        // a machine type one build does not register has no compat table to compare: rule 1 blocks already
        if (ctx.src().machine(ms) == null || ctx.dst().machine(md) == null) return;
        if (!compatKnown(ctx, ms, md, out)) return;
        Set<String> unknownTypes = new HashSet<>();
        // type -> differences, shared by every VM checked between these two builds and machine types
        Tables tables = ctx.cache().memo(new IdKey("td", ctx.srcBuild(), ctx.dstBuild(), null, ms + '\u0000' + md),
                k -> new Tables());
        List<QomNode> nodes = ctx.nodes();
        for (int i : NodeKinds.devices(ctx)) {
            QomNode n = nodes.get(i);
            TypeBaseline bs = ctx.src().baseline(ms, n.type());
            TypeBaseline bd = ctx.dst().baseline(md, n.type());
            if (!bs.typeExists() || !bd.typeExists()) continue; // rule 2
            if (!bs.propertiesKnown() || !bd.propertiesKnown()) {
                if (unknownTypes.add(n.type())) {
                    String which = !bs.propertiesKnown() ? "source build " + ctx.srcBuild().label()
                            : "destination build " + ctx.dstBuild().label();
                    PairContext.add(out, rule(), Severity.UNKNOWN, n.path(), "", null, null,
                            "Missing data: the " + which + " did not report the properties of " + n.type()
                                    + " (device-list-properties), so its effective values cannot be compared.",
                            ctx.srcBuild().provenance(), ctx.dstBuild().provenance());
                }
                continue;
            }
            List<PropertyDifference> known = tables.diffs.get(n.type()); // the common case: no lambda
            List<PropertyDifference> diffs = known != null ? known : org.qompat.engine.compat.Memo.get(tables.diffs,
                    n.type(), t -> TypeDiff.compare(bs, ctx.src(), bd, ctx.dst()));
            if (diffs.isEmpty()) continue;
            QomNode backend = NodeResolver.backendOf(n);
            // the same node (path, type, backend) in another VM yields the same findings: share them
            NodeKey key = new NodeKey(n.path(), n.type(), backend == null ? "" : backend.type());
            List<Finding> found = org.qompat.engine.compat.Memo.get(tables.findings, key,
                    k -> nodeFindings(ctx, n, backend, diffs, ms, md));
            if (found.isEmpty()) continue;
            if (!mayPin(ctx, n)) {
                out.addAll(found);
                continue;
            }
            Set<String> pinned = pinnedByVm(ctx, n);
            for (Finding f : found) if (!pinned.contains(f.property())) out.add(f);
        }
    }

    /** Differences per type and the findings per node, for one pair of builds and machine types. */
    private static final class Tables {
        final java.util.Map<String, List<PropertyDifference>> diffs = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Map<NodeKey, List<Finding>> findings = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private record NodeKey(String path, String type, String backendType) {
    }

    private List<Finding> nodeFindings(PairContext ctx, QomNode n, QomNode backend, List<PropertyDifference> diffs,
                                       String ms, String md) {
        TypeBaseline backendSrc = backend == null ? null : ctx.src().baseline(ms, backend.type());
        TypeBaseline backendDst = backend == null ? null : ctx.dst().baseline(md, backend.type());
        List<Finding> out = new java.util.ArrayList<>();
        for (PropertyDifference d : diffs) {
            // a proxy's alias of a backend property: reported once, on the backend node
            if (backend != null && (backendSrc.values().containsKey(d.property())
                    || backendDst.values().containsKey(d.property()))) continue;
            out.add(finding(ctx, n, d, ms, md));
        }
        return List.copyOf(out);
    }

    /** Whether the VM's command line may set something on this node (or, for a backend, on its proxy). */
    private static boolean mayPin(PairContext ctx, QomNode n) {
        if (!ctx.commandLine().globals().isEmpty() || !n.explicitProperties().isEmpty()
                || ctx.commandLine().deviceAt(n.path()).isPresent()) return true;
        if (!n.name().equals(NodeResolver.VIRTIO_BACKEND)) return false;
        QomNode parent = ctx.parentOf(n);
        return parent != null && (!parent.explicitProperties().isEmpty()
                || ctx.commandLine().deviceAt(parent.path()).isPresent());
    }

    private boolean compatKnown(PairContext ctx, String ms, String md, List<Finding> out) {
        boolean s = ctx.src().machine(ms) == null || ctx.src().machine(ms).compatPropsKnown();
        boolean d = ctx.dst().machine(md) == null || ctx.dst().machine(md).compatPropsKnown();
        if (s && d) return true;
        String which = !s ? ms + " on the source build " + ctx.srcBuild().label()
                : md + " on the destination build " + ctx.dstBuild().label();
        PairContext.add(out, rule(), Severity.UNKNOWN, "/machine", "compat-props", null, null,
                "Missing data: the compat table of " + which + " is unknown (QEMU before 9.1 cannot report it;"
                        + " load it from that release's QEMU source), so effective device properties cannot be"
                        + " compared.", ctx.srcBuild().provenance(), ctx.dstBuild().provenance());
        return false;
    }

    private static Set<String> pinnedByVm(PairContext ctx, QomNode n) {
        Set<String> names = new HashSet<>();
        QomNode parent = n.name().equals(NodeResolver.VIRTIO_BACKEND) ? ctx.parentOf(n) : null;
        for (NodeResolver.Explicit e : ExplicitValues.forNode(ctx.vm(), ctx.commandLine(), n, parent, ctx.src(),
                ctx.src().baseline(ctx.srcMachineName(), n.type()))) {
            names.add(e.property());
        }
        return names;
    }

    private Finding finding(PairContext ctx, QomNode n, PropertyDifference d, String ms, String md) {
        EffectiveValue s = d.source();
        EffectiveValue t = d.destination();
        String sv = s == null ? "(absent)" : s.value();
        String tv = t == null ? "(absent)" : t.value();
        String msg = n.type() + "." + d.property() + " is " + (s == null ? "absent" : s.explain()) + " with "
                + ms + " on the source build " + ctx.srcBuild().label() + " but " + (t == null ? "absent"
                : t.explain()) + " with " + md + " on the destination build " + ctx.dstBuild().label() + ": "
                + d.why() + ".";
        return new Finding(rule(), d.severity(), n.path(), d.property(), sv, tv, msg,
                PairContext.orUnknown(s == null ? ctx.srcBuild().provenance() : s.provenance()),
                PairContext.orUnknown(t == null ? ctx.dstBuild().provenance() : t.provenance()));
    }
}
