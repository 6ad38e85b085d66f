package org.qompat.ui.investigate;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;

/**
 * "Investigate": for the engineer with a failed migration and a log. Paste or drop the log; each recognised line
 * is explained, tied to the engine rule it corresponds to, and grouped into failure stories, cause first. With a
 * fleet loaded, the log is set against the engine's prediction for the same VM and hosts (mismatches called
 * out), and the VM's QOM tree is shown on both hosts' builds side by side.
 */
public final class InvestigateView implements FeatureView {

    public static final String TITLE = "Investigate";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Node build(AppModel app) {
        InvestigateModel model = new InvestigateModel(app);
        BorderPane root = new BorderPane();
        root.setId("investigate-view");
        root.getStyleClass().add("investigate");
        root.getStylesheets().add(InvestigateView.class.getResource("/org/qompat/ui/investigate/investigate.css")
                .toExternalForm());

        root.setTop(header());
        LogPane log = new LogPane(model);
        PairPicker pair = new PairPicker(model, app.fleetProperty());
        VBox left = new VBox(log, pair);
        VBox.setVgrow(log, javafx.scene.layout.Priority.ALWAYS);
        left.getStyleClass().add("investigate-left");

        TabPane tabs = new TabPane();
        tabs.setId("investigate-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab story = new Tab("Decoded story", new StoryPane(model));
        story.setGraphic(new FontIcon(Material2AL.DESCRIPTION));
        Tab diff = new Tab("QOM diff", new QomDiffPane(model));
        diff.setGraphic(new FontIcon(Material2AL.COMPARE_ARROWS));
        tabs.getTabs().addAll(story, diff);

        SplitPane split = new SplitPane(left, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.33);
        root.setCenter(split);
        root.setUserData(model);
        return root;
    }

    private static Node header() {
        FontIcon icon = new FontIcon(Material2MZ.TRACK_CHANGES);
        icon.getStyleClass().add("header-icon");
        Label title = new Label("Investigate a failed migration");
        title.getStyleClass().add(Styles.TITLE_3);
        Label sub = new Label("QEMU's error lines, decoded: what broke, which rule, which device and property — "
                + "and whether the engine saw it coming.");
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        VBox text = new VBox(2, title, sub);
        HBox h = new HBox(12, icon, text);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(12, 16, 12, 16));
        h.getStyleClass().add("investigate-header");
        return h;
    }
}
