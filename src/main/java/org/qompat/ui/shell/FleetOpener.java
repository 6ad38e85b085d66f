package org.qompat.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;

/** How the window turns paths into a fleet: {@code io.FleetLoader.load} in the app, a constructed fleet in tests. */
@FunctionalInterface
public interface FleetOpener {

    Fleet load(List<Path> inputs, LoadProgress progress) throws Exception;
}
