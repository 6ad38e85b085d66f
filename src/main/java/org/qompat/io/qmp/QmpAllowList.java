package org.qompat.io.qmp;

import java.util.Set;
import java.util.TreeSet;

/**
 * The only QMP commands Qompat ever sends to a QEMU: commands that read state and never change it. Anything else
 * (qom-set, migrate, device_add, human-monitor-command, quit, …) is refused in code before it is serialised.
 * {@code quit} exists separately, as {@link QmpClient#quitLaunchedProcess()}, for QEMUs the collector started itself.
 */
public final class QmpAllowList {

    /** Read-only commands. {@code human-monitor-command} is deliberately absent: HMP can do anything. */
    private static final Set<String> READ_ONLY = Set.of(
            "qmp_capabilities",
            "query-version",
            "query-commands",
            "query-target",
            "query-kvm",
            "query-status",
            "query-name",
            "query-machines",
            "qom-list-types",
            "qom-list-properties",
            "device-list-properties",
            "query-cpu-definitions",
            "query-cpu-model-expansion",
            "qom-list",
            "qom-get",
            "qom-list-get");

    private QmpAllowList() {
    }

    public static boolean allows(String command) {
        return command != null && READ_ONLY.contains(command);
    }

    /** Throws {@link ForbiddenQmpCommandException} unless {@code command} is on the list. */
    public static void require(String command) {
        if (!allows(command)) {
            throw new ForbiddenQmpCommandException(String.valueOf(command),
                    "not on Qompat's read-only allow-list " + commands());
        }
    }

    public static Set<String> commands() {
        return new TreeSet<>(READ_ONLY);
    }
}
