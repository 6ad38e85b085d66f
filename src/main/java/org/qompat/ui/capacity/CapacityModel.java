package org.qompat.ui.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.plan.DrainCheck;
import org.qompat.engine.plan.DrainResult;
import org.qompat.engine.plan.FleetSummary;
import org.qompat.engine.plan.HostSelector;
import org.qompat.engine.plan.MigrationDomains;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.engine.plan.VmReach;
import org.qompat.model.Host;
import org.qompat.ui.plan.PlanUi;

/**
 * State of the Capacity view, all derived from the engine's analysis of the loaded fleet: the headline summary,
 * per-cluster summaries, migration domains and islands, each VM's reach, and the last drain check.
 */
public final class CapacityModel {

    /** Everything the dashboard shows, computed together off the FX thread. */
    public record Overview(VerdictGrid grid, FleetSummary fleet, List<FleetSummary> clusters,
                           MigrationDomains domains, List<VmReach> reach) {
    }

    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DrainResult> drain = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper drainError = new ReadOnlyStringWrapper("");
    private FleetAnalysis analysis;

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrainResult> drainProperty() {
        return drain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty drainErrorProperty() {
        return drainError.getReadOnlyProperty();
    }

    public void setAnalysis(FleetAnalysis a) {
        analysis = a;
        drain.set(null);
        if (a == null) {
            overview.set(null);
            return;
        }
        PlanUi.WORKER.execute(() -> {
            Overview o = overviewOf(VerdictGrid.of(a));
            Platform.runLater(() -> {
                if (analysis == a) overview.set(o);
            });
        });
    }

    public static Overview overviewOf(VerdictGrid grid) {
        List<VmReach> reach = new ArrayList<>();
        for (int v = 0; v < grid.vms().size(); v++) reach.add(VmReach.of(grid, v));
        // VMs that cannot migrate at all would make every pair "incompatible"; they are named, not counted
        java.util.BitSet migratable = MigrationDomains.migratable(grid);
        java.util.BitSet hosts = new java.util.BitSet();
        hosts.set(0, grid.hosts().size());
        return new Overview(grid, FleetSummary.of(grid, hosts, "fleet", migratable),
                FleetSummary.perLabel(grid, "cluster", migratable), MigrationDomains.forMigratableVms(grid), reach);
    }

    /** Runs the drain check for the hosts {@code selector} picks. */
    public void drain(String selector) {
        FleetAnalysis a = analysis;
        if (a == null) return;
        List<String> names;
        try {
            names = HostSelector.parse(selector).select(a.hosts()).stream().map(Host::name).toList();
        } catch (IllegalArgumentException e) {
            drainError.set(e.getMessage());
            return;
        }
        if (names.isEmpty()) {
            drainError.set("'" + selector + "' selects no host");
            return;
        }
        drainError.set("");
        PlanUi.WORKER.execute(() -> {
            DrainResult r = DrainCheck.run(VerdictGrid.of(a), names);
            Platform.runLater(() -> {
                if (analysis == a) drain.set(r);
            });
        });
    }

    /** Host sets worth offering for a drain: each rack and cluster label value. */
    public static List<String> suggestions(List<Host> hosts) {
        Set<String> out = new TreeSet<>();
        for (Host h : hosts) {
            for (String key : List.of("rack", "cluster")) {
                String v = h.labels().get(key);
                if (v != null && !v.isBlank()) out.add(key + "=" + v);
            }
        }
        List<String> l = new ArrayList<>(out);
        hosts.stream().limit(20).forEach(h -> l.add(h.name()));
        return l;
    }
}
