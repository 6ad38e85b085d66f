package org.qompat.engine.investigate;

/**
 * One virtio feature bit: number, VIRTIO_* name, scope ({@code net} or {@code transport}), the QEMU property that
 * controls it (empty when none), its default, and the platform requirement that QEMU silently enforces (null
 * when the bit is purely a matter of configuration).
 */
public record FeatureBit(int bit, String name, String scope, String property, String defaultValue,
                         PlatformRequirement requirement, String meaning) {

    /** A bit the table does not know (a newer QEMU, another device type). */
    public static FeatureBit unknown(int bit) {
        return new FeatureBit(bit, "bit " + bit, "unknown", "", "", null, "not in Qompat's virtio-net table");
    }

    public boolean platformGated() {
        return requirement != null;
    }

    /** "54 VIRTIO_NET_F_GUEST_USO4 (guest_uso4)". */
    public String describe() {
        return bit + " " + name + (property.isEmpty() ? "" : " (" + property + ")");
    }

    /** The short name without the VIRTIO_NET_F_ / VIRTIO_F_ / VIRTIO_RING_F_ prefix: GUEST_USO4. */
    public String shortName() {
        return name.replaceFirst("^VIRTIO_(NET_F_|RING_F_|F_)", "");
    }
}
