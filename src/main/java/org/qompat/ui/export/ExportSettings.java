package org.qompat.ui.export;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.qompat.model.Fleet;
import org.qompat.report.ClassMatrix;
import org.qompat.report.ExportFormat;
import org.qompat.report.MatrixCells;
import org.qompat.report.MatrixImage;
import org.qompat.report.ProtectedInputs;
import org.qompat.report.ReportContext;
import org.qompat.report.ReportExporter;
import org.qompat.report.VerdictSource;

/**
 * What the Export dialog edits: format, file, PNG scale, whether only the VMs selected in the window count, and
 * whether the picture shows host classes instead of hosts. Turns into a {@link ReportExporter.Request}.
 */
public final class ExportSettings {

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.HTML);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final IntegerProperty scale = new SimpleIntegerProperty(8);
    private final BooleanProperty selectedVmsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty byClass = new SimpleBooleanProperty(false);

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty selectedVmsOnlyProperty() {
        return selectedVmsOnly;
    }

    public BooleanProperty byClassProperty() {
        return byClass;
    }

    /** True when the chosen format draws a picture whose size depends on the scale. */
    public BooleanBinding scaleApplies() {
        return Bindings.createBooleanBinding(() -> format.get() == ExportFormat.PNG, format);
    }

    public BooleanBinding classesApply() {
        return Bindings.createBooleanBinding(() -> format.get() != ExportFormat.HTML, format);
    }

    /** "1,216 × 1,290 px" for a PNG, so a user sees the cost of a big scale before waiting for it. */
    public StringBinding imageSize(VerdictSource source) {
        return Bindings.createStringBinding(() -> {
            if (source == null || format.get() != ExportFormat.PNG) return "";
            try {
                MatrixCells cells = MatrixCells.of(picture(source), new BitSet());
                MatrixImage.Layout l = MatrixImage.layout(cells, MatrixImage.Options.forScale(scale.get()));
                return String.format("%,d × %,d px", l.width(), l.height());
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, format, scale, byClass);
    }

    /** {@code name.ext} with the extension made to match the format (the format is chosen by extension). */
    public static Path withExtension(Path file, ExportFormat f) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + "." + f.extension());
    }

    public ReportExporter.Request request(VerdictSource source, Fleet fleet, List<Path> inputs, BitSet selectedVms) {
        Path file = target.get();
        if (file == null) throw new IllegalStateException("choose a file to export to");
        file = withExtension(file, format.get());
        BitSet vms = selectedVmsOnly.get() ? selectedVms : new BitSet();
        Set<Path> protect = ProtectedInputs.of(inputs, fleet);
        List<String> named = inputs.stream().map(Path::toString).toList();
        return new ReportExporter.Request(picture(source), vms, ReportContext.now(fleet, named.isEmpty()
                ? List.of("(loaded in the window)") : named), file, scale.get(), protect);
    }

    private VerdictSource picture(VerdictSource source) {
        boolean classes = byClass.get() && format.get() != ExportFormat.HTML;
        return classes ? ClassMatrix.of(source) : source;
    }
}
