package org.qompat.report;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;

/**
 * One cause of blocked migrations, identified by rule + QOM path (or VMState section) + property, with its
 * impact: how many (VM, source host, destination host) combinations it blocks, how many of those it blocks alone
 * (fixing it alone would unblock them), which VMs it hits, and one concrete occurrence to show and drill into.
 */
public record RankedBlocker(Rule rule, String path, String property, long combinations, long soleCause,
                            List<String> vms, Finding example, String exampleVm, String exampleFrom,
                            String exampleTo) {

    public RankedBlocker {
        vms = List.copyOf(vms);
    }

    /** "virtio-net host_uso at /machine/peripheral/net0"-style subject for headings. */
    public String subject() {
        StringBuilder sb = new StringBuilder();
        if (!property.isEmpty()) sb.append(property);
        if (!path.isEmpty()) sb.append(sb.length() > 0 ? " at " : "").append(path);
        return sb.length() == 0 ? rule.id() : sb.toString();
    }
}
