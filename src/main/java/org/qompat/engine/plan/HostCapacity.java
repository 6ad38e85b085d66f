package org.qompat.engine.plan;

import java.util.List;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * A host's capacity in VM slots, from its {@code slots=N} label in the fleet manifest. No label means no limit;
 * free slots are the label minus the VMs the manifest places on the host.
 */
public final class HostCapacity {

    public static final String LABEL = "slots";
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private HostCapacity() {
    }

    /** Total slots, {@link #UNLIMITED} without a label; a label that is not a number is ignored (no limit). */
    public static int slots(Host h) {
        String v = h.labels().get(LABEL);
        if (v == null) return UNLIMITED;
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return UNLIMITED;
        }
    }

    public static int free(Host h, List<Vm> vms) {
        int slots = slots(h);
        if (slots == UNLIMITED) return UNLIMITED;
        long used = vms.stream().filter(v -> h.name().equals(v.host())).count();
        return (int) Math.max(0, slots - used);
    }
}
