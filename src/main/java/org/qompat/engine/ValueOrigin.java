package org.qompat.engine;

/** Where an effective property value came from, in the order QEMU applies them. */
public enum ValueOrigin {
    /** The type's class default ({@code device-list-properties} {@code default-value}). */
    CLASS_DEFAULT,
    /** An entry of the machine type's compat table on that build (the entry is attached). */
    COMPAT_ENTRY,
    /** The VM's own command line: a {@code -device} option or a {@code -global}. */
    EXPLICIT,
    /** Read from the VM's QOM tree because the build told us nothing about the type. */
    OBSERVED,
    /** The build's type has the property but no default value, and nothing else sets it. */
    NO_DEFAULT
}
