package org.qompat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.details.DiffRow;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Host and build details, and the side-by-side diff, opened the way users get there. */
class DetailsUiTest extends ApplicationTest {

    private MainWindow window;
    private AppModel app;

    @Override
    public void start(Stage stage) {
        window = WindowFixture.open(stage, (paths, progress) -> TestFleets.demo());
        app = window.model();
    }

    @BeforeEach
    void loadFleet() throws Exception {
        WindowFixture.showAndWait(window, TestFleets.demo());
    }

    @Test
    void doubleClickOnAHostShowsItsPlatformAndHowEachFeatureWasDerived() {
        clickOn("hv-west-02").type(javafx.scene.input.KeyCode.ENTER); // Enter = double click, without timing
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.activeViewProperty().get()).isEqualTo("Hosts & builds");
        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("hv-west-02");
        TableView<PlatformFeature> features = lookup("#host-features").queryTableView();
        PlatformFeature uso = features.getItems().stream().filter(f -> f.name().equals("tap-uso")).findFirst().orElseThrow();
        assertThat(uso.available()).isFalse();
        assertThat(lookup("#host-features .table-cell").match((javafx.scene.control.Labeled l) -> "✕ no".equals(l.getText())).tryQuery()).isPresent();
        assertThat(lookup("#host-features .table-cell").match((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().contains("< 6.2")).tryQuery()).isPresent();
        assertThat(lookup("#host-cpu-flags").queryAs(FlowPane.class).getChildren()).hasSize(5);

        clickOn("#open-build-details");
        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("QEMU 10.0.2");
        TableView<MachineType> machines = lookup("#build-machine-types").queryTableView();
        clickOn(lookup("#build-machine-types .table-cell").match((javafx.scene.control.Labeled l) -> "pc-q35-8.1".equals(l.getText())).queryLabeled());
        TableView<?> compat = lookup("#build-compat-table").queryTableView();
        assertThat(machines.getSelectionModel().getSelectedItem().name()).isEqualTo("pc-q35-8.1");
        assertThat(compat.getItems()).hasSize(3);
        assertThat(lookup("#build-compat-table .table-cell").match((javafx.scene.control.Labeled l) -> "hw_compat_8_1".equals(l.getText())).tryQuery()).isPresent();
    }

    @Test
    void comparingTwoHostsHighlightsWhatDiffers() {
        interact(() -> app.showDetails(org.qompat.ui.common.DetailsRequest.host("hv-east-01")));
        ComboBox<String> second = lookup("#details-second").queryComboBox();
        clickOn(second);
        clickOn(lookup(".list-cell").match((javafx.scene.control.Labeled l) -> "hv-west-01".equals(l.getText())).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("hv-east-01  ⇄  hv-west-01");
        TableView<DiffRow> diff = lookup("#details-diff").queryTableView();
        assertThat(diff.getItems()).allMatch(DiffRow::differs); // "only differences" starts on
        assertThat(diff.getItems()).extracting(DiffRow::item).contains("Kernel", "tap-uso", "cluster", "rack")
                .doesNotContain("QEMU", "CPU model");
        DiffRow kernel = diff.getItems().stream().filter(r -> r.item().equals("Kernel")).findFirst().orElseThrow();
        assertThat(kernel.a()).isEqualTo("6.8.0-45-generic");
        assertThat(kernel.b()).isEqualTo("6.1.0-26-amd64");
        assertThat(lookup("#details-diff .table-row-cell.differs").queryAll()).isNotEmpty();
        assertThat(lookup("#diff-count").queryAs(Label.class).getText()).matches("\\d+ of \\d+ facts differ");
    }
}
