package org.qompat.ui.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.qompat.engine.FleetAnalysis;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.report.ConstructedFleet;
import org.qompat.report.VerdictSource;

/**
 * Not a test: takes the docs/ screenshots of presentation mode on a real X server (Xvfb), one per slide, with
 * ImageMagick's {@code import -window root}. Usage (see docs/README-screenshots or the report's notes):
 * {@code Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 java -cp target/qompat.jar:target/test-classes
 * org.qompat.ui.present.PresentationScreenshots docs [INPUT... | --test-demo]}; {@code --test-demo} is the UI
 * tests' fleet through the real engine, no inputs the report tests' constructed verdicts.
 */
public final class PresentationScreenshots {

    private PresentationScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(out);
        List<Path> inputs = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        VerdictSource source;
        Fleet fleet;
        if (args.length > 1 && args[1].equals("--test-demo")) {
            fleet = org.qompat.ui.TestFleets.demo();
            source = VerdictSource.of(FleetAnalysis.compute(fleet));
        } else if (inputs.isEmpty()) {
            ConstructedFleet c = new ConstructedFleet();
            source = c;
            fleet = c.fleet();
        } else {
            fleet = FleetLoader.load(inputs, LoadProgress.NONE);
            source = VerdictSource.of(FleetAnalysis.compute(fleet));
        }
        Platform.startup(() -> { });
        CompletableFuture<Stage> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(PresentationMode.open(source, fleet, new BitSet(), null, false)));
        Stage stage = opened.get();
        PresentationDeck deck = waitForDeck(stage);
        for (int i = 0; i < deck.size(); i++) {
            int slide = i;
            Platform.runLater(() -> deck.show(slide));
            if (slide == 3) waitForBaseline(deck);
            String name = String.format("presentation-%d-%s.png", slide + 1,
                    PresentationDeck.TITLES.get(slide).toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            captureWhenSettled(out.resolve(name));
            System.out.println("wrote " + out.resolve(name));
        }
        Platform.runLater(stage::close);
        Platform.exit();
    }

    private static void captureWhenSettled(Path file) throws Exception {
        org.qompat.ui.ScreenCapture.captureWhenSettled(file, 700);
    }

    private static PresentationDeck waitForDeck(Stage stage) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            AtomicReference<Node> child = new AtomicReference<>();
            CompletableFuture<Void> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                var root = (javafx.scene.Parent) stage.getScene().getRoot();
                child.set(root.getChildrenUnmodifiable().isEmpty() ? null : root.getChildrenUnmodifiable().get(0));
                f.complete(null);
            });
            f.join();
            if (child.get() instanceof PresentationDeck deck) return deck;
            Thread.sleep(100);
        }
        throw new IllegalStateException("the presentation did not come up");
    }

    private static void waitForBaseline(PresentationDeck deck) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            CompletableFuture<Boolean> pending = new CompletableFuture<>();
            Platform.runLater(() -> pending.complete(deck.lookup(".slide-subtitle") instanceof javafx.scene.control.Label l
                    && l.getText().startsWith("Computing")));
            if (!pending.join()) break;
            Thread.sleep(200);
        }
        Thread.sleep(800);
    }
}
