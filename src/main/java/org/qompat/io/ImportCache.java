package org.qompat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.qompat.io.json.BuildResolver;
import org.qompat.io.json.JsonCursor;
import org.qompat.model.QemuBuild;

/**
 * Follows hosts' build references during a parallel load, reading each referenced build file or raw-answer
 * directory once however many hosts name it. Building a build never waits for another file, so concurrent
 * hosts cannot deadlock on each other.
 */
final class ImportCache implements BuildResolver {

    private final ConcurrentHashMap<Path, CompletableFuture<QemuBuild>> builds = new ConcurrentHashMap<>();
    private final java.util.Set<Path> read = ConcurrentHashMap.newKeySet();

    @Override
    public QemuBuild resolve(Path buildPath, JsonCursor reference) {
        Path key = key(buildPath);
        CompletableFuture<QemuBuild> mine = new CompletableFuture<>();
        CompletableFuture<QemuBuild> theirs = builds.putIfAbsent(key, mine);
        if (theirs == null) {
            try {
                mine.complete(load(buildPath));
            } catch (RuntimeException | IOException e) {
                mine.completeExceptionally(e);
            }
        }
        try {
            return (theirs == null ? mine : theirs).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof FormatException f ? f.toProblem().toString() : String.valueOf(cause);
            throw reference.error("the referenced build " + buildPath + " does not load: " + why);
        }
    }

    /** A build already read for this file (a walked build file that a host also references), or null. */
    QemuBuild known(Path file) {
        CompletableFuture<QemuBuild> f = builds.get(key(file));
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    void remember(Path file, QemuBuild build) {
        builds.putIfAbsent(key(file), CompletableFuture.completedFuture(build));
    }

    /** Every file read through references (build files and raw-answer directories' files). */
    java.util.Set<Path> filesRead() {
        return read;
    }

    private QemuBuild load(Path buildPath) throws IOException {
        if (Files.isDirectory(buildPath)) {
            try (var s = Files.list(buildPath)) {
                s.filter(Files::isRegularFile).forEach(f -> read.add(key(f)));
            }
            return RawQmpDirectory.read(buildPath);
        }
        if (!Files.isRegularFile(buildPath)) throw new IOException("no such file or directory");
        read.add(key(buildPath));
        return QompatReader.readBuild(buildPath);
    }

    static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
