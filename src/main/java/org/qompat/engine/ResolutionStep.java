package org.qompat.engine;

import org.qompat.model.CompatProperty;
import org.qompat.model.Provenance;

/**
 * One step of a property's resolution: the value it set, why, and where that fact came from. The steps of an
 * {@link EffectiveValue} read top to bottom like QEMU applies them; the last one wins.
 */
public record ResolutionStep(ValueOrigin origin, String value, CompatProperty compatEntry, String description,
                             Provenance provenance) {
}
