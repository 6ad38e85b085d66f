package org.qompat.ui.matrix;

import java.text.NumberFormat;
import java.util.BitSet;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.qompat.engine.FleetAnalysis;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.CellSelection;
import org.qompat.ui.common.DetailsRequest;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.common.LayoutMemory;
import org.qompat.ui.drill.DrillView;
import org.qompat.ui.matrix.PairData.Mode;

/**
 * The Matrix feature: toolbar, the host × host matrix, legend and summary, with the drill-down beside it. It
 * translates between the shared {@link AppModel} (names) and the {@link MatrixModel} (indices).
 */
public final class MatrixView implements FeatureView {

    public static final String TITLE = "Matrix";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Node build(AppModel app) {
        MatrixModel model = new MatrixModel();
        DrillView drill = new DrillView(app);
        MatrixPane pane = new MatrixPane(model, drill::focusVerdicts, host -> {
            if (model.getSource() != null) app.showDetails(DetailsRequest.host(model.getSource().hostName(host)));
        });
        pane.setId("matrix-pane");
        MatrixToolbar toolbar = new MatrixToolbar(app, model, pane.canvas());
        MatrixLegend legend = new MatrixLegend();
        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.getStyleClass().add("matrix-summary");
        VBox footer = new VBox(6, summary, legend);
        footer.getStyleClass().add("matrix-footer");

        BorderPane matrixArea = new BorderPane(pane);
        matrixArea.setTop(toolbar);
        matrixArea.setBottom(footer);
        matrixArea.getStyleClass().add("matrix-area");

        SplitPane split = new SplitPane(matrixArea, drill);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.53);
        split.setId("matrix-split");
        LayoutMemory.remember(split, "matrix.drill", 0.53);
        VBox root = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getStylesheets().add(MatrixView.class.getResource("/org/qompat/ui/matrix/matrix.css").toExternalForm());
        root.getStyleClass().add("matrix-view");

        legend.show(model.getMode());
        model.modeProperty().addListener((obs, o, m) -> legend.show(m));
        model.summaryProperty().addListener((obs, o, s) -> summary.setText(describe(s, model.getMode())));
        pane.canvas().themeProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> MatrixTheme.of(app.darkThemeProperty().get()), app.darkThemeProperty()));
        wire(app, model);
        return root;
    }

    private static void wire(AppModel app, MatrixModel model) {
        app.analysisProperty().addListener((obs, o, a) -> load(app, model, a));
        app.includedHostsProperty().addListener((obs, o, hosts) -> model.setIncludedHosts(hostBits(app, hosts)));
        app.selectedVmsProperty().addListener((obs, o, vms) -> model.setSelectedVms(vmBits(app, vms)));
        app.focusedVmProperty().addListener((obs, o, vm) -> model.setVm(app.vmIndex(vm)));
        model.cursorProperty().addListener((obs, o, c) -> publishCell(app, model, c));
        app.selectedCellProperty().addListener((obs, o, cell) -> followCell(app, model, cell));
        load(app, model, app.getAnalysis());
    }

    private static void load(AppModel app, MatrixModel model, FleetAnalysis analysis) {
        if (analysis == null) {
            model.setSource(null, new BitSet(), new BitSet());
            return;
        }
        model.setSource(new AnalysisMatrixSource(analysis), hostBits(app, app.getIncludedHosts()),
                vmBits(app, app.getSelectedVms()));
        model.setVm(app.vmIndex(app.getFocusedVm()));
    }

    private static void publishCell(AppModel app, MatrixModel model, CellRef c) {
        if (c == null || model.getSource() == null) return;
        MatrixAxis axis = model.getAxis();
        MatrixSource src = model.getSource();
        java.util.List<String> from = names(src, axis.hostsAt(c.row()));
        java.util.List<String> to = names(src, axis.hostsAt(c.col()));
        CellSelection cell = new CellSelection(from, to, CellSummary.label(axis, src, c.row()),
                CellSummary.label(axis, src, c.col()));
        if (!cell.equals(app.getSelectedCell())) app.selectCell(cell);
    }

    /** Another view picked a pair: move the cursor there (expanded hosts, or their collapsed classes). */
    private static void followCell(AppModel app, MatrixModel model, CellSelection cell) {
        if (cell == null || model.getAxis() == null) return;
        int r = model.getAxis().indexOfHost(app.hostIndex(cell.fromHost()));
        int c = model.getAxis().indexOfHost(app.hostIndex(cell.toHost()));
        if (r >= 0 && c >= 0) model.setCursor(new CellRef(r, c));
    }

    private static java.util.List<String> names(MatrixSource src, int[] hosts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int h : hosts) out.add(src.hostName(h));
        return out;
    }

    static BitSet hostBits(AppModel app, Set<String> names) {
        BitSet bits = new BitSet();
        for (String n : names) if (app.hostIndex(n) >= 0) bits.set(app.hostIndex(n));
        return bits;
    }

    static BitSet vmBits(AppModel app, Set<String> names) {
        BitSet bits = new BitSet();
        for (String n : names) if (app.vmIndex(n) >= 0) bits.set(app.vmIndex(n));
        return bits;
    }

    static String describe(MatrixSummary s, Mode mode) {
        NumberFormat nf = NumberFormat.getIntegerInstance();
        if (mode == Mode.FLEET && s.totalMoves() > 0) {
            long pct = Math.round(100.0 * s.movableMoves() / s.totalMoves());
            long some = s.pairs() - s.allMovablePairs() - s.noneMovablePairs();
            return nf.format(s.pairs()) + " host pairs: all VMs move " + nf.format(s.allMovablePairs())
                    + " · some " + nf.format(some) + " · none " + nf.format(s.noneMovablePairs())
                    + "   |   VM moves possible " + nf.format(s.movableMoves()) + " of " + nf.format(s.totalMoves())
                    + " (" + pct + "%)";
        }
        String pairs = nf.format(s.pairs()) + " host pairs   ✓ OK " + nf.format(s.ok()) + "   ! WARN " + nf.format(s.warn())
                + "   ✕ BLOCKED " + nf.format(s.blocked()) + "   ? UNKNOWN " + nf.format(s.unknown());
        if (mode == Mode.VM || s.totalMoves() == 0) return pairs;
        long pct = Math.round(100.0 * s.movableMoves() / s.totalMoves());
        return pairs + "   ·   VM moves possible " + nf.format(s.movableMoves()) + " of " + nf.format(s.totalMoves())
                + " (" + pct + "%)";
    }
}
