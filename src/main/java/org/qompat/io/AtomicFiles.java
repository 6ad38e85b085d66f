package org.qompat.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes files the way Qompat promises its users: never half a file (a temp file in the same directory, then an
 * atomic rename), and never over a file that was loaded as input.
 */
public final class AtomicFiles {

    /** Something that produces the new content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes, Collection<Path> protectedInputs) throws IOException {
        write(target, out -> out.write(bytes), protectedInputs);
    }

    /**
     * Writes {@code target} atomically: the content goes to a temp file beside it (same file system, so the
     * rename can be atomic), is flushed to disk, then replaces the target in one step. Refuses targets that are
     * among {@code protectedInputs} (the files a load read), comparing real paths so links and ../ do not slip by.
     */
    public static void write(Path target, Content content, Collection<Path> protectedInputs) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseInput(absolute, protectedInputs);
        Path dir = absolute.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + absolute + " atomically on this file system", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temp files are created private (rw-------); the written file should look like any other: the replaced file's
     * permissions, or rw-r--r-- for a new one.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /** Throws when {@code target} is one of the inputs (also through symbolic links). */
    public static void refuseInput(Path target, Collection<Path> protectedInputs) throws IOException {
        if (protectedInputs == null || protectedInputs.isEmpty()) return;
        Path wanted = canonical(target);
        Set<Path> inputs = protectedInputs.stream().map(AtomicFiles::canonical).collect(Collectors.toSet());
        if (inputs.contains(wanted)) {
            throw new IOException("refusing to overwrite " + target + ": it was loaded as input");
        }
    }

    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }
}
