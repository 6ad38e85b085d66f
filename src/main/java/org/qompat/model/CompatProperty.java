package org.qompat.model;

/**
 * One entry of a machine type's compat table: {@code {qom-type, property, value}}. {@code origin} names the C
 * array it came from (e.g. {@code hw_compat_8_1}) when known; entries are kept in application order.
 */
public record CompatProperty(String qomType, String property, String value, String origin, Provenance provenance) {

    public String describe() {
        String where = origin == null || origin.isEmpty() ? "" : " (" + origin + ")";
        return qomType + "." + property + "=" + value + where;
    }
}
