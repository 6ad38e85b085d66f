package org.qompat.ui.export;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.qompat.report.VerdictSource;
import org.qompat.ui.common.AppModel;

/** File → Export…: what the main window's menu item runs. */
public final class ExportActions {

    private ExportActions() {
    }

    /** Opens the export dialog on the loaded fleet; explains instead when nothing is loaded yet. */
    public static ExportDialog show(AppModel model, Window owner) {
        if (model.getAnalysis() == null) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "Load a fleet first (File → Open), then export it.");
            a.initOwner(owner);
            a.setHeaderText("Nothing to export yet");
            a.show();
            return null;
        }
        VerdictSource source = VerdictSource.of(model.getAnalysis());
        List<Path> inputs = List.of();
        BitSet selected = new BitSet();
        ExportDialog dialog = new ExportDialog(owner, source, model.getFleet(), inputs, selected,
                Path.of(System.getProperty("user.home"), "qompat-report.html"));
        dialog.show();
        return dialog;
    }
}
