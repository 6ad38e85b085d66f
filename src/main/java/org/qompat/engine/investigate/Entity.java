package org.qompat.engine.investigate;

/** One thing a log line names: a section, a device, a machine type, a property, a feature bit … */
public record Entity(EntityKind kind, String value) {

    @Override
    public String toString() {
        return kind.label() + " " + value;
    }
}
