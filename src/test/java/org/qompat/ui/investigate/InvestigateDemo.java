package org.qompat.ui.investigate;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.qompat.ui.common.AppModel;

/**
 * Opens the Investigate view alone on the demo fleet and the libvirt log of the fixtures, for screenshots under
 * Xvfb: {@code java ... 'org.qompat.ui.investigate.InvestigateDemo$Main' [story|diff|uso]}. Not a test; not in the jar.
 */
public final class InvestigateDemo extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppModel app = new AppModel();
        app.publish(InvestigateFixtures.fleet(), null);
        Parent root = (Parent) new InvestigateView().build(app);
        stage.setScene(new Scene(root, 1500, 940));
        stage.setTitle("Qompat — Investigate");
        stage.show();
        String mode = getParameters().getRaw().isEmpty() ? "story" : getParameters().getRaw().get(0);
        TextArea log = (TextArea) root.lookup("#investigate-log");
        log.setText(mode.equals("uso") ? LogPane.resource("virtio-uso-refused.log") : InvestigateFixtures.LIBVIRT_LOG);
        if (mode.equals("diff")) {
            Platform.runLater(() -> ((TabPane) root.lookup("#investigate-tabs")).getSelectionModel().select(1));
        }
    }

    /** The entry point; it must not be the Application subclass itself (JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(InvestigateDemo.class, args);
        }
    }
}
