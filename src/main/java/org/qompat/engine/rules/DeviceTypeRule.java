package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.model.QomNode;
import org.qompat.model.QomType;

/**
 * Rule 2: every type in the VM's QOM tree must exist on the destination build (and on the source build, or the
 * VM cannot even run there). The machine and CPU objects are left to rules 1 and 6.
 */
public final class DeviceTypeRule implements MigrationRule {

    @Override
    public Rule rule() {
        return Rule.DEVICE_TYPE;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        if (ctx.nodes().isEmpty()) return;
        boolean srcKnown = !ctx.srcBuild().types().isEmpty();
        boolean dstKnown = !ctx.dstBuild().types().isEmpty();
        if (!srcKnown || !dstKnown) {
            PairContext.add(out, rule(), Severity.UNKNOWN, "/machine", "", null, null, "Missing data: the "
                            + (dstKnown ? "source" : "destination") + " build's QOM type list (qom-list-types)"
                            + " was not collected, so Qompat cannot tell whether its devices exist.",
                    ctx.srcBuild().provenance(), ctx.dstBuild().provenance());
            return;
        }
        List<QomNode> nodes = ctx.nodes();
        for (java.util.Map.Entry<String, int[]> group : NodeKinds.typesOf(ctx).entrySet()) {
            QomType s = ctx.srcBuild().types().get(group.getKey());
            QomType d = ctx.dstBuild().types().get(group.getKey());
            if (s != null && d != null) continue;
            for (int i : group.getValue()) report(ctx, nodes.get(i), s, d, out);
        }
    }

    private void report(PairContext ctx, QomNode n, QomType s, QomType d, List<Finding> out) {
        if (d == null) {
            PairContext.add(out, rule(), Severity.BLOCKER, n.path(), "", n.type(), "(absent)",
                    "Device type " + n.type() + " does not exist on the destination build "
                            + ctx.dstBuild().label() + ": the destination cannot create " + n.path()
                            + " ('Unknown savevm section or instance' if it is only missing there).",
                    s == null ? n.provenance() : s.provenance(), ctx.dstBuild().provenance());
        } else if (s == null) {
            PairContext.add(out, rule(), Severity.BLOCKER, n.path(), "", "(absent)", n.type(),
                    "Device type " + n.type() + " does not exist on the source build "
                            + ctx.srcBuild().label() + ", so this VM cannot run there.",
                    ctx.srcBuild().provenance(), d.provenance());
        }
    }
}
