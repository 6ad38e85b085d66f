package org.qompat.ui.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.plan.MatrixDiff;
import org.qompat.engine.plan.ScenarioApplier;
import org.qompat.engine.plan.ScenarioOutcome;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.io.ScenarioJson;
import org.qompat.model.Fleet;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;
import org.qompat.ui.plan.PlanUi;

/**
 * State of the What-if view: the scenario being edited and, recomputed after every edit off the FX thread, the
 * changed fleet's matrix and its differences from the real one. The real fleet and its files are never touched;
 * scenarios are saved atomically and never over an input file.
 */
public final class WhatIfModel {

    /** A scenario applied and analysed: the engine's matrices for the real and the changed fleet, and the diff. */
    public record Result(ScenarioOutcome outcome, FleetAnalysis real, FleetAnalysis changed, MatrixDiff diff) {
    }

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(Scenario.empty("what-if"));
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Fleet fleet = Fleet.empty();
    private FleetAnalysis realAnalysis;
    private List<Path> protectedInputs = List.of();
    private long generation;

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last save/open outcome or error, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    public Fleet getFleet() {
        return fleet;
    }

    /** A new real fleet (and its analysis when the window already has it); the scenario is kept and re-applied. */
    public void setFleet(Fleet f, FleetAnalysis analysis, List<Path> inputs) {
        fleet = f == null ? Fleet.empty() : f;
        realAnalysis = analysis;
        protectedInputs = inputs == null ? List.of() : List.copyOf(inputs);
        recompute();
    }

    public void add(ScenarioChange change) {
        List<ScenarioChange> l = new ArrayList<>(getScenario().changes());
        l.add(change);
        setScenario(getScenario().withChanges(l));
    }

    public void remove(int index) {
        List<ScenarioChange> l = new ArrayList<>(getScenario().changes());
        if (index < 0 || index >= l.size()) return;
        l.remove(index);
        setScenario(getScenario().withChanges(l));
    }

    public void rename(String name) {
        Scenario s = getScenario();
        if (!s.name().equals(name)) scenario.set(new Scenario(name, s.description(), s.changes()));
    }

    public void setScenario(Scenario s) {
        scenario.set(s);
        recompute();
    }

    public void save(Path target) {
        try {
            ScenarioJson.write(getScenario(), target, protectedInputs);
            message.set("Saved " + target.getFileName());
        } catch (IOException | RuntimeException e) {
            message.set("Could not save " + target + ": " + e.getMessage());
        }
    }

    public void open(Path file) {
        try {
            setScenario(ScenarioJson.read(file));
            message.set("Opened " + file.getFileName());
        } catch (RuntimeException e) {
            message.set("Could not open " + e.getMessage() + (e instanceof org.qompat.io.FormatException fe
                    ? " (" + fe.file() + " " + fe.location() + ")" : ""));
        }
    }

    private void recompute() {
        long mine = ++generation;
        Fleet f = fleet;
        Scenario s = getScenario();
        FleetAnalysis known = realAnalysis;
        busy.set(true);
        PlanUi.WORKER.execute(() -> {
            Result r = computeNow(f, known, s);
            Platform.runLater(() -> {
                if (mine != generation) return;
                busy.set(false);
                result.set(r);
            });
        });
    }

    /** Applies the scenario to a copy and runs the engine on both fleets (reusing the real analysis if given). */
    public static Result computeNow(Fleet fleet, FleetAnalysis real, Scenario s) {
        FleetAnalysis before = real != null ? real : FleetAnalysis.compute(fleet);
        ScenarioOutcome o = ScenarioApplier.apply(fleet, s);
        FleetAnalysis after = s.changes().isEmpty() ? before : FleetAnalysis.compute(o.fleet());
        return new Result(o, before, after, MatrixDiff.compute(VerdictGrid.of(before), VerdictGrid.of(after)));
    }
}
