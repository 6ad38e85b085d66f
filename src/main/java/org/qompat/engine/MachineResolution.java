package org.qompat.engine;

import org.qompat.engine.compat.MachineNames;
import org.qompat.engine.compat.VmCommandLine;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * Which versioned machine type a VM gets on one build. The destination is started with the same command line,
 * so an alias ({@code q35}, {@code pc}) or a missing {@code -M} resolves to each build's own newest type; when the
 * command line is unknown, the type the VM's QOM tree shows is all we have.
 *
 * @param requested        the {@code -M} argument as written, null when there is none or it is unknown
 * @param commandLineKnown whether the VM's command line is known at all
 * @param viaAlias         the argument was an alias or absent, so the result depends on the build
 * @param resolved         the versioned machine type name (without {@code -machine}), null when the build
 *                         has no such alias or no default
 * @param machine          the build's machine type, null when the build does not register {@code resolved}
 * @param how              one sentence for people on how the name was resolved
 */
public record MachineResolution(String requested, boolean commandLineKnown, boolean viaAlias, String resolved,
                                MachineType machine, String how) {

    public static MachineResolution resolve(Vm vm, QemuBuild build) {
        return resolve(vm, VmCommandLine.of(vm), build);
    }

    public static MachineResolution resolve(Vm vm, VmCommandLine cl, QemuBuild build) {
        String fromTree = MachineNames.userName(vm.machineType());
        if (!vm.commandLineKnown()) {
            MachineType mt = fromTree == null ? null : build.machineTypes().get(fromTree);
            return new MachineResolution(null, false, false, fromTree, mt,
                    "the VM's QOM tree shows " + fromTree + " (its command line is unknown)");
        }
        String arg = MachineNames.userName(vm.machineArg() != null ? vm.machineArg() : cl.machineArg());
        if (arg == null) {
            MachineType def = build.defaultMachine().orElse(null);
            return new MachineResolution(null, true, true, def == null ? null : def.name(), def,
                    def == null ? "no -M and " + build.label() + " has no default machine type"
                            : "no -M: " + build.label() + " uses its default " + def.name());
        }
        MachineType direct = build.machineTypes().get(arg);
        if (direct != null) {
            return new MachineResolution(arg, true, false, direct.name(), direct, "-M " + arg);
        }
        MachineType viaAlias = build.machine(arg).orElse(null);
        if (viaAlias != null) {
            return new MachineResolution(arg, true, true, viaAlias.name(), viaAlias,
                    "-M " + arg + " is an alias: " + build.label() + " resolves it to " + viaAlias.name());
        }
        boolean looksVersioned = MachineType.splitVersion(arg) != null;
        return new MachineResolution(arg, true, !looksVersioned, looksVersioned ? arg : null, null,
                "-M " + arg + " is not registered by " + build.label());
    }

    /** The machine type name to use for compat tables and VMState: the resolved name, else the tree's. */
    public String nameOr(String fallback) {
        return resolved != null ? resolved : fallback;
    }
}
