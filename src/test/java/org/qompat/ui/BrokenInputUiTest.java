package org.qompat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.FleetLoader;
import org.qompat.io.QompatWriter;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.inventory.InventoryItem;
import org.qompat.ui.inventory.InventoryView;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A folder with one broken file: the error is shown inline (file, position, message) and the rest loads. */
class BrokenInputUiTest extends ApplicationTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private AppModel app;

    @Override
    public void start(Stage stage) {
        window = WindowFixture.open(stage, FleetLoader::load); // the real loader
        app = window.model();
    }

    @Test
    void brokenFileShowsItsErrorWhileTheOtherHostsLoad() throws Exception {
        Fleet fleet = TestFleets.demo();
        QompatWriter writer = QompatWriter.unguarded();
        List<Host> some = List.of(fleet.host("hv-east-01").orElseThrow(), fleet.host("hv-west-01").orElseThrow(),
                fleet.host("hv-legacy-01").orElseThrow());
        for (Host h : some) writer.writeHost(h, dir.resolve(h.name() + ".json"));
        writer.writeVm(fleet.vm("db-01").orElseThrow(), dir.resolve("db-01.json"));
        // a host dump cut short in the middle of its machine types
        String good = Files.readString(dir.resolve("hv-east-01.json"));
        Files.writeString(dir.resolve("hv-broken.json"), good.substring(0, good.length() / 3));

        interact(() -> window.open(List.of(dir)));
        WindowFixture.awaitLoad(window);

        assertThat(app.getFleet().hosts()).extracting(Host::name)
                .containsExactlyInAnyOrder("hv-east-01", "hv-west-01", "hv-legacy-01");
        assertThat(app.getFleet().problems()).hasSize(1);
        assertThat(app.getFleet().problems().get(0).file()).endsWith("hv-broken.json");

        InventoryView inventory = lookup("#inventory").queryAs(InventoryView.class);
        TreeItem<InventoryItem> problems = inventory.tree().getRoot().getChildren().get(0);
        assertThat(problems.getValue().kind()).isEqualTo(InventoryItem.Kind.PROBLEMS);
        InventoryItem problem = problems.getChildren().get(0).getValue();
        assertThat(problem.text()).isEqualTo("hv-broken.json");
        assertThat(problem.detail()).isEqualTo(app.getFleet().problems().get(0).location() + ": "
                + app.getFleet().problems().get(0).message());
        // on screen: the file name and its error text, and the hosts that did load
        assertThat(lookup(".problem-file").queryAs(Label.class).getText()).isEqualTo("hv-broken.json");
        assertThat(lookup(".problem-text").queryAs(Label.class).getText()).isEqualTo(problem.detail());
        assertThat(lookup("#status-error").queryAs(Label.class).getText()).contains("hv-broken.json");
        assertThat(lookup("hv-west-01").tryQuery()).isPresent();
        assertThat(lookup("#matrix-summary").queryAs(Label.class).getText()).startsWith("9 host pairs");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
