package org.qompat.ui.drill;

import org.qompat.model.Provenance;

/**
 * One property of one QOM object, side by side: the effective value on the source build and on the destination
 * build, each with where it came from. A side is null when the property does not exist on that build;
 * {@code differs} is the engine's verdict on the two values (on/true/yes are one value to QEMU).
 */
public record PropertyRow(String path, String type, String property, Side source, Side destination, boolean differs) {

    /**
     * One side's value. {@code origin} is the kind of source in people's words (class default, compat entry,
     * explicit, observed, no default); {@code detail} names the compat entry or the alias.
     */
    /** True when only one build has the property and that side knows no value for it (no default, not set). */
    public static boolean unknownOnOneSideOnly(Side source, Side destination) {
        if ((source == null) == (destination == null)) return false;
        Side present = source != null ? source : destination;
        return present.value() == null || present.value().isBlank();
    }

    public boolean unknownOnOneSideOnly() {
        return unknownOnOneSideOnly(source, destination);
    }

    public record Side(String value, String origin, String detail, Provenance provenance) {

        /** "compat entry · virtio-net-device.host_uso=off (hw_compat_8_1)" for the provenance line. */
        public String describe() {
            return detail == null || detail.isBlank() ? origin : origin + " · " + detail;
        }
    }
}
