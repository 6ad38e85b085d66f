package org.qompat.ui.plan;

/** Launcher for {@link PlanScreenshots}: a main class that extends Application cannot start from the class path. */
public final class PlanScreenshotsMain {

    private PlanScreenshotsMain() {
    }

    public static void main(String[] args) {
        PlanScreenshots.main(args);
    }
}
