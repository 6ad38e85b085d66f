package org.qompat.ui.drill;

import java.util.Objects;
import org.qompat.model.Provenance;

/**
 * One property of one QOM object, side by side: the effective value on the source build and on the destination
 * build, each with where it came from. A side is null when the property does not exist on that build.
 */
public record PropertyRow(String path, String type, String property, Side source, Side destination) {

    /**
     * One side's value. {@code origin} is the kind of source in people's words (class default, compat entry,
     * explicit, observed, no default); {@code detail} names the compat entry or the command-line option.
     */
    public record Side(String value, String origin, String detail, Provenance provenance) {

        /** "compat entry hw_compat_8_1: virtio-net-device.host_uso=off" for the origin column. */
        public String describe() {
            return detail == null || detail.isBlank() ? origin : origin + " · " + detail;
        }
    }

    public boolean differs() {
        if (source == null || destination == null) return source != destination;
        return !Objects.equals(normalize(source.value()), normalize(destination.value()));
    }

    /** on/true/yes are one value to QEMU, so they are one value here. */
    static String normalize(String v) {
        if (v == null) return null;
        String t = v.trim().toLowerCase();
        return switch (t) {
            case "on", "true", "yes" -> "true";
            case "off", "false", "no" -> "false";
            default -> t;
        };
    }
}
