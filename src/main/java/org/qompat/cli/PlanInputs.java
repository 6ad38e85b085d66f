package org.qompat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.plan.HostSelector;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;

/** Loading and host selection shared by the planning commands (baseline, drain). */
final class PlanInputs {

    /** Exit code for input errors (unreadable inputs, a selector that selects nothing), as `check` uses. */
    static final int INPUT_ERROR = 3;

    final Fleet fleet;
    final List<Host> selected;

    private PlanInputs(Fleet fleet, List<Host> selected) {
        this.fleet = fleet;
        this.selected = selected;
    }

    /**
     * Loads the inputs (problems go to stderr; the rest still loads) and selects hosts. Returns null after
     * printing the reason when nothing usable is selected.
     */
    static PlanInputs load(List<Path> inputs, String selectorText, PrintWriter err) {
        Fleet fleet = FleetLoader.load(inputs, LoadProgress.NONE);
        for (LoadProblem p : fleet.problems()) err.println("qompat: " + p);
        HostSelector selector;
        try {
            selector = HostSelector.parse(selectorText);
        } catch (IllegalArgumentException e) {
            err.println("qompat: --hosts: " + e.getMessage());
            return null;
        }
        for (String missing : selector.unmatchedNames(fleet.hosts())) {
            err.println("qompat: --hosts: no host matches '" + missing + "'");
        }
        List<Host> selected = selector.select(fleet.hosts());
        if (selected.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Host h : fleet.hosts()) names.add(h.name() + (h.labels().isEmpty() ? "" : " " + h.labels()));
            err.println("qompat: --hosts " + selectorText + " selects no host; loaded hosts: "
                    + (names.isEmpty() ? "(none)" : String.join(", ", names)));
            return null;
        }
        return new PlanInputs(fleet, selected);
    }
}
