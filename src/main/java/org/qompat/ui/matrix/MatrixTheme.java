package org.qompat.ui.matrix;

import javafx.scene.paint.Color;

/**
 * The non-data colours of the canvas (headers, grid, outlines) for the light and dark themes; they follow
 * AtlantaFX's Primer palettes so the canvas sits in the window like a native control. Cell colours never change
 * with the theme (see {@link MatrixPalette}).
 */
public record MatrixTheme(Color background, Color headerBackground, Color groupBackground, Color groupBackgroundAlt,
                          Color text, Color mutedText, Color grid, Color groupLine, Color cursor, Color hover,
                          Color highlight) {

    public static final MatrixTheme LIGHT = new MatrixTheme(
            Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#eaeef2"), Color.web("#f6f8fa"),
            Color.web("#1f2328"), Color.web("#656d76"), Color.web("#ffffff", 0.55), Color.web("#1f2328", 0.55),
            Color.web("#0969da"), Color.web("#1f2328"), Color.web("#0969da", 0.14));

    public static final MatrixTheme DARK = new MatrixTheme(
            Color.web("#0d1117"), Color.web("#161b22"), Color.web("#21262d"), Color.web("#161b22"),
            Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#0d1117", 0.55), Color.web("#e6edf3", 0.6),
            Color.web("#58a6ff"), Color.web("#e6edf3"), Color.web("#58a6ff", 0.18));

    public static MatrixTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
