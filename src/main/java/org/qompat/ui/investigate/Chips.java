package org.qompat.ui.investigate;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.investigate.Entity;
import org.qompat.engine.investigate.EntityKind;
import org.qompat.engine.investigate.Role;

/** Small labelled pills and icons the story uses: rule chips, entity chips, role and severity icons. */
final class Chips {

    private Chips() {
    }

    static Label rule(Rule rule) {
        Label l = new Label(rule.id());
        l.getStyleClass().addAll("chip", "rule-chip", "rule-" + rule.id());
        l.setTooltip(new Tooltip("Engine rule " + rule.id()));
        return l;
    }

    static Label entity(Entity e) {
        Label l = new Label(e.value());
        l.getStyleClass().addAll("chip", "entity-chip", "entity-" + e.kind().id());
        l.setTooltip(new Tooltip(e.kind().label() + ": " + e.value()));
        l.setGraphic(kindMark(e.kind()));
        return l;
    }

    static Label plain(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("chip", styleClass);
        return l;
    }

    /** A one-letter mark telling what kind of name a chip carries, so that colour is never the only cue. */
    private static Label kindMark(EntityKind k) {
        String mark = switch (k) {
            case PROPERTY -> "prop";
            case DEVICE, QOM_TYPE -> "dev";
            case SECTION, SUBSECTION, VMSD, FIELD -> "vmstate";
            case MACHINE, SOURCE_MACHINE, DESTINATION_MACHINE -> "machine";
            case FEATURE_BIT -> "bit";
            case PLATFORM_FEATURE -> "host";
            case CPU_MODEL, CPU_FEATURE -> "cpu";
            case RAM_BLOCK -> "ram";
            case QOM_PATH -> "path";
            case PCI_ADDRESS -> "pci";
            default -> k.id();
        };
        Label m = new Label(mark);
        m.getStyleClass().add("chip-kind");
        return m;
    }

    static FontIcon roleIcon(Role role, Severity severity) {
        FontIcon i = switch (role) {
            case CAUSE -> new FontIcon(severity == Severity.BLOCKER ? Material2AL.ERROR : Material2MZ.WARNING);
            case CONSEQUENCE -> new FontIcon(Material2MZ.SUBDIRECTORY_ARROW_RIGHT);
            case OUTCOME -> new FontIcon(Material2AL.CANCEL);
            case CONTEXT -> new FontIcon(Material2AL.INFO);
        };
        i.getStyleClass().addAll("role-icon", "role-" + role.name().toLowerCase(java.util.Locale.ROOT),
                "severity-" + severity.name().toLowerCase(java.util.Locale.ROOT));
        return i;
    }

    static FontIcon severityIcon(Severity s) {
        FontIcon i = switch (s) {
            case BLOCKER -> new FontIcon(Material2AL.BLOCK);
            case UNKNOWN -> new FontIcon(Material2AL.HELP_OUTLINE);
            case WARNING -> new FontIcon(Material2MZ.WARNING);
            case INFO -> new FontIcon(Material2AL.INFO);
        };
        i.getStyleClass().addAll("severity-icon", "severity-" + s.name().toLowerCase(java.util.Locale.ROOT));
        return i;
    }
}
