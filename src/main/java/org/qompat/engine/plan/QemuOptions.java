package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A VM's baseline as QEMU command-line options: {@code -machine}, {@code -cpu}, one {@code -global driver.prop=value}
 * per pinned property, and, as comments, the same pins written on each {@code -device} that has an id. A pin whose
 * driver and property get different values on different devices of one VM is only written per device, since a
 * -global would set them all alike.
 */
public final class QemuOptions {

    private QemuOptions() {
    }

    public static List<String> lines(VmBaseline vm) {
        List<String> out = new ArrayList<>();
        if (vm.machineType() != null) out.add("-machine " + vm.machineType());
        if (vm.cpuModel() != null) out.add("-cpu " + vm.cpuModel());
        Map<String, Set<String>> valuesByGlobal = new LinkedHashMap<>();
        for (PropertyPin p : vm.pins()) {
            valuesByGlobal.computeIfAbsent(p.driver() + "." + p.property(), k -> new LinkedHashSet<>())
                    .add(PropertyValues.qemuSpelling(p.value()));
        }
        Set<String> written = new LinkedHashSet<>();
        for (PropertyPin p : vm.pins()) {
            String key = p.driver() + "." + p.property();
            if (valuesByGlobal.get(key).size() == 1 && written.add(key)) out.add("-global " + p.globalSpelling());
        }
        Map<String, List<PropertyPin>> byDevice = new LinkedHashMap<>();
        for (PropertyPin p : vm.pins()) {
            if (p.deviceId() != null) byDevice.computeIfAbsent(p.deviceId(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<PropertyPin>> e : byDevice.entrySet()) {
            StringBuilder sb = new StringBuilder();
            boolean needed = false;
            for (PropertyPin p : e.getValue()) {
                sb.append(',').append(p.property()).append('=').append(PropertyValues.qemuSpelling(p.value()));
                needed |= valuesByGlobal.get(p.driver() + "." + p.property()).size() > 1;
            }
            String line = "-device " + e.getValue().get(0).driver() + ",id=" + e.getKey() + sb;
            out.add(needed ? line : "# or on the device itself: " + line + ",…");
        }
        return out;
    }

    /** The whole baseline, one block per VM, ready to paste into a launch script. */
    public static String render(Baseline b) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Qompat baseline for hosts ").append(b.selector()).append(": ")
                .append(String.join(", ", b.merged().hostNames())).append('\n');
        for (VmBaseline vm : b.vms()) {
            sb.append("# vm ").append(vm.vm()).append(vm.verified() ? " (verified by the engine)" : " (NOT verified: "
                    + vm.blockedPairs() + " host pairs still blocked)").append('\n');
            for (String cause : vm.beyondPins()) sb.append("#   no pin can fix: ").append(cause).append('\n');
            for (String line : lines(vm)) sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
