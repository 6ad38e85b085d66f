package org.qompat.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.model.Fleet;

/**
 * A finished load: what was read ({@code sources} is null for a fleet handed in from memory, empty for the demo
 * fleet embedded in the jar), the fleet, the engine's analysis and its verdict totals.
 */
public record LoadResult(List<Path> sources, Fleet fleet, FleetAnalysis analysis, VerdictTotals totals,
                         long millis) {
}
