package org.qompat.ui.present;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.qompat.engine.Severity;
import org.qompat.engine.VerdictStatus;
import org.qompat.report.VerdictPalette;

/** Small building blocks shared by the slides: headings, stat tiles, chips and swatches in the report palette. */
final class SlideParts {

    private SlideParts() {
    }

    static VBox heading(String kicker, String title, String subtitle) {
        VBox box = new VBox(label(kicker.toUpperCase(java.util.Locale.ROOT), "slide-kicker"), label(title, "slide-title"));
        if (subtitle != null) box.getChildren().add(label(subtitle, "slide-subtitle"));
        return box;
    }

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static VBox stat(String number, String caption) {
        VBox box = new VBox(label(number, "stat-number"), label(caption, "stat-caption"));
        box.getStyleClass().add("stat");
        return box;
    }

    /** A rounded chip in a status colour with the glyph, readable without colour. */
    static Label statusChip(VerdictStatus status) {
        return chip(VerdictPalette.glyph(status) + " " + VerdictPalette.label(status), VerdictPalette.argb(status));
    }

    static Label severityChip(Severity severity) {
        VerdictStatus s = switch (severity) {
            case BLOCKER -> VerdictStatus.BLOCKED;
            case UNKNOWN -> VerdictStatus.UNKNOWN;
            case WARNING -> VerdictStatus.WARN;
            case INFO -> VerdictStatus.OK;
        };
        return chip(VerdictPalette.glyph(s) + " " + severity.name().toLowerCase(java.util.Locale.ROOT),
                VerdictPalette.argb(s));
    }

    static Label ruleChip(String rule) {
        Label l = label(rule, "chip", "rule");
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label chip(String text, int argb) {
        Label l = label(text, "chip");
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setStyle("-fx-background-color: " + VerdictPalette.hex(argb) + "; -fx-text-fill: "
                + VerdictPalette.hex(VerdictPalette.inkOn(argb)) + ";");
        return l;
    }

    /** A square legend swatch with an optional glyph. */
    static Label swatch(int argb, String glyph) {
        Label l = new Label(glyph);
        l.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        l.setStyle("-fx-background-color: " + VerdictPalette.hex(argb) + "; -fx-text-fill: "
                + VerdictPalette.hex(VerdictPalette.inkOn(argb)) + "; -fx-min-width: 1.3em; -fx-min-height: 1.3em;"
                + " -fx-alignment: center; -fx-font-weight: bold; -fx-font-size: 0.7em; -fx-background-radius: 0.2em;");
        return l;
    }

    static Color fx(int argb) {
        return Color.rgb(argb >> 16 & 255, argb >> 8 & 255, argb & 255);
    }

    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static String pct(double p) {
        if (p > 0 && p < 0.1) return "<0.1 %";
        return String.format(java.util.Locale.ROOT, p >= 10 || p == 0 ? "%.0f %%" : "%.1f %%", p);
    }
}
