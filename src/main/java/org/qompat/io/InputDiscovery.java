package org.qompat.io;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.qompat.io.csource.QemuSourceCheckout;
import org.qompat.model.LoadProblem;

/**
 * Turns the paths a user gave into the files to read: directories are walked recursively (hidden entries
 * skipped), QEMU source checkouts are taken whole rather than walked, and a manifest's globs are expanded.
 */
final class InputDiscovery {

    /** A file to read. {@code explicit} files were named by the user; unrecognised ones are then problems. */
    record Candidate(Path file, String display, boolean explicit) {
    }

    /** What was found: files, source checkouts, and inputs that do not exist. */
    static final class Found {
        final List<Candidate> files = new ArrayList<>();
        final List<Path> checkouts = new ArrayList<>();
        final List<LoadProblem> problems = new ArrayList<>();
    }

    private InputDiscovery() {
    }

    static void discover(Path input, boolean explicit, Found found) {
        if (!Files.exists(input)) {
            found.problems.add(new LoadProblem(input.toString(), "", "no such file or directory"));
            return;
        }
        if (!Files.isDirectory(input)) {
            found.files.add(new Candidate(input, input.toString(), explicit));
            return;
        }
        try {
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(input) && hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                    if (QemuSourceCheckout.isCheckout(dir)) {
                        found.checkouts.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        found.files.add(new Candidate(file, file.toString(), false));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.problems.add(new LoadProblem(file.toString(), "", "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.problems.add(new LoadProblem(input.toString(), "", "cannot walk: " + e.getMessage()));
        }
    }

    /**
     * The files a manifest entry names: a relative path (file or directory), or a glob such as
     * {@code hosts/*.json} or {@code vms/**}{@code /*.json} ({@code **} also matches no directory at all).
     */
    static List<Path> expand(Path base, String pattern) throws IOException {
        if (!isGlob(pattern)) {
            Path p = base.resolve(pattern).normalize();
            return Files.exists(p) ? List.of(p) : List.of();
        }
        String normalized = pattern.replace('\\', '/');
        int cut = firstGlobChar(normalized);
        int slash = normalized.lastIndexOf('/', cut);
        Path root = slash < 0 ? base : base.resolve(normalized.substring(0, slash));
        if (!Files.isDirectory(root)) return List.of();
        FileSystem fs = base.getFileSystem();
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(fs.getPathMatcher("glob:" + normalized));
        if (normalized.contains("**/")) matchers.add(fs.getPathMatcher("glob:" + normalized.replace("**/", "")));
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !hidden(p))
                    .filter(p -> {
                        Path rel = fs.getPath(base.relativize(p).toString().replace('\\', '/'));
                        return matchers.stream().anyMatch(m -> m.matches(rel));
                    })
                    .map(Path::normalize).sorted().toList();
        }
    }

    private static boolean isGlob(String s) {
        return firstGlobChar(s) < s.length();
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') return i;
        }
        return s.length();
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".") && !name.toString().equals(".")
                && !name.toString().equals("..");
    }
}
