package org.qompat.engine.investigate;

/**
 * What a piece of a decoded log line names. The {@code id} is the regex group name used in the message catalog
 * ({@code messages.txt}); {@code linkable} kinds are used to find the matching engine finding.
 */
public enum EntityKind {
    SECTION("section", "VMState section", true),
    SUBSECTION("subsection", "subsection", true),
    SECTION_ID("sectionId", "section id", false),
    INSTANCE("instance", "instance", false),
    VMSD("vmsd", "VMState description", true),
    FIELD("field", "field", true),
    DEVICE("device", "device", true),
    PCI_ADDRESS("pciAddress", "PCI address", false),
    QOM_PATH("qomPath", "QOM path", true),
    QOM_TYPE("qomType", "QOM type", true),
    PROPERTY("property", "property", true),
    OPTION("option", "command-line option", false),
    MACHINE("machine", "machine type", true),
    SOURCE_MACHINE("sourceMachine", "source machine type", true),
    DESTINATION_MACHINE("destinationMachine", "destination machine type", true),
    CPU_MODEL("cpuModel", "CPU model", true),
    CPU_FEATURES("cpuFeatures", "CPU features", false),
    CPU_FEATURE("cpuFeature", "CPU feature", true),
    CPUID("cpuid", "CPUID leaf", false),
    ACCEL("accel", "accelerator", false),
    RAM_BLOCK("ramBlock", "RAM block", true),
    FEATURES("features", "negotiated features", false),
    ALLOWED("allowed", "allowed features", false),
    FEATURE_BIT("featureBit", "feature bit", false),
    PLATFORM_FEATURE("platformFeature", "platform feature", true),
    VERSION("version", "incoming version", false),
    LOCAL_VERSION("localVersion", "local version", false),
    SOURCE_VALUE("sourceValue", "source value", false),
    DESTINATION_VALUE("destinationValue", "destination value", false),
    OFFSET("offset", "config offset", false),
    REGISTER("register", "config register", false),
    CODE("code", "error code", false),
    REASON("reason", "reason", false),
    JOB("job", "libvirt job", false),
    DETAIL("detail", "detail", false),
    VM("vm", "VM", false),
    HOST("host", "host", false),
    QEMU_VERSION("qemuVersion", "QEMU version", false),
    LIBVIRT_VERSION("libvirtVersion", "libvirt version", false),
    KERNEL("kernel", "kernel", false),
    BIT("bit", "bit", false);

    private final String id;
    private final String label;
    private final boolean linkable;

    EntityKind(String id, String label, boolean linkable) {
        this.id = id;
        this.label = label;
        this.linkable = linkable;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether a value of this kind is specific enough to identify the finding it came from. */
    public boolean linkable() {
        return linkable;
    }

    public static EntityKind byId(String id) {
        for (EntityKind k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException("unknown entity kind: " + id);
    }
}
