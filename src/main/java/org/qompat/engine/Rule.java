package org.qompat.engine;

/** The named rules of the primer (§3); each finding names the one that produced it. */
public enum Rule {
    MACHINE_TYPE("machine-type"),
    DEVICE_TYPE("device-type"),
    PROPERTY_EXISTS("property-exists"),
    EFFECTIVE_PROPERTIES("effective-properties"),
    PLATFORM_FEATURE("platform-feature"),
    CPU_MODEL("cpu-model"),
    VMSTATE("vmstate"),
    VFIO("vfio"),
    MIGRATION_BLOCKER("migration-blocker"),
    RAM_BLOCKS("ram-blocks"),
    KNOWN_DEFECT("known-defect"),
    UNKNOWN("unknown");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The rule's name as the primer, the CLI and the JSON output spell it. */
    public String id() {
        return id;
    }

    public static Rule byId(String id) {
        for (Rule r : values()) if (r.id.equals(id)) return r;
        throw new IllegalArgumentException("unknown rule: " + id);
    }
}
