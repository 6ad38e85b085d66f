package org.qompat.engine.rules;

import org.qompat.model.QemuBuild;
import org.qompat.model.VmStateDump;

/**
 * Which {@code -dump-vmstate} of a build describes a VM's machine type. A device's VMState description belongs to
 * its class, not to the machine type, so when the exact machine type was not dumped any dump of the same build
 * tells the same about the devices (the choice is said in the finding).
 */
record DumpChoice(VmStateDump dump, boolean exact) {

    static DumpChoice of(QemuBuild build, String machine) {
        if (machine != null) {
            VmStateDump d = build.vmstateByMachine().get(machine);
            if (d != null) return new DumpChoice(d, true);
        }
        VmStateDump best = null;
        for (VmStateDump d : build.vmstateByMachine().values()) {
            if (best == null || String.valueOf(d.machineType()).compareTo(String.valueOf(best.machineType())) > 0) best = d;
        }
        return best == null ? null : new DumpChoice(best, false);
    }
}
