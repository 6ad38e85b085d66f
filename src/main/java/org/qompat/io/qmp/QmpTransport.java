package org.qompat.io.qmp;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/** One QMP connection as lines of JSON: a unix socket, or the stdio of a QEMU started with {@code -qmp stdio}. */
public interface QmpTransport extends Closeable {

    /** Sends one line (a newline is appended). */
    void send(String jsonLine) throws IOException;

    /**
     * The next line QEMU sent, waiting at most {@code timeout}.
     *
     * @throws QmpTimeoutException when nothing arrived in time
     * @throws QmpException when the peer closed the connection
     */
    String receive(Duration timeout) throws IOException;

    /** For messages: where this transport talks to ("unix:/run/vm1.sock", "stdio of pid 123"). */
    String describe();
}
