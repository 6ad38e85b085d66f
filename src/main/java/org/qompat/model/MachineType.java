package org.qompat.model;

import java.util.List;

/**
 * A machine type registered by one QEMU build. {@code compatProps} is in application order (later wins);
 * {@code compatPropsKnown} is false for builds older than 9.1 whose table was not loaded from source.
 */
public record MachineType(String name, String alias, boolean isDefault, boolean deprecated, String defaultCpuType,
                          List<CompatProperty> compatProps, boolean compatPropsKnown, Provenance provenance) {

    public MachineType {
        compatProps = List.copyOf(compatProps);
    }

    public MachineType withCompatProps(List<CompatProperty> props) {
        return new MachineType(name, alias, isDefault, deprecated, defaultCpuType, props, true, provenance);
    }

    /** The family prefix and version: {@code pc-q35-8.1} → {@code pc-q35}, {@code 8.1}; null when unversioned. */
    public static String[] splitVersion(String machine) {
        int dash = machine.lastIndexOf('-');
        if (dash < 0 || dash == machine.length() - 1 || !Character.isDigit(machine.charAt(dash + 1))) return null;
        return new String[] {machine.substring(0, dash), machine.substring(dash + 1)};
    }

    public boolean isVersioned() {
        return splitVersion(name) != null;
    }
}
