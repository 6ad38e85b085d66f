package org.qompat.io;

import org.qompat.model.LoadProblem;

/**
 * An input that does not have the expected shape: which file, where in it (a JSON pointer, {@code line:column}
 * or {@code line N}), and what was expected there. Becomes a {@link LoadProblem} at the loader's boundary.
 */
public final class FormatException extends RuntimeException {

    private final String file;
    private final String location;

    public FormatException(String file, String location, String message) {
        super(message);
        this.file = file == null ? "" : file;
        this.location = location == null ? "" : location;
    }

    public FormatException(String file, String location, String message, Throwable cause) {
        super(message, cause);
        this.file = file == null ? "" : file;
        this.location = location == null ? "" : location;
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public LoadProblem toProblem() {
        return new LoadProblem(file, location, getMessage());
    }

    @Override
    public String toString() {
        return toProblem().toString();
    }
}
