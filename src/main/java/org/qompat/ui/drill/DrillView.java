package org.qompat.ui.drill;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.Finding;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Vm;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.CellSelection;
import org.qompat.ui.common.FindingSelection;
import org.qompat.ui.common.LayoutMemory;
import org.qompat.ui.common.VerdictBadge;

/**
 * The drill-down beside the matrix: the selected cell's VMs with verdicts; the chosen VM's findings, blockers
 * first, each with both values and provenance; and the VM's QOM tree, opened at a finding's device property.
 */
public final class DrillView extends VBox {

    private final AppModel app;
    private final Label title = new Label("No cell selected");
    private final Label subtitle = new Label("Click a cell of the matrix, or move there with the arrow keys");
    private final HBox counts = new HBox(6);
    private final VmTable vms = new VmTable();
    private final FindingsPane findings;
    private final QomTreePane qomTree = new QomTreePane();
    private final TabPane tabs = new TabPane();
    private final Tab verdictsTab;
    private final Tab treeTab;

    public DrillView(AppModel app) {
        this.app = app;
        setId("drill");
        getStyleClass().add("drill");
        setMinWidth(360);
        getStylesheets().add(DrillView.class.getResource("/org/qompat/ui/drill/drill.css").toExternalForm());
        title.setId("drill-title");
        title.getStyleClass().add(Styles.TITLE_3);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox header = new VBox(4, title, subtitle, counts);
        header.getStyleClass().add("drill-header");

        findings = new FindingsPane(this::openFinding);
        SplitPane verdicts = new SplitPane(vms, findings);
        verdicts.setOrientation(Orientation.VERTICAL);
        verdicts.setDividerPositions(0.38);
        LayoutMemory.remember(verdicts, "drill.verdicts", 0.36);
        verdictsTab = new Tab("Verdicts", verdicts);
        verdictsTab.setId("drill-tab-verdicts");
        verdictsTab.setGraphic(new FontIcon(Material2AL.LIST));
        treeTab = new Tab("QOM tree", qomTree);
        treeTab.setId("drill-tab-qom");
        treeTab.setGraphic(new FontIcon(Material2AL.ACCOUNT_TREE));
        tabs.getTabs().addAll(verdictsTab, treeTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);

        vms.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            findings.show(row);
            if (row != null && !row.vm().name().equals(app.getFocusedVm())) app.focusVm(row.vm().name());
        });
        app.selectedCellProperty().addListener((o, a, cell) -> showCell(cell));
        app.selectedFindingProperty().addListener((o, a, f) -> showFinding(f));
        app.analysisProperty().addListener((o, a, an) -> showCell(app.getSelectedCell()));
        showCell(app.getSelectedCell());
    }

    /** Enter on the matrix: put the keyboard into the VM list, first VM selected. */
    public void focusVerdicts() {
        tabs.getSelectionModel().select(verdictsTab);
        if (vms.getSelectionModel().getSelectedItem() == null && !vms.getItems().isEmpty()) vms.getSelectionModel().select(0);
        vms.requestFocus();
    }

    private void showCell(CellSelection cell) {
        List<VmVerdictRow> rows = VmVerdictRow.forCell(app, cell);
        if (cell == null) {
            title.setText("No cell selected");
            subtitle.setText("Click a cell of the matrix, or move there with the arrow keys");
        } else {
            title.setText(cell.title());
            subtitle.setText(cell.isDiagonal() ? "Same source and destination: can these VMs migrate at all?"
                    : describeSide(cell.fromHost()) + "  →  " + describeSide(cell.toHost()));
        }
        counts.getChildren().clear();
        for (VerdictStatus s : new VerdictStatus[] {VerdictStatus.BLOCKED, VerdictStatus.UNKNOWN, VerdictStatus.WARN, VerdictStatus.OK}) {
            long n = rows.stream().filter(r -> r.status() == s).count();
            if (n == 0) continue;
            Label chip = new Label(VerdictBadge.glyph(s) + " " + n + " " + s.name());
            VerdictBadge.style(chip, s);
            counts.getChildren().add(chip);
        }
        String keep = app.getFocusedVm();
        vms.getItems().setAll(rows);
        rows.stream().filter(r -> r.vm().name().equals(keep)).findFirst()
                .ifPresentOrElse(r -> vms.getSelectionModel().select(r), () -> {
                    if (!rows.isEmpty()) vms.getSelectionModel().select(0);
                });
    }

    private String describeSide(String host) {
        return app.getFleet().host(host).map(h -> "QEMU " + (h.build() == null ? "?" : h.build().version())
                + " · Linux " + h.kernelRelease()).orElse(host);
    }

    private void openFinding(Finding f) {
        VmVerdictRow row = vms.getSelectionModel().getSelectedItem();
        CellSelection cell = app.getSelectedCell();
        if (row == null || cell == null) return;
        app.selectFinding(new FindingSelection(row.vm().name(), cell.fromHost(), cell.toHost(), f));
    }

    private void showFinding(FindingSelection sel) {
        if (sel == null) return;
        Vm vm = app.getFleet().vm(sel.vm()).orElse(null);
        Host from = app.getFleet().host(sel.fromHost()).orElse(null);
        Host to = app.getFleet().host(sel.toHost()).orElse(null);
        if (vm == null || from == null || to == null) return;
        qomTree.show(vm, from, to, PropertyRows.compare(vm, from, to));
        tabs.getSelectionModel().select(treeTab);
        qomTree.reveal(sel.finding().path(), sel.finding().property());
    }
}
