package org.qompat.engine.plan;

import java.util.List;
import org.qompat.model.Fleet;
import org.qompat.model.Scenario;

/** A scenario applied: the changed fleet (a copy) and the steps that could not be applied, with why. */
public record ScenarioOutcome(Scenario scenario, Fleet fleet, List<String> problems) {

    public ScenarioOutcome {
        problems = List.copyOf(problems);
    }
}
