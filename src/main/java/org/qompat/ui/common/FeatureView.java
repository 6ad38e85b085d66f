package org.qompat.ui.common;

import javafx.scene.Node;

/**
 * One view of the main window (Matrix, Baseline, What-if, Capacity, Investigate …). A view reads the shared
 * {@link AppModel} and builds its own node lazily, the first time it is shown.
 */
public interface FeatureView {

    /** The tab or navigation title, e.g. "Matrix". */
    String title();

    /** The view's root node; called once, on the FX thread. */
    Node build(AppModel model);
}
