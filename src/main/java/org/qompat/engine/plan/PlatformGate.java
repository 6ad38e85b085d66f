package org.qompat.engine.plan;

/**
 * A device property whose enabled value only works where the host backs it (primer rule 5): e.g.
 * {@code virtio-net-device.host_uso} needs the host's tap USO. {@code qomType} matches by QOM subtype;
 * {@code safeValue} is the value that works on every host (the feature off).
 */
public record PlatformGate(String qomType, String property, String feature, String safeValue, String why) {
}
