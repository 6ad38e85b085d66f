package org.qompat.ui.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.qompat.model.Fleet;
import org.qompat.model.Vm;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureViews;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Investigate view as a user meets it: type or paste a log, read the story, see the engine's verdict. */
class InvestigateViewTest extends ApplicationTest {

    private AppModel app;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = new AppModel();
        InvestigateView view = (InvestigateView) FeatureViews.all().stream()
                .filter(v -> v.title().equals(InvestigateView.TITLE)).findFirst().orElseThrow();
        stage.setScene(new Scene((javafx.scene.Parent) view.build(app), 1400, 900));
        stage.show();
    }

    private List<String> texts(String selector) {
        return lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void waitFor(String selector) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(selector).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAQemuErrorShowsItsStory() throws Exception {
        assertThat(texts(".title-3")).contains("No log yet");
        clickOn("#investigate-log");
        write("qemu-system-x86_64: unable to find CPU model 'GraniteRapids'\n");
        waitFor(".story-title");
        assertThat(texts(".story-title")).containsExactly("CPU model GraniteRapids does not exist on the destination");
        assertThat(texts(".story-card .rule-chip")).contains("cpu-model");
        assertThat(texts(".entity-chip")).contains("GraniteRapids");
        assertThat(texts(".meaning")).anyMatch(t -> t.contains("newer than that build"));
        assertThat(texts(".line-number")).containsExactly("L1");
        assertThat(texts(".log-status")).anyMatch(t -> t.contains("1 failure story"));
    }

    @Test
    void aRealUsoFailureReadsCauseFirstWithItsBits() throws Exception {
        clickOn("#investigate-examples");
        clickOn("virtio-net USO bits refused (10.0 → 10.0, destination without USO)");
        waitFor(".story-title");
        assertThat(texts(".story-title")).containsExactly("virtio feature bits refused: GUEST_USO4, GUEST_USO6, HOST_USO");
        assertThat(texts(".line-number")).containsExactly("L1", "L2", "L3", "L4");
        assertThat(texts(".role-label")).containsExactly("cause", "then", "then", "outcome");
        assertThat(texts(".raw-line").get(0)).startsWith("Features 0x1c0010130bfffa7 unsupported");
        assertThat(texts(".entity-chip")).contains("guest_uso4", "host_uso", "tap-uso",
                "54 VIRTIO_NET_F_GUEST_USO4 (guest_uso4)");
        assertThat(texts(".story-card .rule-chip")).contains("platform-feature");
    }

    @Test
    void withAFleetTheLogPicksItsPairAndIsSetAgainstTheEngine() throws Exception {
        Fleet fleet = InvestigateFixtures.fleet();
        interact(() -> app.publish(fleet, null));
        TextArea area = lookup("#investigate-log").queryAs(TextArea.class);
        interact(() -> area.setText(InvestigateFixtures.LIBVIRT_LOG)); // as a paste would
        waitFor(".verdict-banner");
        @SuppressWarnings("unchecked")
        ComboBox<Vm> vm = lookup("#investigate-vm").queryAs(ComboBox.class);
        assertThat(vm.getValue().name()).isEqualTo("web-1");
        assertThat(lookup("#investigate-to").queryAs(ComboBox.class).getValue().toString()).contains("kvm-b07");
        assertThat(texts(".story-title")).containsExactly("machine type differs: pc-q35-10.0 → pc-q35-7.2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".finding-head").tryQuery().isPresent());
        assertThat(texts(".finding-head")).anyMatch(t -> t.contains("machine-type"));
        Node banner = lookup(".verdict-banner").query();
        assertThat(banner.getStyleClass()).contains("success");
        // jump to the linked finding: the app's drill-down gets it
        clickOn("Open in drill-down");
        assertThat(app.getSelectedFinding()).isNotNull();
        assertThat(app.getSelectedFinding().finding().rule().id()).isEqualTo("machine-type");
        assertThat(app.getSelectedFinding().toHost()).isEqualTo("kvm-b07");
        assertThat(app.activeViewProperty().get()).isEqualTo("Matrix");
        // the QOM tree of web-1 on both builds
        clickOn("QOM diff");
        @SuppressWarnings("unchecked")
        TreeTableView<DiffRow> table = lookup("#investigate-qom-table").queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getRoot() != null);
        assertThat(table.getColumns().get(2).getText()).isEqualTo("kvm-a01 (pc-q35-10.0)");
        assertThat(table.getColumns().get(3).getText()).isEqualTo("kvm-b07 (pc-q35-7.2)");
        assertThat(find(table.getRoot(), "host_uso")).as("host_uso exists only on 10.0").isNotNull();
        int withFilter = count(table.getRoot());
        clickOn(lookup("#investigate-only-differences .thumb").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(table.getRoot())).isGreaterThan(withFilter);
    }

    private static TreeItem<DiffRow> find(TreeItem<DiffRow> item, String property) {
        if (item.getValue() != null && !item.getValue().isNode() && item.getValue().name().equals(property)) return item;
        for (TreeItem<DiffRow> c : item.getChildren()) {
            TreeItem<DiffRow> hit = find(c, property);
            if (hit != null) return hit;
        }
        return null;
    }

    private static int count(TreeItem<DiffRow> item) {
        int n = 1;
        for (TreeItem<DiffRow> c : item.getChildren()) n += count(c);
        return n;
    }
}
