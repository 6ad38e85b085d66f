package org.qompat.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.model.Fleet;

/** A finished load: what was read, the fleet, the engine's analysis and its verdict totals. */
public record LoadResult(List<Path> sources, Fleet fleet, FleetAnalysis analysis, VerdictTotals totals,
                         long millis) {
}
