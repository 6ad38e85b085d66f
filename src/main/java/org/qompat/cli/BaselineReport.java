package org.qompat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.BaselineEffect;
import org.qompat.engine.plan.FeatureMerge;
import org.qompat.engine.plan.GatedProperty;
import org.qompat.engine.plan.LibvirtXml;
import org.qompat.engine.plan.MergedPlatform;
import org.qompat.engine.plan.PropertyPin;
import org.qompat.engine.plan.QemuOptions;
import org.qompat.engine.plan.StatusCounts;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.engine.plan.VmBaseline;

/** The baseline command's text and JSON output. */
final class BaselineReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineReport() {
    }

    static void text(Baseline b, BaselineEffect effect, PrintWriter out) {
        MergedPlatform m = b.merged();
        out.println("Baseline for --hosts " + b.selector() + ": " + m.hosts().size() + " hosts ("
                + String.join(", ", m.hostNames()) + ")");
        out.println();
        out.println("Merged platform (AND over the hosts)");
        if (m.machineTypesByFamily().isEmpty()) out.println("  machine types   none registered by every host");
        m.machineTypesByFamily().forEach((family, list) -> out.println("  machine types   " + family + ": "
                + list.size() + " common, newest " + list.get(0)));
        out.println("  CPU models      " + (m.cpuModels().isEmpty() ? "none runnable on every host"
                : m.cpuModels().size() + " runnable on every host: " + abbreviate(m.cpuModels(), 6)));
        out.println("  CPU flags       " + m.cpuFlags().size() + " on every host");
        for (FeatureMerge f : m.features()) {
            String v = f.available() == null ? "unknown on " + String.join(", ", f.hostsUnknown())
                    : f.available() ? "yes, every host" : "no (lacking on " + String.join(", ", f.hostsLacking()) + ")";
            out.println("  feature         " + f.feature() + ": " + v);
        }
        for (String note : b.notes()) out.println("  note            " + note);
        out.println();
        out.println("Recommendation");
        b.machineByFamily().forEach((family, machine) -> out.println("  -machine        " + machine
                + "   (newest " + family + " every host registers)"));
        if (b.cpu().model() != null) out.println("  -cpu            " + b.cpu().model() + "   (" + b.cpu().reason() + ")");
        else out.println("  -cpu            (none: " + b.cpu().reason() + ")");
        if (b.cpu().betterModel() != null) {
            out.println("  alternative     -cpu " + b.cpu().betterModel() + ","
                    + String.join(",", b.cpu().betterModelDisables().stream().map(f -> "-" + f).toList())
                    + "   (more capable; those features are missing on some host)");
        }
        VerdictGrid before = VerdictGrid.of(effect.before());
        VerdictGrid after = VerdictGrid.of(effect.after());
        for (int i = 0; i < b.vms().size(); i++) {
            VmBaseline vm = b.vms().get(i);
            out.println();
            out.println("VM " + vm.vm() + ": " + header(vm, m.hosts().size()));
            out.println("  machine         " + change(vm.previousMachineType(), vm.machineType()));
            out.println("  cpu             " + change(vm.previousCpuModel(), vm.cpuModel()));
            for (PropertyPin p : vm.pins()) {
                out.println("  pin             " + p.globalSpelling() + (p.deviceId() == null ? "" : "  [" + p.deviceId()
                        + "]") + "  " + p.reason());
            }
            for (GatedProperty g : vm.gated()) {
                if (!g.needsPin()) {
                    out.println("  no pin needed   " + g.path() + " " + g.property() + "=" + g.value()
                            + (Boolean.TRUE.equals(g.usable()) ? " (every host has " + g.feature() + ")" : ""));
                }
            }
            for (String blocker : vm.remainingBlockers()) out.println("  still blocked   " + blocker);
            for (String cause : vm.beyondPins()) out.println("  no pin can fix  " + cause);
            for (String note : vm.notes()) out.println("  note            " + note);
            int bi = before.vmIndex(vm.vm());
            int ai = after.vmIndex(vm.vm());
            if (bi >= 0 && ai >= 0) {
                out.println("  matrix before   " + StatusCounts.describe(StatusCounts.ofVm(before, bi)));
                out.println("  matrix after    " + StatusCounts.describe(StatusCounts.ofVm(after, ai)));
            }
            out.println("  QEMU options    " + String.join(" ", QemuOptions.lines(vm).stream()
                    .filter(l -> !l.startsWith("#")).toList()));
        }
        out.println();
        out.println("Summary: " + b.summary());
        for (VmBaseline vm : b.stillBlocked()) {
            out.println("  " + vm.vm() + " still blocked by " + String.join(", ", vm.remainingBlockers())
                    + " (the baseline should settle this: please report it)");
        }
        for (VmBaseline vm : b.blockedBeyondPins()) {
            for (String cause : vm.beyondPins()) out.println("  " + vm.vm() + ": " + cause);
        }
    }

    private static String header(VmBaseline vm, int hosts) {
        if (vm.verified()) return "verified, every ordered pair of the " + hosts + " hosts is OK or WARN with these pins";
        if (vm.blockedBeyondPins()) {
            return "not movable everywhere, and no baseline can change that (" + vm.blockedPairs()
                    + " host pairs blocked or unknown)";
        }
        return "NOT verified, " + vm.blockedPairs() + " host pairs still not OK (blocked or unknown)";
    }

    static String json(Baseline b, BaselineEffect effect) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("selector", b.selector());
        root.put("summary", b.summary());
        MergedPlatform m = b.merged();
        strings(root.putArray("hosts"), m.hostNames());
        ObjectNode merged = root.putObject("merged");
        ObjectNode machines = merged.putObject("machine-types");
        m.machineTypesByFamily().forEach((family, list) -> strings(machines.putArray(family), list));
        strings(merged.putArray("cpu-models"), m.cpuModels());
        strings(merged.putArray("cpu-flags"), m.cpuFlags().stream().sorted().toList());
        ArrayNode features = merged.putArray("features");
        for (FeatureMerge f : m.features()) {
            ObjectNode o = features.addObject().put("feature", f.feature());
            if (f.available() == null) o.putNull("available");
            else o.put("available", f.available());
            strings(o.putArray("lacking"), f.hostsLacking());
            strings(o.putArray("unknown"), f.hostsUnknown());
        }
        ObjectNode byFamily = root.putObject("machine-by-family");
        b.machineByFamily().forEach(byFamily::put);
        ObjectNode cpu = root.putObject("cpu").put("model", b.cpu().model()).put("reason", b.cpu().reason())
                .put("better-model", b.cpu().betterModel());
        strings(cpu.putArray("better-model-disables"), b.cpu().betterModelDisables());
        VerdictGrid before = VerdictGrid.of(effect.before());
        VerdictGrid after = VerdictGrid.of(effect.after());
        ArrayNode vms = root.putArray("vms");
        for (VmBaseline vm : b.vms()) {
            ObjectNode o = vms.addObject().put("vm", vm.vm()).put("verified", vm.verified())
                    .put("blocked-beyond-pins", vm.blockedBeyondPins()).put("blocked-pairs", vm.blockedPairs());
            o.putObject("machine").put("from", vm.previousMachineType()).put("to", vm.machineType());
            o.putObject("cpu").put("from", vm.previousCpuModel()).put("to", vm.cpuModel());
            ArrayNode pins = o.putArray("pins");
            for (PropertyPin p : vm.pins()) {
                pins.addObject().put("path", p.path()).put("driver", p.driver()).put("device-id", p.deviceId())
                        .put("property", p.property()).put("value", p.value()).put("global", p.globalSpelling())
                        .put("reason", p.reason());
            }
            ArrayNode gated = o.putArray("gated-properties");
            for (GatedProperty g : vm.gated()) {
                ObjectNode go = gated.addObject().put("path", g.path()).put("type", g.qomType())
                        .put("property", g.property()).put("value", g.value()).put("feature", g.feature())
                        .put("backend", g.backend()).put("on-every-build", g.onEveryBuild());
                if (g.usable() == null) go.putNull("usable");
                else go.put("usable", g.usable());
                go.put("needs-pin", g.needsPin());
            }
            strings(o.putArray("remaining-blockers"), vm.remainingBlockers());
            strings(o.putArray("beyond-pins"), vm.beyondPins());
            strings(o.putArray("notes"), vm.notes());
            ObjectNode matrix = o.putObject("matrix");
            counts(matrix.putObject("before"), StatusCounts.ofVm(before, before.vmIndex(vm.vm())));
            counts(matrix.putObject("after"), StatusCounts.ofVm(after, after.vmIndex(vm.vm())));
            strings(o.putArray("qemu"), QemuOptions.lines(vm));
            o.put("libvirt", LibvirtXml.render(vm));
        }
        strings(root.putArray("notes"), b.notes());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void counts(ObjectNode o, Map<VerdictStatus, Long> counts) {
        for (VerdictStatus s : VerdictStatus.values()) o.put(s.name(), counts.getOrDefault(s, 0L));
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static String change(String from, String to) {
        if (to == null) return from == null ? "(unknown)" : from + " (kept)";
        return to.equals(from) ? to + " (unchanged)" : (from == null ? "(unknown)" : from) + " -> " + to;
    }

    private static String abbreviate(List<String> list, int max) {
        return list.size() <= max ? String.join(", ", list)
                : String.join(", ", list.subList(0, max)) + ", … (" + (list.size() - max) + " more)";
    }
}
