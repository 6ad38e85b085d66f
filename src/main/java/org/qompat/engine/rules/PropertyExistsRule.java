package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.ExplicitValues;
import org.qompat.engine.compat.VmCommandLine;
import org.qompat.model.QomNode;
import org.qompat.model.QomType;

/**
 * Rule 3: every property the VM's command line sets ({@code -device} options, {@code -global}s) must exist on the
 * destination's device type, or the destination fails with {@code Property 'X.Y' not found}.
 */
public final class PropertyExistsRule implements MigrationRule {

    @Override
    public Rule rule() {
        return Rule.PROPERTY_EXISTS;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        VmCommandLine cl = ctx.commandLine();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (QomNode n : ctx.nodes()) {
            if (n.explicitProperties().isEmpty() && cl.deviceAt(n.path()).isEmpty()) continue;
            List<String> names = new java.util.ArrayList<>(ExplicitValues.namesSetOn(cl, n));
            // a virtio backend shows the options set on its proxy; they are judged (once) on the proxy
            String parent = n.path().substring(0, Math.max(0, n.path().lastIndexOf('/')));
            names.removeIf(p -> reported.contains(parent + "\u0000" + p));
            if (names.isEmpty()) continue;
            for (String p : names) reported.add(n.path() + "\u0000" + p);
            QomType d = ctx.dstBuild().types().get(n.type());
            if (d == null) continue; // rule 2 reports the missing type
            if (!d.propertiesKnown()) {
                PairContext.add(out, rule(), Severity.UNKNOWN, n.path(), String.join(", ", names), null, null,
                        "Missing data: the destination build's property list of " + n.type()
                                + " (device-list-properties) was not collected, so Qompat cannot tell whether "
                                + String.join(", ", names) + " exist there.", n.provenance(), d.provenance());
                continue;
            }
            for (String p : names) {
                if (d.properties().containsKey(p)) continue;
                PairContext.add(out, rule(), Severity.BLOCKER, n.path(), p, n.properties().get(p), "(absent)",
                        "The command line sets " + n.type() + "." + p + ", which the destination build "
                                + ctx.dstBuild().label() + " does not have: it fails with 'Property '" + n.type()
                                + "." + p + "' not found'.", n.provenance(), d.provenance());
            }
        }
        for (VmCommandLine.Global g : cl.globals()) {
            QomType d = ctx.dstBuild().types().get(g.driver());
            if (d == null || !d.propertiesKnown() || d.properties().containsKey(g.property())) continue;
            PairContext.add(out, rule(), Severity.BLOCKER, "", g.driver() + "." + g.property(), g.value(),
                    "(absent)", "-global " + g.driver() + "." + g.property() + " names a property the destination"
                            + " build " + ctx.dstBuild().label() + " does not have; devices of that type fail to"
                            + " start there ('Property '" + g.driver() + "." + g.property() + "' not found').",
                    ctx.vmProvenance(), d.provenance());
        }
    }
}
