package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * Applies a {@link VmBaseline} to a VM: a new {@link Vm} record as the VM would be when restarted with the
 * baseline's options (machine type pinned to the versioned name, CPU model, explicit property values). The input
 * record is untouched.
 */
public final class BaselineApplier {

    private BaselineApplier() {
    }

    public static Vm apply(Vm vm, VmBaseline b) {
        Vm out = vm;
        if (b.machineType() != null && !b.machineType().equals(vm.machineType())
                || b.machineType() != null && !b.machineType().equals(vm.machineArg())) {
            out = withMachine(out, b.machineType());
        }
        if (b.cpuModel() != null && !b.cpuModel().equals(vm.cpuModel())) out = out.withCpuModel(b.cpuModel());
        for (PropertyPin p : b.pins()) out = withPin(out, p);
        return new Vm(out.name(), out.machineType(), out.machineArg(), out.commandLineKnown(), out.cpuModel(),
                out.root(), out.host(), rewriteCommandLine(vm.commandLine(), b), out.ramBlocks(), out.vfio(),
                out.provenance());
    }

    public static List<Vm> applyAll(List<Vm> vms, Baseline baseline) {
        List<Vm> out = new ArrayList<>(vms.size());
        for (Vm v : vms) {
            VmBaseline b = baseline.vm(v.name());
            out.add(b == null ? v : apply(v, b));
        }
        return out;
    }

    /** The versioned name goes on the command line too, so no alias can resolve differently per binary. */
    static Vm withMachine(Vm vm, String machine) {
        Vm out = vm.withMachine(machine, machine);
        if (out.root() != null && "/machine".equals(out.root().path())) {
            out = out.withRoot(QomTrees.withType(out.root(), "/machine", machine + "-machine"));
        }
        return out;
    }

    /** Sets the value on the owning device and on its proxy when the proxy aliases the property. */
    static Vm withPin(Vm vm, PropertyPin p) {
        if (vm.root() == null) return vm;
        QomNode root = vm.root();
        if (root.find(p.path()).isPresent()) {
            root = QomTrees.withExplicitProperty(root, p.path(), p.property(), PropertyValues.modelSpelling(p.value()));
        }
        Optional<QomNode> parent = QomTrees.parent(root, p.path());
        boolean aliased = parent.isPresent() && (parent.get().properties().containsKey(p.property())
                || p.path().endsWith("/virtio-backend"));
        if (aliased) {
            root = QomTrees.withExplicitProperty(root, parent.get().path(), p.property(),
                    PropertyValues.modelSpelling(p.value()));
        }
        return vm.withRoot(root);
    }

    /** Replaces the -machine type and -cpu model and appends one -global per pin; empty stays empty. */
    static List<String> rewriteCommandLine(List<String> cmd, VmBaseline b) {
        if (cmd.isEmpty()) return cmd;
        List<String> out = new ArrayList<>(cmd);
        for (int i = 0; i + 1 < out.size(); i++) {
            String opt = out.get(i);
            if (b.machineType() != null && (opt.equals("-machine") || opt.equals("-M"))) {
                out.set(i + 1, replaceFirstValue(out.get(i + 1), "type", b.machineType()));
            } else if (b.cpuModel() != null && opt.equals("-cpu")) {
                out.set(i + 1, b.cpuModel());
            }
        }
        for (PropertyPin p : b.pins()) {
            out.add("-global");
            out.add(p.globalSpelling());
        }
        return out;
    }

    /** {@code q35,accel=kvm} → {@code pc-q35-8.2,accel=kvm}; {@code type=q35,…} keeps its key. */
    static String replaceFirstValue(String arg, String key, String value) {
        String[] parts = arg.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == 0 && !parts[0].contains("=")) {
                parts[0] = value;
                return String.join(",", parts);
            }
            if (parts[i].startsWith(key + "=")) {
                parts[i] = key + "=" + value;
                return String.join(",", parts);
            }
        }
        return value + (arg.isEmpty() ? "" : "," + arg);
    }
}
