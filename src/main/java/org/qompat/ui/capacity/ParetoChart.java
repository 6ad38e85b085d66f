package org.qompat.ui.capacity;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.plan.BlockerCount;
import org.qompat.engine.plan.FleetSummary;
import org.qompat.ui.plan.PlanUi;

/**
 * The blockers that block the most VM × host-pair combinations, biggest first (a Pareto chart, horizontal so the
 * long names stay readable), with how much of all blocking the top ones explain.
 */
final class ParetoChart extends VBox {

    static final int TOP = 8;

    private final CategoryAxis names = new CategoryAxis();
    private final NumberAxis counts = new NumberAxis();
    private final BarChart<Number, String> chart = new BarChart<>(counts, names);
    private final Label cumulative = new Label();

    ParetoChart() {
        getStyleClass().add("plan-card");
        chart.setId("capacity-pareto");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setPrefHeight(380);
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        counts.setLabel("VM × host-pair combinations blocked");
        counts.setForceZeroInRange(true);
        // compact tick labels (1.5k): with the long blocker names beside it the axis is narrow, and "1,250"
        // labels run into each other
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                if (Math.abs(v) < 1000) return Long.toString(Math.round(v));
                String k = String.format(java.util.Locale.ROOT, "%.2f", v / 1000).replaceFirst("\\.?0+$", "");
                return k + "k";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        cumulative.setId("capacity-pareto-cumulative");
        cumulative.getStyleClass().add("plan-metric-caption");
        cumulative.setWrapText(true);
        getChildren().addAll(PlanUi.heading("Top blockers", "Fix the first bars to unblock the most migrations.",
                new FontIcon(org.kordamp.ikonli.material2.Material2MZ.SHOW_CHART)), chart, cumulative);
    }

    void show(FleetSummary s) {
        List<BlockerCount> top = s.pareto().subList(0, Math.min(TOP, s.pareto().size()));
        long total = s.pareto().stream().mapToLong(BlockerCount::count).sum();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // a horizontal chart lists categories bottom-up: add the biggest last so it sits on top
        for (int i = top.size() - 1; i >= 0; i--) series.getData().add(new XYChart.Data<>(top.get(i).count(),
                top.get(i).label()));
        chart.getData().setAll(List.of(series));
        for (int i = 0; i < top.size(); i++) {
            BlockerCount b = top.get(i);
            XYChart.Data<Number, String> d = series.getData().get(top.size() - 1 - i);
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-bar-fill: " + (i == 0 ? "#D7191C" : i < 3 ? "#F46D43" : "#FDAE61") + ";");
                Tooltip.install(d.getNode(), new Tooltip(b.label() + ": " + b.count() + "\n" + b.example()));
            }
        }
        if (top.isEmpty()) {
            cumulative.setText("Nothing blocks: every VM can move between every pair of hosts.");
            return;
        }
        long acc = 0;
        int k = Math.min(3, top.size());
        for (int i = 0; i < k; i++) acc += top.get(i).count();
        cumulative.setText("The top " + k + " of " + s.pareto().size() + " blockers account for "
                + Math.round(100.0 * acc / Math.max(1, total)) + "% of " + total + " blocked combinations.");
    }
}
