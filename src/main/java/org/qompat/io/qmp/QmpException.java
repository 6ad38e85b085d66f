package org.qompat.io.qmp;

import java.io.IOException;

/** Talking QMP failed: the connection broke, the peer sent something that is not QMP, or a read timed out. */
public class QmpException extends IOException {

    public QmpException(String message) {
        super(message);
    }

    public QmpException(String message, Throwable cause) {
        super(message, cause);
    }
}
