package org.qompat.ui.common;

import java.util.List;

/** The views of the main window, in navigation order. Each feature adds its view here, one line each. */
public final class FeatureViews {

    private FeatureViews() {
    }

    public static List<FeatureView> all() {
        return List.of(
                new org.qompat.ui.matrix.MatrixView(),
                new org.qompat.ui.details.DetailsView(),
                new org.qompat.ui.baseline.BaselineView(),
                new org.qompat.ui.whatif.WhatIfView(),
                new org.qompat.ui.capacity.CapacityView(),
                new org.qompat.ui.investigate.InvestigateView()
        );
    }
}
