package org.qompat.model;

/** A field of a VMState description as {@code -dump-vmstate} prints it; {@code num} is set for arrays only. */
public record VmsdField(String field, int versionId, boolean fieldExists, Integer num, int size,
                        VmsdDescription description) {

    public long totalSize() {
        return (long) size * (num == null ? 1 : num);
    }
}
