package org.qompat.engine.compat;

import org.qompat.engine.EffectiveValue;
import org.qompat.engine.Severity;

/**
 * A property of one device type whose effective value differs between the source and destination build (before
 * the VM's own options), with how much it matters and why. Either side is null when the property is absent.
 */
public record PropertyDifference(String property, EffectiveValue source, EffectiveValue destination,
                                 Severity severity, String why) {
}
