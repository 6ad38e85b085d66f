package org.qompat.model;

/** A property of a QOM type as {@code device-list-properties} reports it; defaultValue is the class default. */
public record PropertyInfo(String name, String type, String description, String defaultValue) {

    public boolean hasDefault() {
        return defaultValue != null;
    }
}
