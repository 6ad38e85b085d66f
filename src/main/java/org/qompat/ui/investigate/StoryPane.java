package org.qompat.ui.investigate;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.Finding;
import org.qompat.engine.investigate.DecodedMessage;
import org.qompat.engine.investigate.FailureStory;
import org.qompat.engine.investigate.LinkReport;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.engine.investigate.LogLine;
import org.qompat.engine.investigate.Mismatch;

/** The decoded log as failure stories (cause first), with the engine's verdict and every disagreement on top. */
final class StoryPane extends ScrollPane {

    private final VBox content = new VBox(12);
    private final InvestigateModel model;

    StoryPane(InvestigateModel model) {
        getStyleClass().addAll("story-pane", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("story-content");
        setContent(content);
        this.model = model;
        model.decodingProperty().addListener((o, a, d) -> render(d, model.linkProperty().get()));
        model.linkProperty().addListener((o, a, l) -> render(model.decodingProperty().get(), l));
        render(null, null);
    }

    private void render(LogDecoding d, LinkReport link) {
        content.getChildren().clear();
        if (d == null || d.messages().isEmpty()) {
            content.getChildren().add(emptyState(d));
            return;
        }
        HBox context = LogContextStrip.of(d);
        if (context != null) content.getChildren().add(context);
        if (link != null) content.getChildren().add(verdictBanner(link));
        List<Mismatch> notReached = link == null ? List.of() : link.mismatches().stream()
                .filter(m -> m.kind() == Mismatch.Kind.NOT_REACHED).toList();
        if (link != null) {
            for (Mismatch m : link.mismatches()) if (m.kind() != Mismatch.Kind.NOT_REACHED) content.getChildren().add(callout(m));
        }
        Map<Integer, Long> perLine = d.messages().stream()
                .collect(Collectors.groupingBy(DecodedMessage::lineNumber, Collectors.counting()));
        int n = 0;
        for (FailureStory s : d.stories()) content.getChildren().add(storyCard(++n, s, link, perLine, model));
        if (!notReached.isEmpty()) content.getChildren().add(notReached(notReached));
        List<LogLine> unrecognized = d.unrecognized();
        if (!unrecognized.isEmpty()) content.getChildren().add(unrecognizedPane(unrecognized));
    }

    private static VBox emptyState(LogDecoding d) {
        FontIcon icon = new FontIcon(Material2MZ.SEARCH);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(d == null || d.lines().isEmpty() ? "No log yet"
                : "No migration error recognised");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Paste the destination QEMU's stderr, /var/log/libvirt/qemu/VM.log, journalctl "
                + "lines or KubeVirt's virt-launcher log on the left, or drop the file there. Qompat explains every "
                + "line it recognises and tells which rule broke.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(60, 40, 40, 40));
        box.getStyleClass().add("empty-state");
        return box;
    }

    /** A card made of a VBox: AtlantaFX's Card keeps its first height when wrapped labels grow, and clips. */
    private static VBox storyCard(int n, FailureStory s, LinkReport link, Map<Integer, Long> perLine,
                                  InvestigateModel model) {
        VBox card = new VBox(8);
        card.setPadding(new Insets(10, 12, 10, 12));
        card.getStyleClass().addAll("story-card", "story-" + s.severity().name().toLowerCase(java.util.Locale.ROOT));
        Label title = new Label(s.title());
        title.getStyleClass().addAll("story-title", Styles.TITLE_4);
        title.setWrapText(true);
        Label lines = new Label(s.firstLine() == s.lastLine() ? "line " + s.firstLine()
                : "lines " + s.firstLine() + "–" + s.lastLine());
        lines.getStyleClass().add(Styles.TEXT_MUTED);
        Label number = new Label("Story " + n);
        number.getStyleClass().addAll("story-number", Styles.TEXT_SMALL);
        HBox header = new HBox(10, Chips.severityIcon(s.severity()), new VBox(2, number, title), new Spacer(),
                Chips.rule(s.rule()), lines);
        header.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(header);
        VBox body = new VBox(2);
        for (DecodedMessage m : s.messages()) {
            List<Finding> fs = link == null ? List.of() : link.findingsFor(m);
            body.getChildren().add(new MessageRow(m, fs, perLine.getOrDefault(m.lineNumber(), 1L) > 1,
                    model::openFinding));
        }
        if (!s.note().isEmpty()) {
            Label note = new Label(s.note());
            note.setWrapText(true);
            note.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
            note.getStyleClass().add("story-note");
            body.getChildren().add(note);
        }
        card.getChildren().add(body);
        card.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return card;
    }

    private static Message verdictBanner(LinkReport r) {
        boolean agrees = r.agrees();
        Message m = new Message("Engine verdict for " + r.verdict().vm() + ": " + r.verdict().from() + " → "
                + r.verdict().to() + " is " + r.verdict().status(),
                agrees ? "The log and the prediction agree: every failure in the log was predicted."
                        : "The log and the prediction disagree; see below.",
                new FontIcon(agrees ? Material2AL.CHECK_CIRCLE : Material2MZ.SYNC_PROBLEM));
        m.getStyleClass().addAll("verdict-banner", agrees ? Styles.SUCCESS : Styles.WARNING);
        return m;
    }

    private static Message callout(Mismatch x) {
        String title = switch (x.kind()) {
            case NOT_PREDICTED -> "Not predicted — a data gap (line " + x.message().lineNumber() + ")";
            case UNDERRATED -> "Predicted too weakly (line " + x.message().lineNumber() + ")";
            case NOT_REACHED -> "Predicted blocker not reached: " + x.finding().rule().id();
            case NOT_SEEN -> "Predicted blocker not in the log: " + x.finding().rule().id();
            case VERDICT_DISAGREES -> "The verdict disagrees with the log";
        };
        String style = switch (x.kind()) {
            case NOT_PREDICTED, VERDICT_DISAGREES -> Styles.DANGER;
            case UNDERRATED, NOT_SEEN -> Styles.WARNING;
            case NOT_REACHED -> Styles.ACCENT;
        };
        Message m = new Message(title, x.explanation(), new FontIcon(x.kind() == Mismatch.Kind.NOT_REACHED
                ? Material2AL.INFO : Material2MZ.REPORT_PROBLEM));
        m.getStyleClass().addAll("mismatch", "mismatch-" + x.kind().name().toLowerCase(java.util.Locale.ROOT), style);
        return m;
    }

    /**
     * Predicted blockers QEMU never got to (it stops at the first error), grouped: same rule and message once,
     * with how many devices it concerns. They say what would fail next once the first cause is fixed.
     */
    private static TitledPane notReached(List<Mismatch> all) {
        Map<String, List<Finding>> byText = new java.util.LinkedHashMap<>();
        for (Mismatch m : all) {
            String key = m.finding().rule().id() + ": " + m.finding().message();
            byText.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(m.finding());
        }
        VBox list = new VBox(6);
        for (Map.Entry<String, List<Finding>> e : byText.entrySet()) {
            Finding f = e.getValue().get(0);
            String where = e.getValue().stream().map(Finding::path).filter(p -> !p.isEmpty()).distinct()
                    .collect(Collectors.joining(", "));
            Label l = MessageRow.wrapping(new Label(e.getKey() + (where.isEmpty() ? "" : "  (" + where + ")")));
            l.setGraphic(Chips.severityIcon(f.severity()));
            l.getStyleClass().add("not-reached-item");
            list.getChildren().add(l);
        }
        TitledPane p = new TitledPane("Also predicted, not reached: " + byText.size() + " more blocker"
                + (byText.size() == 1 ? "" : "s") + " (QEMU stops at the first error)", list);
        p.setExpanded(false);
        p.setId("investigate-not-reached");
        p.getStyleClass().add("not-reached");
        return p;
    }

    private static TitledPane unrecognizedPane(List<LogLine> lines) {
        VBox list = new VBox(1);
        for (LogLine l : lines) {
            Label t = new Label(String.format("%5d  %s", l.number(), l.raw()));
            t.getStyleClass().add("raw-line");
            list.getChildren().add(t);
        }
        TitledPane p = new TitledPane(lines.size() + " line(s) not recognised", list);
        p.setExpanded(false);
        p.getStyleClass().add("unrecognized");
        return p;
    }
}
