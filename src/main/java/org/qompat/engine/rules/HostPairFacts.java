package org.qompat.engine.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qompat.model.Host;

/**
 * Facts about one ordered host pair that several VMs' checks need: whether both hosts have the same firmware files
 * and which source CPU flags the destination lacks. The fleet analysis computes them once per class pair.
 *
 * @param sameFirmware  both hosts record the same firmware files with the same sizes (and record some)
 * @param missingFlags  source CPU flags the destination lacks, sorted; null when either side's flags are unknown
 */
public record HostPairFacts(boolean sameFirmware, List<String> missingFlags) {

    public static HostPairFacts of(Host from, Host to) {
        boolean fw = from == to || !to.firmware().isEmpty() && from.firmware().equals(to.firmware());
        List<String> missing = null;
        if (from.cpu() != null && to.cpu() != null && !from.cpu().flags().isEmpty() && !to.cpu().flags().isEmpty()) {
            Set<String> m = new TreeSet<>(from.cpu().flags());
            m.removeAll(to.cpu().flags());
            missing = List.copyOf(m);
        }
        return new HostPairFacts(fw, missing);
    }
}
