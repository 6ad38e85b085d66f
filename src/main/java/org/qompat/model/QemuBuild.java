package org.qompat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one QEMU binary told us about itself. Hosts that run the same binary share one instance; {@code id}
 * is a content hash so that two dumps of the same build collapse into one.
 */
public record QemuBuild(String id, QemuVersion version, String packageString, Map<String, MachineType> machineTypes,
                        Map<String, QomType> types, Map<String, CpuModel> cpuModels,
                        Map<String, VmStateDump> vmstateByMachine, Provenance provenance) {

    public QemuBuild {
        machineTypes = Map.copyOf(machineTypes);
        types = Map.copyOf(types);
        cpuModels = Map.copyOf(cpuModels);
        vmstateByMachine = Map.copyOf(vmstateByMachine);
    }

    /** "10.0.2 (Debian 1:10.0.2+ds-1~bpo12+1)" style label for people. */
    public String label() {
        return packageString == null || packageString.isBlank() ? version.toString()
                : version + " (" + packageString.trim() + ")";
    }

    /** Resolves an alias ({@code q35}, {@code pc}) or a versioned name to this build's machine type. */
    public Optional<MachineType> machine(String nameOrAlias) {
        MachineType direct = machineTypes.get(nameOrAlias);
        if (direct != null) return Optional.of(direct);
        return machineTypes.values().stream().filter(m -> nameOrAlias.equals(m.alias())).findFirst();
    }

    /** The default machine type (what no {@code -M} resolves to). */
    public Optional<MachineType> defaultMachine() {
        return machineTypes.values().stream().filter(MachineType::isDefault).findFirst();
    }

    /** True when {@code type} is {@code ancestor} or inherits from it, following {@code parent} links. */
    public boolean isSubtype(String type, String ancestor) {
        String t = type;
        for (int guard = 0; t != null && guard < 64; guard++) {
            if (t.equals(ancestor)) return true;
            QomType q = types.get(t);
            t = q == null ? null : q.parent();
        }
        return false;
    }

    /** The type and its ancestors, nearest first. */
    public List<String> lineage(String type) {
        List<String> out = new ArrayList<>();
        String t = type;
        while (t != null && out.size() < 64 && !out.contains(t)) {
            out.add(t);
            QomType q = types.get(t);
            t = q == null ? null : q.parent();
        }
        return out;
    }
}
