package org.qompat.io.csource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.json.BuildIds;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;

/**
 * Fills the compat tables a build could not report (QEMU before 9.1) from a source checkout of the same
 * release: only machine types whose table is unknown are touched, and the build gets a new content id.
 */
public final class CompatFill {

    private CompatFill() {
    }

    /** Same major.minor: stable releases of a series share their machine types. */
    public static boolean sameSeries(QemuBuild build, CompatSource source) {
        return build.version().major() == source.version().major()
                && build.version().minor() == source.version().minor();
    }

    /** The build with its unknown tables filled from {@code source}; the same instance when nothing changed. */
    public static QemuBuild fill(QemuBuild build, CompatSource source) {
        if (!sameSeries(build, source)) return build;
        Map<String, MachineType> machines = new LinkedHashMap<>(build.machineTypes());
        boolean changed = false;
        for (MachineType m : build.machineTypes().values()) {
            List<CompatProperty> table = source.tables().get(m.name());
            if (m.compatPropsKnown() || table == null) continue;
            machines.put(m.name(), m.withCompatProps(table));
            changed = true;
        }
        if (!changed) return build;
        return BuildIds.withContentId(new QemuBuild("", build.version(), build.packageString(), machines,
                build.types(), build.cpuModels(), build.vmstateByMachine(), build.provenance()));
    }
}
