package org.qompat.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.qompat.engine.Finding;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.CellSelection;
import org.qompat.ui.common.DetailsRequest;
import org.qompat.ui.common.FindingSelection;
import org.qompat.ui.matrix.MatrixPane;
import org.qompat.ui.matrix.PairData;
import org.qompat.ui.shell.WindowPrefs;

/**
 * Takes the README's screenshots of the explorer: the real main window on the demo fleet (samples/), driven to
 * each main view the way a user would leave it, and written as PNGs of the window's contents. Not a test. Run
 * under Xvfb with the test class path:
 * <pre>
 * Xvfb :92 -screen 0 1600x1000x24 &amp;
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * DISPLAY=:92 java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.qompat.ui.ExplorerScreenshots\$Main docs
 * </pre>
 * Which pair and VM are shown is chosen from the analysis (the first blocked move whose blocker is a device
 * property), so the pictures stay meaningful if the samples change.
 */
public class ExplorerScreenshots extends Application {

    /** A main class extending Application fails with JavaFX on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            launch(ExplorerScreenshots.class, args);
        }
    }

    private static final int WIDTH = Integer.getInteger("qompat.shot.width", 1600);
    private static final int HEIGHT = Integer.getInteger("qompat.shot.height", 1000);

    private MainWindow window;
    private AppModel app;
    private Path out;

    @Override
    public void start(Stage stage) {
        out = Path.of(getParameters().getRaw().isEmpty() ? "docs" : getParameters().getRaw().get(0));
        window = new MainWindow(stage, new AppModel(), org.qompat.io.FleetLoader::load,
                new WindowPrefs(WindowFixture.throwawayPrefs()));
        app = window.model();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
        window.openDemo();
        Thread t = new Thread(() -> {
            try {
                tour(stage);
            } catch (Throwable e) {
                e.printStackTrace();
                System.exit(1);
            } finally {
                Platform.exit();
            }
        }, "screenshot-tour");
        t.setDaemon(true);
        t.start();
    }

    private void tour(Stage stage) throws Exception {
        Files.createDirectories(out);
        awaitLoad();
        Choice c = fx(this::choose);
        System.out.println("showing " + c.vm + ": " + c.from + " → " + c.to + ", " + c.finding.rule().id() + " "
                + c.finding.path() + " · " + c.finding.property());

        // (a) the fleet matrix, a mixed cell selected so the drill-down lists its VMs
        fx(() -> {
            app.showView("Matrix");
            app.focusVm(c.vm);
            app.selectCell(CellSelection.ofHosts(c.fleetFrom, c.fleetTo));
            matrixPane().canvas().requestFocus(); // as after a click on the matrix
            return null;
        });
        shoot(stage, "screenshot-matrix.png");

        // (b) VM mode for the blocked VM, the blocked cell selected, its findings listed
        fx(() -> {
            matrixPane().canvas().model().setMode(PairData.Mode.VM);
            app.focusVm(c.vm);
            app.selectCell(CellSelection.ofHosts(c.from, c.to));
            selectFindingRow(c.finding);
            return null;
        });
        shoot(stage, "screenshot-drilldown.png");

        // (c) the finding opened in the QOM tree, only differences
        fx(() -> {
            app.selectFinding(new FindingSelection(c.vm, c.from, c.to, c.finding));
            return null;
        });
        settle();
        fx(() -> {
            ((atlantafx.base.controls.ToggleSwitch) stage.getScene().lookup("#qom-only-differences")).setSelected(true);
            return null;
        });
        shoot(stage, "screenshot-qom-tree.png");

        // (d) host details: the two hosts of the blocked move side by side, and one host on its own
        fx(() -> {
            app.showDetails(DetailsRequest.hostDiff(c.from, c.to));
            return null;
        });
        shoot(stage, "screenshot-details.png");
        fx(() -> {
            app.showDetails(DetailsRequest.host(c.from));
            return null;
        });
        shoot(stage, "screenshot-host.png");

        // (e) the dark theme on the fleet matrix
        fx(() -> {
            window.setDarkTheme(true);
            matrixPane().canvas().model().setMode(PairData.Mode.FLEET);
            app.showView("Matrix");
            app.selectCell(CellSelection.ofHosts(c.fleetFrom, c.fleetTo));
            return null;
        });
        shoot(stage, "screenshot-dark.png");
        fx(() -> {
            window.setDarkTheme(false);
            return null;
        });
    }

    /** The blocked move to show: the first whose blocker is a device property (what the QOM tree explains). */
    private Choice choose() {
        FleetAnalysis a = app.getAnalysis();
        String wantVm = System.getProperty("qompat.shot.vm");
        Choice best = null;
        for (int f = 0; f < a.hosts().size() && best == null; f++) {
            for (int t = 0; t < a.hosts().size() && best == null; t++) {
                if (f == t) continue;
                for (int v = 0; v < a.vms().size(); v++) {
                    if (wantVm != null && !a.vms().get(v).name().equals(wantVm)) continue;
                    Verdict verdict = a.verdict(v, f, t);
                    if (verdict.status() != VerdictStatus.BLOCKED) continue;
                    Finding prop = verdict.findings().stream()
                            .filter(x -> x.severity() == Severity.BLOCKER && x.rule() == Rule.EFFECTIVE_PROPERTIES
                                    && x.path() != null && !x.path().isBlank() && x.property() != null)
                            .findFirst().orElse(null);
                    if (prop == null) continue;
                    best = new Choice(a.vms().get(v).name(), a.hosts().get(f).name(), a.hosts().get(t).name(), prop,
                            a.hosts().get(f).name(), a.hosts().get(t).name());
                    break;
                }
            }
        }
        if (best == null) throw new IllegalStateException("no blocked move with a device-property finding in the demo fleet");
        return best;
    }

    private void selectFindingRow(Finding f) {
        @SuppressWarnings("unchecked")
        TableView<Finding> findings = (TableView<Finding>) window.stage().getScene().lookup("#drill-findings");
        findings.getSelectionModel().select(f);
        findings.scrollTo(f);
    }

    private MatrixPane matrixPane() {
        return (MatrixPane) window.stage().getScene().lookup("#matrix-pane");
    }

    private void awaitLoad() throws Exception {
        for (int i = 0; i < 600; i++) {
            Boolean done = fx(() -> {
                Worker.State s = window.currentTask() == null ? null : window.currentTask().getState();
                return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED;
            });
            if (done) break;
            Thread.sleep(500);
        }
        settle();
    }

    /** Lets layout, deferred scrolls and the matrix's background colouring finish. */
    private static void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            Thread.sleep(400);
            fx(() -> null);
        }
    }

    private void shoot(Stage stage, String file) throws Exception {
        settle();
        Thread.sleep(800);
        WritableImage img = fx(() -> stage.getScene().snapshot(null));
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        bi.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(bi, "png", out.resolve(file).toFile());
        System.out.println("wrote " + out.resolve(file) + " (" + w + " × " + h + ")");
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                error.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (error.get() != null) throw error.get();
        return result.get();
    }

    private record Choice(String vm, String from, String to, Finding finding, String fleetFrom, String fleetTo) {
    }
}
