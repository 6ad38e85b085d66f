package org.qompat.ui.investigate;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.qompat.engine.investigate.FindingLinker;
import org.qompat.engine.investigate.LinkReport;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.engine.investigate.MigrationLogDecoder;
import org.qompat.engine.investigate.PairGuess;
import org.qompat.engine.investigate.QomSide;
import org.qompat.engine.investigate.QomTreeDiff;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;
import org.qompat.ui.common.AppModel;

/**
 * The Investigate view's state: the log text (the one writable input besides the pair pickers), its decoding,
 * the VM and host pair, the engine's verdict linked to the log, and the QOM diff of the VM on the two hosts'
 * builds. Work runs on one background thread; results are published on the FX thread, newest request wins.
 */
public final class InvestigateModel {

    private final AppModel app;
    private final StringProperty logText = new SimpleStringProperty("");
    private final ObjectProperty<Vm> vm = new SimpleObjectProperty<>();
    private final ObjectProperty<Host> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Host> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LogDecoding> decoding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LinkReport> link = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QomTreeDiff> qomDiff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Paste or drop a log to decode it.");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "qompat-investigate");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong decodeGeneration = new AtomicLong();
    private final AtomicLong linkGeneration = new AtomicLong();

    public InvestigateModel(AppModel app) {
        this.app = app;
        logText.addListener((o, a, text) -> decode(text));
        vm.addListener((o, a, b) -> relink());
        from.addListener((o, a, b) -> relink());
        to.addListener((o, a, b) -> relink());
        app.fleetProperty().addListener((o, a, f) -> {
            vm.set(null);
            from.set(null);
            to.set(null);
            guessPair();
        });
    }

    public StringProperty logTextProperty() {
        return logText;
    }

    public ObjectProperty<Vm> vmProperty() {
        return vm;
    }

    public ObjectProperty<Host> fromProperty() {
        return from;
    }

    public ObjectProperty<Host> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<LogDecoding> decodingProperty() {
        return decoding.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LinkReport> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QomTreeDiff> qomDiffProperty() {
        return qomDiff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Fleet fleet() {
        return app.getFleet();
    }

    private void decode(String text) {
        long gen = decodeGeneration.incrementAndGet();
        run(() -> MigrationLogDecoder.decodeText(text), d -> {
            if (gen != decodeGeneration.get()) return;
            decoding.set(d);
            status.set(d.messages().isEmpty() ? (text.isBlank() ? "Paste or drop a log to decode it."
                    : "No migration error recognised in " + d.lines().size() + " line(s).")
                    : d.messages().size() + " message(s) recognised in " + d.lines().size() + " line(s), "
                    + d.stories().size() + " failure stor" + (d.stories().size() == 1 ? "y." : "ies."));
            guessPair();
            relink();
        });
    }

    /** Fills the pickers the user left empty with what the log names and the fleet knows. */
    private void guessPair() {
        LogDecoding d = decoding.get();
        if (d == null || app.getFleet() == null) return;
        PairGuess g = PairGuess.of(app.getFleet(), d.context());
        if (vm.get() == null) g.vm().or(() -> app.getFleet().vm(nonNull(app.getFocusedVm()))).ifPresent(vm::set);
        if (from.get() == null) g.from().or(() -> cellHost(true)).ifPresent(from::set);
        if (to.get() == null) g.to().or(() -> cellHost(false)).ifPresent(to::set);
    }

    /** The matrix cell the user had selected stands in for hosts the log does not name. */
    private Optional<Host> cellHost(boolean source) {
        org.qompat.ui.common.CellSelection c = app.getSelectedCell();
        if (c == null) return Optional.empty();
        return app.getFleet().host(source ? c.fromHost() : c.toHost());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Opens a linked finding where the rest of the app shows findings (the matrix view's drill-down). */
    public void openFinding(org.qompat.engine.Finding f) {
        LinkReport r = link.get();
        if (r == null) return;
        app.selectFinding(new org.qompat.ui.common.FindingSelection(r.verdict().vm(), r.verdict().from(),
                r.verdict().to(), f));
        app.showView(org.qompat.ui.matrix.MatrixView.TITLE);
    }

    private void relink() {
        LogDecoding d = decoding.get();
        Vm v = vm.get();
        Host a = from.get();
        Host b = to.get();
        long gen = linkGeneration.incrementAndGet();
        if (v == null || a == null || b == null) {
            link.set(null);
            qomDiff.set(null);
            return;
        }
        record Result(LinkReport link, QomTreeDiff diff) {
        }
        run(() -> new Result(d == null ? null : FindingLinker.link(d, v, a, b), diff(v, a, b)), r -> {
            if (gen != linkGeneration.get()) return;
            link.set(r.link());
            qomDiff.set(r.diff());
        });
    }

    static QomTreeDiff diff(Vm v, Host a, Host b) {
        if (v.root() == null) return null;
        if (a.build() == null || b.build() == null) {
            return QomTreeDiff.compare(v.name(), v.root(), v.name(), v.root());
        }
        return QomTreeDiff.compare(QomSide.effective(a.name(), v, a.build()), QomSide.effective(b.name(), v, b.build()));
    }

    /** Shows two VM trees side by side (files the user opened), replacing the fleet pair's diff. */
    public void showDiff(QomTreeDiff diff) {
        linkGeneration.incrementAndGet();
        qomDiff.set(diff);
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> onFx) {
        worker.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Could not decode: " + e.getMessage()));
                return;
            }
            Platform.runLater(() -> onFx.accept(result));
        });
    }

    public Optional<Host> hostNamed(String name) {
        return app.getFleet() == null ? Optional.empty() : app.getFleet().host(name);
    }
}
