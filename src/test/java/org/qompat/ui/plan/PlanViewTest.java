package org.qompat.ui.plan;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.qompat.plan.DemoFleet;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Base of the planning views' TestFX tests: the demo fleet published, one view in a themed window. */
public abstract class PlanViewTest extends ApplicationTest {

    protected Parent root;
    protected AppModel app;

    @BeforeAll
    static void loadDemoFleet() {
        DemoFleet.fleet();
        DemoFleet.analysis();
    }

    protected abstract FeatureView view();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = new AppModel();
        app.publish(DemoFleet.fleet(), DemoFleet.analysis());
        root = (Parent) view().build(app);
        stage.setScene(new Scene(root, 1400, 950));
        stage.show();
    }

    /** Waits (the engine runs in the background) until the condition, read on the FX thread, holds. */
    protected void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    protected <T> T find(String query) {
        return (T) lookup(query).query();
    }
}
