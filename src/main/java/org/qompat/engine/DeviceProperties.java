package org.qompat.engine;

import java.util.Map;
import java.util.Optional;

/**
 * The effective properties of one device instance (one node of a VM's QOM tree) on one QEMU build and machine
 * type: what {@link EffectiveProperties} returns and what the drill-down shows.
 *
 * @param path            the QOM path, e.g. {@code /machine/peripheral/net0/virtio-backend}
 * @param type            the node's QOM type
 * @param build           the build's label ("10.0.2 (Debian …)")
 * @param machineType     the versioned machine type whose compat table was applied
 * @param typeExists      the build registers this type
 * @param propertiesKnown the build's property list for the type was collected; when false the values are the
 *                        ones observed in the VM's QOM tree ({@link ValueOrigin#OBSERVED})
 * @param values          property name → effective value, class properties first, in the build's order
 */
public record DeviceProperties(String path, String type, String build, String machineType, boolean typeExists,
                               boolean propertiesKnown, Map<String, EffectiveValue> values) {

    public DeviceProperties {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public Optional<EffectiveValue> get(String property) {
        return Optional.ofNullable(values.get(property));
    }

    /** The effective value as text, or null when the property is absent or has no value. */
    public String value(String property) {
        EffectiveValue v = values.get(property);
        return v == null ? null : v.value();
    }
}
