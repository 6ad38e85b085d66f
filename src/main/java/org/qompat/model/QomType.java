package org.qompat.model;

import java.util.Map;

/**
 * A QOM type known to a build: its parent (for subtype matching of compat entries) and, when collected, its
 * properties with class defaults. {@code propertiesKnown} distinguishes "no properties" from "not asked".
 */
public record QomType(String name, String parent, boolean isAbstract, Map<String, PropertyInfo> properties,
                      boolean propertiesKnown, Provenance provenance) {

    public QomType {
        properties = Map.copyOf(properties);
    }
}
