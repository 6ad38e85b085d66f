package org.qompat.ui.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.CellChange;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.plan.PlanViewTest;

class WhatIfViewTest extends PlanViewTest {

    @Override
    protected FeatureView view() {
        return new WhatIfView();
    }

    private Label summary() {
        return find("#whatif-summary");
    }

    /** Picks n07 and n08 in the host list, "east-r1-n01" as the kernel source, and adds the step. */
    private void addKernelUpgrade() {
        await("the real fleet's matrix", () -> summary().getText().startsWith("Same verdicts"));
        ListView<String> hosts = find("#whatif-step-hosts");
        interact(() -> hosts.scrollTo("east-r2-n07"));
        clickOn("east-r2-n07");
        press(KeyCode.CONTROL);
        clickOn("east-r2-n08");
        release(KeyCode.CONTROL);
        assertThat(hosts.getSelectionModel().getSelectedItems()).containsExactly("east-r2-n07", "east-r2-n08");
        ComboBox<String> source = find("#whatif-source-host");
        clickOn(source);
        interact(() -> source.getSelectionModel().select("east-r1-n01"));
        clickOn("#whatif-add");
        await("the what-if matrix", () -> summary().getText().contains("better"));
    }

    @Test
    void a_kernel_upgrade_on_the_old_hosts_turns_their_uso_cells_from_blocked_to_ok() {
        addKernelUpgrade();
        ListView<ScenarioChange> steps = find("#whatif-steps");
        assertThat(steps.getItems()).singleElement().satisfies(c -> assertThat(c.describe())
                .isEqualTo("hosts east-r2-n07, east-r2-n08 get the kernel and platform features of east-r1-n01"));
        TableView<CellChange> changes = find("#whatif-changes");
        assertThat(changes.getItems()).anySatisfy(c -> {
            assertThat(c.vm()).isEqualTo("web-2");
            assertThat(c.from()).isEqualTo("east-r1-n02");
            assertThat(c.to()).isEqualTo("east-r2-n07");
            assertThat(c.before()).isEqualTo(VerdictStatus.BLOCKED);
            assertThat(c.after()).isIn(VerdictStatus.OK, VerdictStatus.WARN);
        });
        // better rows are listed first, and the summary counts them
        assertThat(changes.getItems().get(0).improved()).isTrue();
        assertThat(summary().getText()).matches("\\d+ cells change \\(\\d+ better, \\d+ worse\\), 0 new, 0 gone");
        assertThat(lookup("✕ BLOCKED").queryAll()).isNotEmpty();
    }

    @Test
    void removing_the_step_brings_back_the_real_fleet() {
        addKernelUpgrade();
        clickOn("1. hosts east-r2-n07, east-r2-n08 get the kernel and platform features of east-r1-n01");
        clickOn("#whatif-remove-step");
        await("the real fleet again", () -> summary().getText().equals("Same verdicts as the real fleet."));
        TableView<CellChange> changes = find("#whatif-changes");
        assertThat(changes.getItems()).isEmpty();
    }

    @Test
    void a_saved_scenario_opens_again_and_reapplies(@TempDir Path dir) throws Exception {
        addKernelUpgrade();
        WhatIfModel model = (WhatIfModel) root.getProperties().get(WhatIfModel.class);
        Path file = dir.resolve("upgrade.json");
        // the Save/Open buttons open a native file chooser; the model methods behind them are driven directly
        interact(() -> model.save(file));
        assertThat(Files.readString(file)).contains("\"kind\" : \"use-kernel-of\"");
        Label message = find("#whatif-message");
        assertThat(message.getText()).isEqualTo("Saved upgrade.json");
        interact(() -> model.setScenario(Scenario.empty("blank")));
        await("the blank scenario", () -> summary().getText().startsWith("Same verdicts"));
        interact(() -> model.open(file));
        await("the reopened scenario", () -> summary().getText().contains("better"));
        ListView<ScenarioChange> steps = find("#whatif-steps");
        assertThat(steps.getItems()).hasSize(1);
        assertThat(message.getText()).isEqualTo("Opened upgrade.json");
    }
}
