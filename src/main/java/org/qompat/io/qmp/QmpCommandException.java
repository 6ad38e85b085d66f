package org.qompat.io.qmp;

/**
 * QEMU answered a command with {@code {"error": {"class": …, "desc": …}}}. The connection stays usable, so a
 * caller can fall back (e.g. {@code query-machines} without {@code compat-props} on QEMU before 9.1).
 */
public class QmpCommandException extends QmpException {

    private final String command;
    private final String errorClass;
    private final String description;

    public QmpCommandException(String command, String errorClass, String description) {
        super(command + ": " + errorClass + ": " + description);
        this.command = command;
        this.errorClass = errorClass;
        this.description = description;
    }

    public String command() {
        return command;
    }

    /** QMP's error class, e.g. {@code GenericError} or {@code CommandNotFound}. */
    public String errorClass() {
        return errorClass;
    }

    public String description() {
        return description;
    }
}
