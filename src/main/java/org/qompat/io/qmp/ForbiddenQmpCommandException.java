package org.qompat.io.qmp;

/**
 * A command outside the read-only allow-list was requested. Thrown before a single byte goes to QEMU, so that
 * collecting from a live VM can never change it.
 */
public class ForbiddenQmpCommandException extends RuntimeException {

    private final String command;

    public ForbiddenQmpCommandException(String command, String why) {
        super("QMP command '" + command + "' refused: " + why);
        this.command = command;
    }

    public String command() {
        return command;
    }
}
