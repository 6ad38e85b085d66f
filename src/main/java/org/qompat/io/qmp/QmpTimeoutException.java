package org.qompat.io.qmp;

/** QEMU did not answer within the time-out; the caller should treat the connection as unusable. */
public class QmpTimeoutException extends QmpException {

    public QmpTimeoutException(String message) {
        super(message);
    }
}
