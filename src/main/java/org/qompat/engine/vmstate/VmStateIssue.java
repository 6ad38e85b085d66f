package org.qompat.engine.vmstate;

/**
 * One problem found when checking a source VMState description against the destination's, in the words of
 * vmstate-static-checker.py, with both values.
 *
 * @param section          the section (QOM type name) as the source dump names it
 * @param description      the VMState description it concerns ({@code virtio-net}, a subsection name …)
 * @param field            the field concerned, or "" for section/description level issues
 * @param kind             what is wrong
 * @param sourceValue      the source's value (a version, a field name, a size)
 * @param destinationValue the destination's value
 * @param message          the checker's sentence
 * @param inSubsection     the issue sits inside a subsection, which QEMU sends only when its needed() says so
 */
public record VmStateIssue(String section, String description, String field, Kind kind, String sourceValue,
                           String destinationValue, String message, boolean inSubsection) {

    /** The checks of vmstate-static-checker.py, in its order. */
    public enum Kind {
        SECTION_MISSING, VERSION_TOO_NEW, VERSION_TOO_OLD, ENTRY_MISSING, DESCRIPTION_MISMATCH, FIELD_MISMATCH,
        FIELDS_EXHAUSTED, UNUSED_SIZE_MISMATCH, SIZE_MISMATCH, DESCRIPTION_MISSING, SUBSECTION_MISSING
    }

    /** Missing subsections and anything inside a subsection depend on needed() at migration time. */
    public boolean onlyWhenNeeded() {
        return inSubsection || kind == Kind.SUBSECTION_MISSING;
    }
}
