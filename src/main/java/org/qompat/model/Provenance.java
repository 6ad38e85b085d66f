package org.qompat.model;

/**
 * Where a fact came from: the input file and a position inside it (a JSON pointer such as
 * {@code /return/3/compat-props/12}, or {@code line 42}), or a note on how it was derived.
 */
public record Provenance(String file, String location) {

    public static final Provenance UNKNOWN = new Provenance("", "");

    public static Provenance json(String file, String pointer) {
        return new Provenance(file, pointer);
    }

    public static Provenance line(String file, int line) {
        return new Provenance(file, "line " + line);
    }

    /** A fact computed rather than read, e.g. "derived from kernel 6.1.0 (< 6.2)". */
    public static Provenance derived(String file, String how) {
        return new Provenance(file, how);
    }

    public Provenance at(String childPointer) {
        return new Provenance(file, location + childPointer);
    }

    public boolean isKnown() {
        return !file.isEmpty();
    }

    @Override
    public String toString() {
        if (file.isEmpty()) return location.isEmpty() ? "(unknown source)" : location;
        return location.isEmpty() ? file : file + " @ " + location;
    }
}
