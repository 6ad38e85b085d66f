package org.qompat.engine.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.qompat.engine.compat.IdKey;
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
        return of(from, to, new HashMap<>());
    }

    /**
     * As {@link #of(Host, Host)}, remembering the missing flags per pair of CPU descriptions (by identity) in
     * {@code missingFlags}: classes share CPU objects, and set differences of a few hundred flags add up over
     * every class pair.
     */
    public static HostPairFacts of(Host from, Host to, Map<IdKey, List<String>> missingFlags) {
        boolean fw = from == to || !to.firmware().isEmpty() && from.firmware().equals(to.firmware());
        List<String> missing = null;
        if (from.cpu() != null && to.cpu() != null && !from.cpu().flags().isEmpty() && !to.cpu().flags().isEmpty()) {
            missing = missingFlags.computeIfAbsent(IdKey.of("missing-flags", from.cpu(), to.cpu(), null), k -> {
                Set<String> m = new TreeSet<>(from.cpu().flags());
                m.removeAll(to.cpu().flags());
                return List.copyOf(m);
            });
        }
        return new HostPairFacts(fw, missing);
    }
}
