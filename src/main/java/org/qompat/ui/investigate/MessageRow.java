package org.qompat.ui.investigate;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.Finding;
import org.qompat.engine.investigate.DecodedMessage;
import org.qompat.engine.investigate.Entity;
import org.qompat.engine.investigate.EntityKind;
import org.qompat.engine.investigate.Role;

/**
 * One decoded message of a story: role icon, line number, the raw text as QEMU printed it, what it means, the
 * rule, the names it carries as chips, and the engine findings it links to.
 */
final class MessageRow extends HBox {

    MessageRow(DecodedMessage m, List<Finding> findings, boolean showPart,
               java.util.function.Consumer<Finding> openFinding) {
        getStyleClass().addAll("message-row", "role-" + m.role().name().toLowerCase(Locale.ROOT));
        setSpacing(10);
        setPadding(new Insets(6, 8, 6, 8));

        Label line = new Label("L" + m.lineNumber());
        line.getStyleClass().add("line-number");
        VBox gutter = new VBox(4, Chips.roleIcon(m.role(), m.severity()), line);
        gutter.setAlignment(Pos.TOP_CENTER);
        gutter.setMinWidth(44);

        Label raw = wrapping(new Label(showPart ? m.matchedText() : m.line().message()));
        raw.getStyleClass().add("raw-line");

        Label meaning = wrapping(new Label(m.meaning()));
        meaning.getStyleClass().add("meaning");

        HBox head = new HBox(8, roleLabel(m.role()), raw);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(raw, Priority.ALWAYS);

        VBox body = new VBox(4, head, meaning);
        List<Entity> shown = m.entities().stream()
                .filter(e -> e.kind() != EntityKind.FEATURES && e.kind() != EntityKind.ALLOWED
                        && e.kind() != EntityKind.OPTION).toList();
        if (m.role() == Role.CAUSE || !shown.isEmpty()) {
            FlowPane chips = new FlowPane(6, 4);
            chips.getStyleClass().add("chips");
            if (m.role() == Role.CAUSE) chips.getChildren().add(Chips.rule(m.rule()));
            for (Entity e : shown) chips.getChildren().add(Chips.entity(e));
            body.getChildren().add(chips);
        }
        if (m.role() == Role.CAUSE && !m.pattern().wording().isEmpty()) {
            Label wording = wrapping(new Label("Wording: " + m.pattern().wording()));
            wording.getStyleClass().add("wording");
            body.getChildren().add(wording);
        }
        for (Finding f : findings) body.getChildren().add(findingLine(f, openFinding));
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinHeight(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(gutter, body);
    }

    /** A label that wraps instead of eliding: its height follows its text (VBox would otherwise squeeze it). */
    static Label wrapping(Label l) {
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label roleLabel(Role r) {
        Label l = new Label(switch (r) {
            case CAUSE -> "cause";
            case CONSEQUENCE -> "then";
            case OUTCOME -> "outcome";
            case CONTEXT -> "context";
        });
        l.getStyleClass().addAll("role-label", "role-label-" + r.name().toLowerCase(Locale.ROOT));
        l.setMinWidth(58);
        return l;
    }

    private static HBox findingLine(Finding f, java.util.function.Consumer<Finding> open) {
        FontIcon link = new FontIcon(Material2AL.LINK);
        link.getStyleClass().add("link-icon");
        Label what = new Label("Predicted by the engine: " + f.severity().name().toLowerCase(Locale.ROOT) + " · "
                + f.rule().id() + (f.path().isEmpty() ? "" : " · " + f.path())
                + (f.property().isEmpty() ? "" : " " + f.property()));
        what.getStyleClass().add("finding-head");
        Label msg = wrapping(new Label(f.message()));
        msg.getStyleClass().add("finding-message");
        VBox text = new VBox(2, what, msg);
        HBox.setHgrow(text, Priority.ALWAYS);
        javafx.scene.control.Hyperlink show = new javafx.scene.control.Hyperlink("Open in drill-down");
        show.getStyleClass().add("open-finding");
        show.setOnAction(e -> open.accept(f));
        show.setMinWidth(USE_PREF_SIZE);
        HBox box = new HBox(6, Chips.severityIcon(f.severity()), link, text, show);
        box.getStyleClass().add("linked-finding");
        box.setPadding(new Insets(4, 6, 4, 6));
        return box;
    }
}
