package org.qompat.engine.plan;

/**
 * An explicit property value a VM needs to be movable everywhere in a host set. {@code path} is the QOM path of
 * the device that owns the property; {@code driver} the type to name in {@code -global driver.prop=value} (the
 * user-facing proxy such as {@code virtio-net-pci} when it aliases the property); {@code deviceId} the
 * {@code -device id=} when the device has one (its {@code /machine/peripheral/ID} name), else null.
 */
public record PropertyPin(String path, String driver, String deviceId, String property, String value,
                          String reason) {

    /** {@code virtio-net-pci.host_uso=off}, as -global spells it. */
    public String globalSpelling() {
        return driver + "." + property + "=" + PropertyValues.qemuSpelling(value);
    }
}
