package org.qompat.engine;

import org.qompat.model.Provenance;

/**
 * One fact that affects a migration: the rule, its severity, the QOM path and property (or VMState section and
 * field) it concerns, the value on each side, a sentence for people, and where each side's value came from.
 */
public record Finding(Rule rule, Severity severity, String path, String property, String sourceValue,
                      String destinationValue, String message, Provenance sourceProvenance,
                      Provenance destinationProvenance) {
}
