package org.qompat.engine.compat;

/** Machine type names as users write them ({@code pc-q35-7.2}) versus QOM type names ({@code …-machine}). */
public final class MachineNames {

    private static final String SUFFIX = "-machine";

    private MachineNames() {
    }

    /** {@code pc-q35-7.2-machine} → {@code pc-q35-7.2}; null stays null. */
    public static String userName(String name) {
        if (name == null) return null;
        String n = name.trim();
        return n.endsWith(SUFFIX) ? n.substring(0, n.length() - SUFFIX.length()) : n;
    }
}
