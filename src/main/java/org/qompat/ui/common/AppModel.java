package org.qompat.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.qompat.engine.FleetAnalysis;
import org.qompat.model.Fleet;

/**
 * The state every view shares: the loaded fleet and the engine's analysis of it. Views bind to the read-only
 * properties; only the window's loading code sets them, always on the FX thread.
 */
public class AppModel {

    private final ReadOnlyObjectWrapper<Fleet> fleet = new ReadOnlyObjectWrapper<>(Fleet.empty());
    private final ReadOnlyObjectWrapper<FleetAnalysis> analysis = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Fleet> fleetProperty() {
        return fleet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FleetAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Fleet getFleet() {
        return fleet.get();
    }

    public FleetAnalysis getAnalysis() {
        return analysis.get();
    }

    /** Publishes a freshly loaded fleet and its analysis together. */
    public void publish(Fleet newFleet, FleetAnalysis newAnalysis) {
        fleet.set(newFleet);
        analysis.set(newAnalysis);
    }
}
