package org.qompat.model;

/** An input that could not be (fully) loaded: the file, the position in it, and what was expected. */
public record LoadProblem(String file, String location, String message) {

    @Override
    public String toString() {
        return file + (location == null || location.isEmpty() ? "" : ":" + location) + ": " + message;
    }
}
