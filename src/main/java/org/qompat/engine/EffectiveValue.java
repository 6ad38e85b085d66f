package org.qompat.engine;

import java.util.List;
import org.qompat.model.CompatProperty;
import org.qompat.model.Provenance;

/**
 * The value a property of one device instance ends up with on one build and machine type, with its origin
 * and the full chain that produced it.
 *
 * @param property    the property name
 * @param value       the winning value as written by its source (null when nothing gives it a value)
 * @param origin      which kind of source won
 * @param compatEntry the compat table entry that won, or null when the origin is not {@code COMPAT_ENTRY}
 * @param provenance  where the winning value came from (input file and JSON pointer or line)
 * @param aliasOf     for a virtio proxy's property that QEMU aliases onto its backend: the backend's QOM path
 *                    whose value this is; null otherwise
 * @param steps       every step that set the value, first to last (class default, compat entries, explicit)
 * @param propertyType the QOM type of the property on that build ({@code bool}, {@code uint32} …) or null
 */
public record EffectiveValue(String property, String value, ValueOrigin origin, CompatProperty compatEntry,
                             Provenance provenance, String aliasOf, List<ResolutionStep> steps,
                             String propertyType) {

    public EffectiveValue {
        steps = List.copyOf(steps);
    }

    /** The value in the form used for comparisons (on/true/yes → true). */
    public String normalized() {
        return PropertyValues.normalize(value);
    }

    /** "on (compat hw_compat_8_1: virtio-net-device.host_uso=off)" style text for people. */
    public String explain() {
        String v = value == null ? "(no value)" : value;
        switch (origin) {
            case COMPAT_ENTRY:
                return v + " (compat entry " + compatEntry.describe() + ")";
            case CLASS_DEFAULT:
                return v + " (class default)";
            case EXPLICIT:
                return v + " (set on the command line)";
            case OBSERVED:
                return v + " (observed in the VM's QOM tree)";
            default:
                return v + " (no default)";
        }
    }
}
