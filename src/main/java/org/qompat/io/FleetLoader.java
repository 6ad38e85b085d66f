package org.qompat.io;

import java.nio.file.Path;
import java.util.List;
import org.qompat.model.Fleet;

/**
 * Loads files and directories (recursively) into one fleet. Each file's format is detected from its content;
 * a file that fails to load becomes a {@link org.qompat.model.LoadProblem} and the rest still loads. Never writes.
 */
public final class FleetLoader {

    private FleetLoader() {
    }

    public static Fleet load(List<Path> inputs, LoadProgress progress) {
        throw new UnsupportedOperationException("importers not written yet");
    }
}
