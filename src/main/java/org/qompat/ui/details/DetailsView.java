package org.qompat.ui.details;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.DetailsRequest;
import org.qompat.ui.common.FeatureView;

/**
 * Host and build details: pick a host or a build to see it in full, or pick a second one to compare them side
 * by side. Other views open it through {@link AppModel#showDetails(DetailsRequest)}.
 */
public final class DetailsView implements FeatureView {

    private static final String NONE = "(compare with …)";

    @Override
    public String title() {
        return DetailsRequest.VIEW_TITLE;
    }

    @Override
    public Node build(AppModel app) {
        ToggleButton hosts = new ToggleButton("Hosts");
        hosts.setId("details-kind-host");
        ToggleButton builds = new ToggleButton("Builds");
        builds.setId("details-kind-build");
        SegmentedButton kind = new SegmentedButton(hosts, builds);
        hosts.setSelected(true);
        ComboBox<String> first = new ComboBox<>();
        first.setId("details-first");
        first.setPrefWidth(220);
        ComboBox<String> second = new ComboBox<>();
        second.setId("details-second");
        second.setPrefWidth(220);
        Button swap = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
        swap.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        swap.setOnAction(e -> {
            String a = first.getValue();
            String b = second.getValue();
            if (b != null && !NONE.equals(b)) {
                first.setValue(b);
                second.setValue(a);
            }
        });
        HBox bar = new HBox(10, kind, first, new Label("⇄"), second, swap);
        bar.getStyleClass().add("details-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        StackPane content = new StackPane();
        content.getStyleClass().add("details-body");
        BorderPane root = new BorderPane(content);
        root.setTop(bar);
        root.getStyleClass().add("details-view");
        root.getStylesheets().add(DetailsView.class.getResource("/org/qompat/ui/details/details.css").toExternalForm());

        boolean[] updating = {false};
        Runnable fillChoices = () -> {
            updating[0] = true;
            List<String> names = names(app.getFleet(), hosts.isSelected());
            String keepA = first.getValue();
            String keepB = second.getValue();
            first.setItems(FXCollections.observableArrayList(names));
            List<String> withNone = new java.util.ArrayList<>(names);
            withNone.add(0, NONE);
            second.setItems(FXCollections.observableArrayList(withNone));
            first.setValue(names.contains(keepA) ? keepA : names.isEmpty() ? null : names.get(0));
            second.setValue(names.contains(keepB) ? keepB : NONE);
            updating[0] = false;
        };
        Runnable render = () -> {
            if (updating[0]) return;
            content.getChildren().setAll(render(app, hosts.isSelected(), first.getValue(), second.getValue(), first, builds));
        };
        kind.getToggleGroup().selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
                return;
            }
            fillChoices.run();
            render.run();
        });
        first.valueProperty().addListener((o, a, v) -> render.run());
        second.valueProperty().addListener((o, a, v) -> render.run());
        app.fleetProperty().addListener((o, a, f) -> {
            fillChoices.run();
            render.run();
        });
        app.detailsRequestProperty().addListener((o, a, r) -> apply(r, hosts, builds, first, second));
        fillChoices.run();
        apply(app.detailsRequestProperty().get(), hosts, builds, first, second);
        render.run();
        return root;
    }

    private static void apply(DetailsRequest r, ToggleButton hosts, ToggleButton builds, ComboBox<String> first,
                              ComboBox<String> second) {
        if (r == null) return;
        (r.kind() == DetailsRequest.Kind.HOST ? hosts : builds).setSelected(true);
        first.setValue(r.kind() == DetailsRequest.Kind.HOST ? r.first() : buildName(first, r.first()));
        second.setValue(r.isDiff() ? (r.kind() == DetailsRequest.Kind.HOST ? r.second() : buildName(first, r.second())) : NONE);
    }

    /** Builds are listed as "10.0.2 · id"; requests name them by id. */
    private static String buildName(ComboBox<String> box, String id) {
        return box.getItems().stream().filter(n -> n.endsWith(" · " + id)).findFirst().orElse(id);
    }

    private static List<String> names(Fleet fleet, boolean hosts) {
        if (hosts) return fleet.hosts().stream().map(Host::name).toList();
        return fleet.builds().stream().map(b -> "QEMU " + b.version() + " · " + b.id()).toList();
    }

    private static Node render(AppModel app, boolean hostsMode, String a, String b, ComboBox<String> first, ToggleButton builds) {
        Fleet fleet = app.getFleet();
        if (a == null) return placeholder("Load a fleet to see its hosts and builds");
        boolean diff = b != null && !NONE.equals(b);
        Node node;
        if (hostsMode) {
            Host ha = fleet.host(a).orElse(null);
            Host hb = diff ? fleet.host(b).orElse(null) : null;
            if (ha == null) return placeholder("No host " + a);
            node = diff && hb != null ? new DiffPane(ha.name(), hb.name(), DetailsDiff.hosts(ha, hb))
                    : new HostDetailsPane(ha, () -> {
                        if (ha.build() != null) app.showDetails(DetailsRequest.build(ha.build().id()));
                    });
        } else {
            QemuBuild ba = build(fleet, a);
            QemuBuild bb = diff ? build(fleet, b) : null;
            if (ba == null) return placeholder("No build " + a);
            node = diff && bb != null ? new DiffPane("QEMU " + ba.version(), "QEMU " + bb.version(), DetailsDiff.builds(ba, bb))
                    : new BuildDetailsPane(ba);
        }
        if (node instanceof DiffPane) return node;
        ScrollPane scroll = new ScrollPane(node);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        return scroll;
    }

    private static QemuBuild build(Fleet fleet, String name) {
        return fleet.builds().stream().filter(b -> name.endsWith(" · " + b.id()) || name.equals(b.id())).findFirst().orElse(null);
    }

    private static Node placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
