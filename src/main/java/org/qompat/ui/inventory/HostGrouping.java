package org.qompat.ui.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.qompat.model.Fleet;
import org.qompat.model.Host;

/** A way to group hosts in the inventory: by one of their labels (cluster, rack …) or by a platform fact. */
public record HostGrouping(String name, Function<Host, String> key) {

    public static final HostGrouping QEMU_BUILD = new HostGrouping("QEMU build",
            h -> h.build() == null ? "(no build)" : "QEMU " + h.build().version());
    public static final HostGrouping KERNEL = new HostGrouping("Kernel",
            h -> h.kernelRelease() == null || h.kernelRelease().isBlank() ? "(unknown kernel)" : "Linux " + h.kernelRelease());
    public static final HostGrouping CPU_MODEL = new HostGrouping("CPU model",
            h -> h.cpu() == null || h.cpu().modelName() == null ? "(unknown CPU)" : h.cpu().modelName());
    public static final HostGrouping NONE = new HostGrouping("No grouping", h -> "");

    /** Label-based groupings first (in name order, "cluster" first when present), then the platform facts. */
    public static List<HostGrouping> available(Fleet fleet) {
        TreeSet<String> keys = new TreeSet<>();
        for (Host h : fleet.hosts()) keys.addAll(h.labels().keySet());
        List<HostGrouping> out = new ArrayList<>();
        if (keys.remove("cluster")) out.add(byLabel("cluster"));
        for (String k : keys) out.add(byLabel(k));
        out.add(QEMU_BUILD);
        out.add(KERNEL);
        out.add(CPU_MODEL);
        out.add(NONE);
        return out;
    }

    public static HostGrouping byLabel(String label) {
        String title = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return new HostGrouping(title, h -> {
            String v = h.label(label);
            return v.isBlank() ? "(no " + label + ")" : v;
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
