package org.qompat.ui.common;

import java.util.Optional;

/**
 * The menu commands that other features provide to the main window. Each is one line, like
 * {@link FeatureViews}: the report feature returns its exporter from {@link #export()} and its presentation mode
 * from {@link #presentation()}. An empty value shows the menu item disabled.
 */
public final class ShellActions {

    private ShellActions() {
    }

    /** File → Export… (matrix PNG/SVG, HTML report, CSV/JSON verdicts). */
    public static Optional<ShellAction> export() {
        return Optional.of(org.qompat.ui.export.ExportActions::show);
    }

    /** View → Presentation mode (full screen, large type). */
    public static Optional<ShellAction> presentation() {
        return Optional.of(org.qompat.ui.present.PresentationMode::enter);
    }
}
