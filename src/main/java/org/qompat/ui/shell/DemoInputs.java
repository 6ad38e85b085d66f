package org.qompat.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the demo fleet is on disk: {@code -Dqompat.samples=DIR}, else {@code samples/} in the working directory
 * (a clone). Empty otherwise, and the window then loads the copy embedded in the jar through the io layer.
 */
public final class DemoInputs {

    private DemoInputs() {
    }

    public static Optional<Path> locate() {
        String prop = System.getProperty("qompat.samples");
        if (prop != null && hasFiles(Path.of(prop))) return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        Path local = Path.of("samples");
        // relative, as a user would type it: provenance shown in the window then reads samples/builds/…
        if (hasFiles(local)) return Optional.of(local);
        return Optional.empty();
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
        if (inputs.isEmpty()) return true;
        Optional<Path> demo = locate();
        return demo.isPresent() && inputs.size() == 1 && inputs.get(0).toAbsolutePath().normalize().equals(demo.get());
    }
}
