package org.qompat.ui.common;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.qompat.engine.FleetAnalysis;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The state every view shares: the loaded fleet, the engine's analysis of it, and what the user has chosen
 * (which hosts and VMs take part, the cell, VM and finding in focus). Views bind to the read-only properties
 * and change state only through the methods here, always on the FX thread.
 *
 * <p>Hosts and VMs are referred to by name, not index, so a selection survives a reload of the same inputs.
 */
public class AppModel {

    //**** Loaded data ****//
    private final ReadOnlyObjectWrapper<Fleet> fleet = new ReadOnlyObjectWrapper<>(Fleet.empty());
    private final ReadOnlyObjectWrapper<FleetAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Path>> sources = new ReadOnlyObjectWrapper<>(List.of());

    //**** Selection ****//
    private final ReadOnlyObjectWrapper<Set<String>> includedHosts = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> selectedVms = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper focusedVm = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<CellSelection> selectedCell = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FindingSelection> selectedFinding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DetailsRequest> detailsRequest = new ReadOnlyObjectWrapper<>();

    //**** Navigation and status ****//
    private final ReadOnlyStringWrapper activeView = new ReadOnlyStringWrapper("Matrix");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper darkTheme = new ReadOnlyBooleanWrapper(false);

    private Map<String, Integer> hostIndex = Map.of();
    private Map<String, Integer> vmIndex = Map.of();

    //**** Properties ****//

    public ReadOnlyObjectProperty<Fleet> fleetProperty() {
        return fleet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FleetAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The files and folders the current fleet was loaded from (what Reload reads again). */
    public ReadOnlyObjectProperty<List<Path>> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    /** Names of the hosts that take part in the matrix and the other views (checked in the inventory). */
    public ReadOnlyObjectProperty<Set<String>> includedHostsProperty() {
        return includedHosts.getReadOnlyProperty();
    }

    /** Names of the VMs the fleet-mode matrix counts (checked in the inventory). */
    public ReadOnlyObjectProperty<Set<String>> selectedVmsProperty() {
        return selectedVms.getReadOnlyProperty();
    }

    /** The one VM in focus: shown by the VM-mode matrix, listed first by the drill-down; may be null. */
    public ReadOnlyStringProperty focusedVmProperty() {
        return focusedVm.getReadOnlyProperty();
    }

    /** The matrix cell the user picked (source → destination), or null. */
    public ReadOnlyObjectProperty<CellSelection> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** The finding the user opened (drives the QOM tree), or null. */
    public ReadOnlyObjectProperty<FindingSelection> selectedFindingProperty() {
        return selectedFinding.getReadOnlyProperty();
    }

    /** The last "show details of …" request (hosts or builds, one or two for a diff), or null. */
    public ReadOnlyObjectProperty<DetailsRequest> detailsRequestProperty() {
        return detailsRequest.getReadOnlyProperty();
    }

    /** The title of the feature view on screen; the window switches when it changes. */
    public ReadOnlyStringProperty activeViewProperty() {
        return activeView.getReadOnlyProperty();
    }

    /** The last error worth telling the user about (load failures, export failures …); "" when none. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** True with the dark theme; views that paint on canvases pick their colours from it. */
    public ReadOnlyBooleanProperty darkThemeProperty() {
        return darkTheme.getReadOnlyProperty();
    }

    //**** Getters ****//

    public Fleet getFleet() {
        return fleet.get();
    }

    public FleetAnalysis getAnalysis() {
        return analysis.get();
    }

    public Set<String> getIncludedHosts() {
        return includedHosts.get();
    }

    public Set<String> getSelectedVms() {
        return selectedVms.get();
    }

    public String getFocusedVm() {
        return focusedVm.get();
    }

    public CellSelection getSelectedCell() {
        return selectedCell.get();
    }

    public FindingSelection getSelectedFinding() {
        return selectedFinding.get();
    }

    /** Index of a host in {@link #getAnalysis()}'s host list, or -1. */
    public int hostIndex(String name) {
        return name == null ? -1 : hostIndex.getOrDefault(name, -1);
    }

    /** Index of a VM in {@link #getAnalysis()}'s VM list, or -1. */
    public int vmIndex(String name) {
        return name == null ? -1 : vmIndex.getOrDefault(name, -1);
    }

    //**** Changes ****//

    /**
     * Publishes a freshly loaded fleet and its analysis together. Choices that still name something in the new
     * fleet are kept (a reload keeps the user's place); everything else is dropped, and new hosts and VMs start
     * included.
     */
    public void publish(Fleet newFleet, FleetAnalysis newAnalysis) {
        publish(newFleet, newAnalysis, sources.get());
    }

    public void publish(Fleet newFleet, FleetAnalysis newAnalysis, List<Path> newSources) {
        Set<String> oldHosts = fleet.get().hosts().stream().map(Host::name).collect(java.util.stream.Collectors.toSet());
        Set<String> oldVms = fleet.get().vms().stream().map(Vm::name).collect(java.util.stream.Collectors.toSet());
        Map<String, Integer> hIdx = new HashMap<>();
        Map<String, Integer> vIdx = new HashMap<>();
        if (newAnalysis != null) {
            for (int i = 0; i < newAnalysis.hosts().size(); i++) hIdx.put(newAnalysis.hosts().get(i).name(), i);
            for (int i = 0; i < newAnalysis.vms().size(); i++) vIdx.put(newAnalysis.vms().get(i).name(), i);
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (Host h : newFleet.hosts()) {
            if (!oldHosts.contains(h.name()) || includedHosts.get().contains(h.name())) hosts.add(h.name());
        }
        Set<String> vms = new LinkedHashSet<>();
        for (Vm v : newFleet.vms()) {
            if (!oldVms.contains(v.name()) || selectedVms.get().contains(v.name())) vms.add(v.name());
        }
        hostIndex = Map.copyOf(hIdx);
        vmIndex = Map.copyOf(vIdx);
        sources.set(List.copyOf(newSources));
        includedHosts.set(Set.copyOf(hosts));
        selectedVms.set(Set.copyOf(vms));
        fleet.set(newFleet);
        analysis.set(newAnalysis);
        if (!vIdx.containsKey(focusedVm.get())) focusedVm.set(newFleet.vms().isEmpty() ? null : newFleet.vms().get(0).name());
        CellSelection cell = selectedCell.get();
        if (cell != null && (!hIdx.containsKey(cell.fromHost()) || !hIdx.containsKey(cell.toHost()))) selectedCell.set(null);
        selectedFinding.set(null);
    }

    public void includeHosts(Set<String> names) {
        includedHosts.set(Set.copyOf(names));
    }

    public void selectVms(Set<String> names) {
        selectedVms.set(Set.copyOf(names));
    }

    public void focusVm(String name) {
        focusedVm.set(name);
    }

    public void selectCell(CellSelection cell) {
        selectedCell.set(cell);
    }

    public void selectFinding(FindingSelection finding) {
        if (finding != null) focusedVm.set(finding.vm());
        selectedFinding.set(finding);
    }

    /** Asks the details view to show a host, a build, or a side-by-side diff of two; switches to it. */
    public void showDetails(DetailsRequest request) {
        detailsRequest.set(request);
        if (request != null) showView(DetailsRequest.VIEW_TITLE);
    }

    public void showView(String title) {
        activeView.set(title);
    }

    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
    }

    public void reportError(String message) {
        lastError.set(message == null ? "" : message);
    }
}
