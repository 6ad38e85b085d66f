package org.qompat.io.qmp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * QMP over a pair of byte streams. Plain stream reads cannot time out, so a daemon thread reads lines into a
 * queue and {@link #receive} polls the queue with the caller's time-out. Closing the streams ends the thread.
 */
public class LineStreamTransport implements QmpTransport {

    /** Marks the end of the input in the queue (compared by identity). */
    private static final String EOF = new String("<eof>");

    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile IOException readFailure;
    private volatile boolean ended;

    public LineStreamTransport(InputStream in, OutputStream out, String description) {
        this.in = in;
        this.out = out;
        this.description = description;
        Thread reader = new Thread(this::readLoop, "qmp-reader " + description);
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) lines.add(line);
            }
        } catch (IOException e) {
            readFailure = e;
        } finally {
            lines.add(EOF);
        }
    }

    @Override
    public synchronized void send(String jsonLine) throws IOException {
        try {
            out.write((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new QmpException("cannot write to " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String receive(Duration timeout) throws IOException {
        if (ended) throw closed();
        String line;
        try {
            line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QmpException("interrupted while waiting for " + description, e);
        }
        if (line == null) {
            throw new QmpTimeoutException("no answer from " + description + " within " + timeout.toMillis() + " ms");
        }
        if (line == EOF) {
            ended = true;
            throw closed();
        }
        return line;
    }

    private QmpException closed() {
        String why = readFailure == null ? "" : " (" + readFailure.getMessage() + ")";
        return new QmpException(description + " closed the connection" + why);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            in.close();
        }
    }
}
