package org.qompat.ui.present;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.qompat.engine.VerdictStatus;
import org.qompat.report.FleetSummary;
import org.qompat.report.VerdictPalette;

/** Slide 1: the fleet matrix with its legend and the headline numbers beside it. */
final class MatrixSlide {

    private MatrixSlide() {
    }

    static Node build(PresentationData d) {
        FleetSummary s = d.summary();
        VBox heading = SlideParts.heading("Fleet", "Which hosts can exchange which VMs",
                s.hosts() + " hosts in " + s.classes() + " classes \u00b7 " + d.cells().selectionLabel()
                        + (d.byClass() ? " \u00b7 one row per host class" : "") + " \u00b7 rows: source, columns: destination");

        ImageView image = new ImageView(FxImages.toFx(d.matrix()));
        image.setSmooth(false);
        image.setPreserveRatio(true);
        image.setId("presentMatrix");
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("matrix-frame");
        frame.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);

        VBox side = new VBox(SlideParts.stat(SlideParts.pct(FleetSummary.percent(s.hostPairsAllMovable(), s.hostPairs())),
                "of host pairs take every VM"));
        side.getChildren().get(0).setId("presentHeadline");
        side.setSpacing(12);
        side.getChildren().add(SlideParts.stat(SlideParts.grouped(s.blocked()),
                "blocked VM \u00d7 host-pair combinations (" + SlideParts.pct(FleetSummary.percent(s.blocked(),
                        s.combinations())) + ")"));
        side.getChildren().add(SlideParts.stat(SlideParts.grouped(s.unknown()), "combinations with missing data"));
        side.getChildren().add(legend(d));
        side.setMinWidth(320);
        side.setPrefWidth(420);

        HBox body = new HBox(36, frame, side);
        HBox.setHgrow(side, Priority.ALWAYS);
        BorderPane slide = new BorderPane(body, heading, null, null, null);
        BorderPane.setMargin(body, new javafx.geometry.Insets(24, 0, 0, 0));
        slide.getStyleClass().add("slide");
        // Size the picture from the scene, never from the slide: the slide's size follows its content, so binding
        // to it would let the picture grow the slide that grows the picture. The root font is height / 34, so the
        // heading, footer and paddings take about 12 em of the height.
        slide.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) return;
            image.fitHeightProperty().bind(scene.heightProperty().multiply(1 - 10.5 / 34));
            image.fitWidthProperty().bind(scene.widthProperty().subtract(side.prefWidthProperty())
                    .subtract(scene.heightProperty().multiply(5.5 / 34)).subtract(80));
        });
        return slide;
    }

    private static VBox legend(PresentationData d) {
        VBox box = new VBox(6);
        if (d.cells().singleVm()) {
            for (VerdictStatus st : VerdictStatus.values()) {
                box.getChildren().add(row(VerdictPalette.argb(st), VerdictPalette.glyph(st), VerdictPalette.label(st)));
            }
        } else {
            box.getChildren().add(SlideParts.label("Share of the VMs that can move", "legend-text"));
            HBox scale = new HBox(4);
            for (int i = 0; i <= 100; i += 25) {
                VBox step = new VBox(2, SlideParts.swatch(VerdictPalette.share(i / 100.0), ""),
                        SlideParts.label(i + "%", "legend-text"));
                scale.getChildren().add(step);
            }
            box.getChildren().add(scale);
            box.getChildren().add(row(VerdictPalette.UNKNOWN, "?", "nothing decided (missing data)"));
        }
        box.getChildren().add(row(VerdictPalette.diagonal(VerdictPalette.EMPTY), "", "diagonal: a host to itself"));
        return box;
    }

    private static HBox row(int argb, String glyph, String text) {
        HBox row = new HBox(SlideParts.swatch(argb, glyph), SlideParts.label(text, "legend-text"));
        row.getStyleClass().add("legend-row");
        return row;
    }
}
