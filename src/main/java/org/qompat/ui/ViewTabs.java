package org.qompat.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;

/**
 * The navigation between feature views: one tab per view in {@code FeatureViews.all()} order. A view's node is
 * built the first time its tab is shown; {@link AppModel#activeViewProperty()} and the selected tab follow
 * each other, so any view can switch to another by title.
 */
final class ViewTabs extends TabPane {

    ViewTabs(AppModel model, List<FeatureView> views) {
        setId("view-tabs");
        // the theme's default underlined tabs, like the drill-down's: the "floating" style drew the selected tab
        // as a white box that read as a text field
        setTabMinWidth(0);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (FeatureView v : views) {
            Tab tab = new Tab(v.title());
            tab.setId("tab-" + v.title().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            tab.setUserData(v);
            getTabs().add(tab);
        }
        if (views.isEmpty()) {
            Tab none = new Tab("Qompat", new Label("No views registered"));
            getTabs().add(none);
        }
        getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            ensureBuilt(tab, model);
            if (tab != null) model.showView(tab.getText());
        });
        model.activeViewProperty().addListener((o, a, title) -> select(title));
        select(model.activeViewProperty().get());
        ensureBuilt(getSelectionModel().getSelectedItem(), model);
    }

    private void select(String title) {
        for (Tab t : getTabs()) {
            if (t.getText().equals(title)) {
                getSelectionModel().select(t);
                return;
            }
        }
    }

    private static void ensureBuilt(Tab tab, AppModel model) {
        if (tab == null || tab.getContent() != null || !(tab.getUserData() instanceof FeatureView v)) return;
        tab.setContent(v.build(model));
    }
}
