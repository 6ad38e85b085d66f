package org.qompat.ui.plan;

import atlantafx.base.theme.Styles;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Small shared pieces of the planning views: their stylesheet, section headings, copy buttons, a worker. */
public final class PlanUi {

    /** One background thread for all planning computations: they are engine-heavy and must not pile up. */
    public static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "qompat-planning");
        t.setDaemon(true);
        return t;
    });

    private PlanUi() {
    }

    public static <T extends Parent> T styled(T root) {
        var css = PlanUi.class.getResource("/org/qompat/ui/plan/plan.css");
        if (css != null) root.getStylesheets().add(css.toExternalForm());
        root.getStyleClass().add("plan-view");
        return root;
    }

    /** A section heading with an icon and a muted one-line explanation below it. */
    public static VBox heading(String title, String explanation, FontIcon icon) {
        Label t = new Label(title, icon);
        t.getStyleClass().addAll(Styles.TITLE_4, "plan-heading");
        Label e = new Label(explanation);
        e.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        e.setWrapText(true);
        VBox box = new VBox(2, t, e);
        box.getStyleClass().add("plan-heading-box");
        return box;
    }

    public static Button copyButton(String what, java.util.function.Supplier<String> text) {
        Button b = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setTooltip(new Tooltip("Copy the " + what + " to the clipboard"));
        b.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.get());
            Clipboard.getSystemClipboard().setContent(c);
            b.setText("Copied");
        });
        return b;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    public static Node icon(org.kordamp.ikonli.Ikon ikon) {
        return new FontIcon(ikon);
    }
}
