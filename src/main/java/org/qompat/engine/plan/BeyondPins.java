package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;

/**
 * The causes no baseline can remove, gathered from the engine's verdicts after the baseline is applied: a device
 * that refuses to migrate at all (rule 9: nvme, virtio-crypto-pci …) and a passthrough device whose destination
 * cannot be vouched for without vendor data (rule 8). Machine type, CPU model and property pins are guest ABI
 * settings; these rules do not look at any of them, so reporting such a VM as a failed baseline would send the
 * user hunting for a pin that does not exist.
 */
final class BeyondPins {

    private static final Set<Rule> RULES = Set.of(Rule.VFIO, Rule.MIGRATION_BLOCKER);

    /** One cause: the same rule, device and severity, and the destinations where it struck. */
    private record Cause(Finding example, Set<String> destinations) {
    }

    private final Map<String, Cause> causes = new LinkedHashMap<>();

    static boolean covers(Finding f) {
        return RULES.contains(f.rule());
    }

    void add(Finding f, Collection<String> destinations) {
        String key = f.rule().id() + '\u0000' + f.severity() + '\u0000' + f.path() + '\u0000' + f.property();
        causes.computeIfAbsent(key, k -> new Cause(f, new LinkedHashSet<>())).destinations().addAll(destinations);
    }

    /** One sentence per cause, for people: what the device is and where it cannot go. */
    List<String> sentences(List<String> hostSet) {
        List<String> out = new ArrayList<>();
        for (Cause c : causes.values()) out.add(sentence(c.example(), c.destinations(), hostSet));
        return out;
    }

    private static String sentence(Finding f, Set<String> where, List<String> hostSet) {
        boolean everywhere = where.containsAll(hostSet);
        String device = device(f.path());
        if (f.rule() == Rule.MIGRATION_BLOCKER && f.severity() == Severity.BLOCKER) {
            String what = device + (f.sourceValue() == null || f.sourceValue().equals(device) ? ""
                    : " (" + f.sourceValue() + ")") + " has a migration blocker";
            return everywhere ? "cannot migrate at all: " + what
                    : what + "; blocked towards " + hosts(where);
        }
        if (f.rule() == Rule.VFIO && f.severity() == Severity.UNKNOWN) {
            if (f.property() == null || f.property().isBlank()) {
                return device + " is a VFIO passthrough device with no vendor data (model, migration parameters), "
                        + "so no destination can be vouched for (UNKNOWN)";
            }
            return device + " is VFIO passthrough (" + f.sourceValue() + ") and " + hosts(where)
                    + (where.size() == 1 ? " records" : " record") + " no VFIO device models, so the engine cannot"
                    + " vouch for " + (where.size() == 1 ? "it" : "them") + " (UNKNOWN)";
        }
        if (f.rule() == Rule.VFIO) {
            return device + " (VFIO " + f.sourceValue() + ") has no matching vendor device on " + hosts(where)
                    + (f.property() == null || f.property().equals("model") ? "" : " (" + f.property() + ")");
        }
        return f.rule().id() + ": " + f.message();
    }

    /** {@code nvme0} for a device the user named, else its QOM path. */
    private static String device(String path) {
        String id = path == null ? null : QomTrees.peripheralId(path);
        return id != null ? id : path == null ? "a device" : path;
    }

    private static String hosts(Set<String> names) {
        List<String> list = List.copyOf(names);
        String prefix = list.size() == 1 ? "host " : list.size() + " hosts (";
        return list.size() == 1 ? prefix + list.get(0) : prefix + BaselineRecommender.shortList(list) + ")";
    }
}
