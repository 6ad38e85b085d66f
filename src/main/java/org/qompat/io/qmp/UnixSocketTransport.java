package org.qompat.io.qmp;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** QMP over a unix domain socket (QEMU's {@code -qmp unix:PATH,server=on,wait=off}). */
public final class UnixSocketTransport extends LineStreamTransport {

    private final SocketChannel channel;

    private UnixSocketTransport(SocketChannel channel, String description) {
        super(new ChannelInput(channel), new ChannelOutput(channel), description);
        this.channel = channel;
    }

    /**
     * Connects, retrying until {@code timeout} while the socket does not exist yet or refuses: a QEMU that was
     * just launched creates its socket a moment after the process starts.
     */
    public static UnixSocketTransport connect(Path socket, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (true) {
            if (Files.exists(socket)) {
                SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    ch.connect(UnixDomainSocketAddress.of(socket));
                    return new UnixSocketTransport(ch, "unix:" + socket);
                } catch (IOException e) {
                    ch.close();
                    last = e;
                }
            }
            if (System.nanoTime() > deadline) {
                String why = last == null ? "it does not exist" : last.getMessage();
                throw new QmpTimeoutException("cannot connect to QMP socket " + socket + " within "
                        + timeout.toMillis() + " ms: " + why);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QmpException("interrupted while connecting to " + socket, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /*
     * Channels.newInputStream/newOutputStream would serialise reads and writes on the channel's blocking lock,
     * so a reader thread parked in read() would block every send. SocketChannel itself reads and writes
     * concurrently, hence these two thin adapters.
     */
    private static final class ChannelInput extends InputStream {
        private final SocketChannel ch;

        ChannelInput(SocketChannel ch) {
            this.ch = ch;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            int n;
            do {
                n = ch.read(ByteBuffer.wrap(b, off, len));
            } while (n == 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static final class ChannelOutput extends OutputStream {
        private final SocketChannel ch;

        ChannelOutput(SocketChannel ch) {
            this.ch = ch;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) ch.write(buf);
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
