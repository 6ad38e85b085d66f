package org.qompat.ui.shell;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the demo fleet is: {@code -Dqompat.samples=DIR}, else {@code samples/} in the working directory (a
 * clone), else the copy embedded in the jar, opened in place through the zip file system (read-only, nothing
 * extracted). Empty when none has any file, and the window then invites the user to open their own.
 */
public final class DemoInputs {

    private DemoInputs() {
    }

    public static Optional<Path> locate() {
        String prop = System.getProperty("qompat.samples");
        if (prop != null && hasFiles(Path.of(prop))) return Optional.of(Path.of(prop));
        Path local = Path.of("samples");
        if (hasFiles(local)) return Optional.of(local.toAbsolutePath().normalize());
        return embedded();
    }

    private static Optional<Path> embedded() {
        URL url = DemoInputs.class.getResource("/samples/");
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: reuse it
                }
            }
            Path p = Path.of(uri);
            return hasFiles(p) ? Optional.of(p) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the inputs are the demo fleet (a drop then replaces it instead of adding to it). */
    public static boolean isDemo(List<Path> inputs) {
        Optional<Path> demo = locate();
        return demo.isPresent() && inputs.size() == 1 && inputs.get(0).toUri().equals(demo.get().toUri());
    }
}
