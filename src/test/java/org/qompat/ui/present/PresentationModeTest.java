package org.qompat.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.qompat.report.ConstructedFleet;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class PresentationModeTest extends ApplicationTest {

    private Stage owner;
    private Stage presentation;

    @Override
    public void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new Label("main window"), 400, 300));
        stage.show();
    }

    @Test
    void entersFullScreenStepsThroughTheSlidesWithKeysAndEscLeaves() throws Exception {
        ConstructedFleet fleet = new ConstructedFleet();
        interact(() -> presentation = PresentationMode.open(fleet, fleet.fleet(), new BitSet(), owner, true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#presentMatrix").tryQuery().isPresent());

        assertThat(presentation.isShowing()).isTrue();
        assertThat(presentation.isFullScreen()).isTrue();
        // slide 1: the matrix picture, the headline number (nvme blocks everything: no pair takes every VM), legend
        assertThat(text("#presentHeadline")).contains("0 %").contains("of host pairs take every VM");
        assertThat(text("#presentFooter")).contains("1 / 4").contains("Fleet matrix");
        assertThat(fontSize()).isGreaterThanOrEqualTo(24);

        type(KeyCode.RIGHT);
        assertThat(text("#presentFooter")).contains("2 / 4").contains("Worst blockers");
        assertThat(text("#presentBlocker1")).contains("migration-blocker").contains("36 blocked");
        assertThat(text("#presentBlocker2")).contains("machine-type").contains("14 blocked");

        type(KeyCode.SPACE);
        assertThat(text("#presentDrill")).contains("Why nvme cannot move from old-1 to mid-1")
                .contains("State blocked by non-migratable device").contains("vms/vm.json");

        type(KeyCode.RIGHT);
        assertThat(text("#presentFooter")).contains("4 / 4").contains("Baseline");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#presentBaseline").contains("Computing"));
        // the constructed hosts carry cluster labels old/mid/new: the first, as in the Baseline view, is "mid"
        assertThat(text("#presentBaseline")).contains("One migration domain for cluster=mid");

        type(KeyCode.RIGHT);
        assertThat(text("#presentFooter")).contains("4 / 4");
        type(KeyCode.LEFT);
        assertThat(text("#presentFooter")).contains("3 / 4");
        type(KeyCode.HOME);
        assertThat(text("#presentFooter")).contains("1 / 4");

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.isShowing()).isFalse();
        assertThat(owner.isShowing()).isTrue();
    }

    private double fontSize() {
        Label title = lookup(".slide-title").queryAs(Label.class);
        return title.getFont().getSize() / 1.9;
    }

    private String text(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = lookup(query).query();
        return labels(node);
    }

    private static String labels(Node node) {
        if (node instanceof Label l) return l.getText();
        if (node instanceof Parent p) {
            return p.getChildrenUnmodifiable().stream().map(PresentationModeTest::labels)
                    .collect(Collectors.joining(" "));
        }
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) return labels(sp.getContent());
        return "";
    }
}
