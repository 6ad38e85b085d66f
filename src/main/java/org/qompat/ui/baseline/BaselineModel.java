package org.qompat.ui.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.BaselineEffect;
import org.qompat.engine.plan.BaselineRecommender;
import org.qompat.engine.plan.EngineGates;
import org.qompat.engine.plan.HostSelector;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * State of the Baseline view: the host set the user chose, and the recommendation with its before/after
 * matrices, computed off the FX thread. Read-only properties for the view; changes only through {@link #compute}.
 */
public final class BaselineModel {

    /** A computed baseline and the engine's matrices before and after applying it. */
    public record Result(String selector, List<Host> hosts, List<Vm> vms, Baseline baseline, BaselineEffect effect) {
    }

    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Result getResult() {
        return result.get();
    }

    /** Starts computing the baseline for {@code selector}; a newer request supersedes an older one. */
    public void compute(Fleet fleet, String selector) {
        long mine = ++generation;
        busy.set(true);
        error.set("");
        org.qompat.ui.plan.PlanUi.WORKER.execute(() -> {
            Result r = null;
            String problem = "";
            try {
                r = computeNow(fleet, selector);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "could not compute the baseline: " + e;
            }
            Result done = r;
            String why = problem;
            Platform.runLater(() -> {
                if (mine != generation) return;
                busy.set(false);
                error.set(why);
                if (done != null) result.set(done);
            });
        });
    }

    /** The whole computation, synchronously: select, recommend, apply, re-run the engine. */
    public static Result computeNow(Fleet fleet, String selector) {
        List<Host> hosts = HostSelector.parse(selector).select(fleet.hosts());
        if (hosts.isEmpty()) throw new IllegalArgumentException("'" + selector + "' selects no host");
        List<Vm> vms = BaselineRecommender.defaultVms(fleet.vms(), hosts);
        Baseline b = BaselineRecommender.recommend(selector, hosts, vms, EngineGates.INSTANCE);
        return new Result(selector, hosts, vms, b, BaselineEffect.compute(hosts, vms, b));
    }

    /** Host sets worth offering: one per cluster label value, then every host. */
    public static List<String> suggestions(Fleet fleet) {
        Set<String> clusters = new TreeSet<>();
        for (Host h : fleet.hosts()) {
            String c = h.labels().get("cluster");
            if (c != null && !c.isBlank()) clusters.add("cluster=" + c);
        }
        List<String> out = new ArrayList<>(clusters);
        out.add("*");
        return out;
    }
}
