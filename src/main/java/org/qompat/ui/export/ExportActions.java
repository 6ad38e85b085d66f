package org.qompat.ui.export;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.qompat.report.HostSubset;
import org.qompat.report.VerdictSource;
import org.qompat.ui.common.AppModel;

/** File → Export…: what the main window's menu item runs. Exports what the window shows (its included hosts). */
public final class ExportActions {

    private ExportActions() {
    }

    /** Opens the export dialog on the loaded fleet; explains instead when nothing is loaded yet. */
    public static ExportDialog show(AppModel model, Window owner) {
        if (model.getAnalysis() == null) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "Load a fleet first (File \u2192 Open), then export it.");
            a.initOwner(owner);
            a.setHeaderText("Nothing to export yet");
            a.show();
            return null;
        }
        VerdictSource source = HostSubset.of(VerdictSource.of(model.getAnalysis()),
                indexes(model, model.getIncludedHosts(), true));
        List<Path> inputs = model.sourcesProperty().get();
        BitSet selected = indexes(model, model.getSelectedVms(), false);
        ExportDialog dialog = new ExportDialog(owner, source, model.getFleet(), inputs, selected, suggestedFile(inputs));
        dialog.show();
        return dialog;
    }

    /** Indexes of the named hosts (or VMs) in the analysis; no name at all means every host is included. */
    static BitSet indexes(AppModel model, Set<String> names, boolean hosts) {
        BitSet bits = new BitSet();
        if (hosts && names.isEmpty()) {
            bits.set(0, model.getAnalysis().hosts().size());
            return bits;
        }
        for (String n : names) {
            int i = hosts ? model.hostIndex(n) : model.vmIndex(n);
            if (i >= 0) bits.set(i);
        }
        return bits;
    }

    /** Next to the inputs (never one of them: the exporter refuses that), else in the home folder. */
    static Path suggestedFile(List<Path> inputs) {
        Path home = Path.of(System.getProperty("user.home"));
        if (inputs.isEmpty()) return home.resolve("qompat-report.html");
        Path first = inputs.get(0).toAbsolutePath();
        Path dir = first.getParent();  // beside a folder input, not in it: a reload would read the report
        return (dir == null ? home : dir).resolve("qompat-report.html");
    }
}
