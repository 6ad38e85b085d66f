package org.qompat.model;

import java.util.List;
import java.util.Map;

/**
 * A VM: the machine type its QOM tree shows (resolved), the {@code -M} argument as written on its command line
 * ({@code q35}, {@code pc-q35-7.2}, or null when the command line is unknown), the CPU model, the QOM tree,
 * the host it runs on (null if unknown), RAM blocks and VFIO attributes when known.
 */
public record Vm(String name, String machineType, String machineArg, boolean commandLineKnown, String cpuModel,
                 QomNode root, String host, List<String> commandLine, List<RamBlock> ramBlocks,
                 Map<String, VfioAttributes> vfio, Provenance provenance) {

    public Vm {
        commandLine = List.copyOf(commandLine);
        ramBlocks = List.copyOf(ramBlocks);
        vfio = Map.copyOf(vfio);
    }

    public Vm withRoot(QomNode newRoot) {
        return new Vm(name, machineType, machineArg, commandLineKnown, cpuModel, newRoot, host, commandLine,
                ramBlocks, vfio, provenance);
    }

    public Vm withMachine(String newMachineType, String newMachineArg) {
        return new Vm(name, newMachineType, newMachineArg, commandLineKnown, cpuModel, root, host, commandLine,
                ramBlocks, vfio, provenance);
    }

    public Vm withCpuModel(String newCpuModel) {
        return new Vm(name, machineType, machineArg, commandLineKnown, newCpuModel, root, host, commandLine,
                ramBlocks, vfio, provenance);
    }

    public Vm withHost(String newHost) {
        return new Vm(name, machineType, machineArg, commandLineKnown, cpuModel, root, newHost, commandLine,
                ramBlocks, vfio, provenance);
    }
}
