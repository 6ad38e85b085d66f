package org.qompat.model;

/** One device section of a {@code -dump-vmstate} file, keyed by the QOM type name. */
public record VmStateSection(String typeName, int versionId, int minimumVersionId, VmsdDescription description,
                             Provenance provenance) {

    /** QEMU marks unmigratable devices with a description that has no fields and no subsections. */
    public boolean unmigratable() {
        return description != null && description.fields().isEmpty() && description.subsections().isEmpty();
    }
}
