package org.qompat.ui.matrix;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.qompat.ui.matrix.PairData.Mode;

/**
 * The matrix's own state, by index into a {@link MatrixSource}: which hosts and VMs count, fleet or VM mode,
 * which classes are expanded, the axis and class-pair values that follow from those, the cursor (the selected
 * cell, moved by click or keyboard) and the hovered cell. Read-only properties out, methods in; FX thread only.
 */
public final class MatrixModel {

    /** Above this many class-pair × VM lookups the counting runs off the FX thread. */
    private static final long SYNC_WORK_LIMIT = 2_000_000;
    /** Fleets up to this many hosts open with every class expanded into its hosts. */
    public static final int EXPAND_ALL_LIMIT = 400;

    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matrix-counting");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyObjectWrapper<MatrixSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MatrixAxis> axis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PairData> pairs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MatrixSummary> summary = new ReadOnlyObjectWrapper<>(MatrixSummary.EMPTY);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.FLEET);
    private final ReadOnlyIntegerWrapper vm = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<CellRef> cursor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CellRef> hover = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);

    private BitSet includedHosts = new BitSet();
    private BitSet selectedVms = new BitSet();
    private final Set<Integer> expanded = new HashSet<>();
    private long generation;

    //**** Properties ****//

    public ReadOnlyObjectProperty<MatrixSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MatrixAxis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PairData> pairsProperty() {
        return pairs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MatrixSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty vmProperty() {
        return vm.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CellRef> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CellRef> hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    /** True while a large recount runs in the background. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public MatrixSource getSource() {
        return source.get();
    }

    public MatrixAxis getAxis() {
        return axis.get();
    }

    public PairData getPairs() {
        return pairs.get();
    }

    public Mode getMode() {
        return mode.get();
    }

    public CellRef getCursor() {
        return cursor.get();
    }

    public int getVm() {
        return vm.get();
    }

    /** The VMs counted in fleet mode (a copy). */
    public BitSet getSelectedVms() {
        return (BitSet) selectedVms.clone();
    }

    /** The VMs a cell counts in the current mode: the selected ones, or the one VM in VM mode. */
    public BitSet countedVms() {
        if (mode.get() == Mode.FLEET) return getSelectedVms();
        BitSet one = new BitSet();
        if (vm.get() >= 0) one.set(vm.get());
        return one;
    }

    //**** Changes ****//

    /** A new source (a new analysis): everything included, classes expanded when the fleet is small. */
    public void setSource(MatrixSource newSource, BitSet hosts, BitSet vms) {
        expanded.clear();
        if (newSource != null && newSource.hostCount() <= EXPAND_ALL_LIMIT) {
            for (int c = 0; c < newSource.classCount(); c++) expanded.add(c);
        }
        includedHosts = (BitSet) hosts.clone();
        selectedVms = (BitSet) vms.clone();
        source.set(newSource);
        if (newSource != null && (vm.get() < 0 || vm.get() >= newSource.vmCount())) vm.set(newSource.vmCount() > 0 ? 0 : -1);
        cursor.set(null);
        hover.set(null);
        rebuildAxis();
        recount();
    }

    public void setIncludedHosts(BitSet hosts) {
        if (hosts.equals(includedHosts)) return;
        includedHosts = (BitSet) hosts.clone();
        rebuildAxis();
        summary.set(pairs.get() == null ? MatrixSummary.EMPTY : MatrixSummary.of(axis.get(), pairs.get()));
    }

    public void setSelectedVms(BitSet vms) {
        if (vms.equals(selectedVms)) return;
        selectedVms = (BitSet) vms.clone();
        if (mode.get() == Mode.FLEET) recount();
    }

    public void setMode(Mode newMode) {
        if (newMode == mode.get()) return;
        mode.set(newMode);
        recount();
    }

    public void setVm(int vmIndex) {
        if (vmIndex == vm.get()) return;
        vm.set(vmIndex);
        if (mode.get() == Mode.VM) recount();
    }

    public boolean isExpanded(int cls) {
        return expanded.contains(cls);
    }

    /** Expands a collapsed class into its hosts or collapses an expanded one; the cursor follows its host. */
    public void toggleClass(int cls) {
        if (!expanded.remove(cls)) expanded.add(cls);
        rebuildAxis();
    }

    public void setAllExpanded(boolean expand) {
        expanded.clear();
        MatrixSource s = source.get();
        if (expand && s != null) for (int c = 0; c < s.classCount(); c++) expanded.add(c);
        rebuildAxis();
    }

    public void setCursor(CellRef cell) {
        MatrixAxis a = axis.get();
        if (cell != null && (a == null || cell.row() < 0 || cell.col() < 0 || cell.row() >= a.size() || cell.col() >= a.size())) return;
        cursor.set(cell);
    }

    /** Moves the cursor by rows/cols, clamped to the matrix; starts at the top-left cell when there is none. */
    public void moveCursor(int dRow, int dCol) {
        MatrixAxis a = axis.get();
        if (a == null || a.size() == 0) return;
        CellRef c = cursor.get();
        if (c == null) {
            cursor.set(new CellRef(0, 0));
            return;
        }
        int r = Math.max(0, Math.min(a.size() - 1, c.row() + dRow));
        int k = Math.max(0, Math.min(a.size() - 1, c.col() + dCol));
        cursor.set(new CellRef(r, k));
    }

    public void setHover(CellRef cell) {
        if (cell == null ? hover.get() != null : !cell.equals(hover.get())) hover.set(cell);
    }

    //**** Derived state ****//

    private void rebuildAxis() {
        MatrixSource s = source.get();
        MatrixAxis old = axis.get();
        CellRef oldCursor = cursor.get();
        int fromHost = -1;
        int toHost = -1;
        if (old != null && oldCursor != null) {
            fromHost = old.hostsAt(oldCursor.row()).length > 0 ? old.hostsAt(oldCursor.row())[0] : -1;
            toHost = old.hostsAt(oldCursor.col()).length > 0 ? old.hostsAt(oldCursor.col())[0] : -1;
        }
        MatrixAxis next = s == null ? null : MatrixAxis.build(s, includedHosts, expanded);
        axis.set(next);
        hover.set(null);
        if (next != null && fromHost >= 0 && toHost >= 0 && next.indexOfHost(fromHost) >= 0 && next.indexOfHost(toHost) >= 0) {
            cursor.set(new CellRef(next.indexOfHost(fromHost), next.indexOfHost(toHost)));
        } else {
            cursor.set(null);
        }
    }

    private void recount() {
        MatrixSource s = source.get();
        long gen = ++generation;
        if (s == null) {
            pairs.set(null);
            summary.set(MatrixSummary.EMPTY);
            return;
        }
        BitSet vms = (BitSet) selectedVms.clone();
        int vmIndex = vm.get();
        Supplier<PairData> job = mode.get() == Mode.FLEET ? () -> PairData.fleet(s, vms) : () -> PairData.vm(s, vmIndex);
        long work = (long) s.classCount() * s.classCount() * (mode.get() == Mode.FLEET ? vms.cardinality() : 1);
        if (work <= SYNC_WORK_LIMIT) {
            apply(job.get());
            return;
        }
        computing.set(true);
        CompletableFuture.supplyAsync(job, WORKER).thenAccept(p -> Platform.runLater(() -> {
            if (gen != generation) return;
            computing.set(false);
            apply(p);
        }));
    }

    private void apply(PairData p) {
        pairs.set(p);
        summary.set(axis.get() == null ? MatrixSummary.EMPTY : MatrixSummary.of(axis.get(), p));
    }
}
