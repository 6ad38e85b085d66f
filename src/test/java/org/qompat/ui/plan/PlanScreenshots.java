package org.qompat.ui.plan;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.qompat.engine.FleetAnalysis;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;

/**
 * Opens each planning view in a real window (run under Xvfb), lets it compute, optionally drives it a little,
 * and writes what the window shows to docs/. Not a test; run with the test class path:
 * {@code Xvfb :99 & DISPLAY=:99 java -cp … org.qompat.ui.plan.PlanScreenshots samples docs}.
 */
public final class PlanScreenshots extends Application {

    private static Path input;
    private static Path outDir;

    public static void main(String[] args) {
        input = Path.of(args.length > 0 ? args[0] : "samples");
        outDir = Path.of(args.length > 1 ? args[1] : "docs");
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Fleet fleet = FleetLoader.load(List.of(input), LoadProgress.NONE);
        FleetAnalysis analysis = FleetAnalysis.compute(fleet);
        AppModel app = new AppModel();
        app.publish(fleet, analysis);
        Files.createDirectories(outDir);
        new Thread(() -> {
            try {
                shoot(stage, app, new org.qompat.ui.baseline.BaselineView(), "baseline-view.png", root -> {
                }, ScreenshotScripts::baselineReady);
                shoot(stage, app, new org.qompat.ui.whatif.WhatIfView(), "whatif-view.png", ScreenshotScripts::whatIf,
                        ScreenshotScripts::whatIfReady);
                shoot(stage, app, new org.qompat.ui.capacity.CapacityView(), "capacity-view.png",
                        ScreenshotScripts::capacity, ScreenshotScripts::capacityReady);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }).start();
    }

    private void shoot(Stage stage, AppModel app, FeatureView view, String file, Consumer<Parent> script,
                       java.util.function.Predicate<Parent> ready) throws Exception {
        Parent[] root = new Parent[1];
        onFx(() -> {
            Node n = view.build(app);
            root[0] = (Parent) n;
            stage.setScene(new Scene(root[0], 1440, Integer.getInteger("qompat.shot.height", 1180)));
            stage.setTitle("Qompat — " + view.title());
            stage.show();
        });
        Thread.sleep(4000);
        onFx(() -> script.accept(root[0]));
        boolean[] done = new boolean[1];
        for (int i = 0; i < 240 && !done[0]; i++) {
            Thread.sleep(1000);
            onFx(() -> done[0] = ready.test(root[0]));
        }
        Thread.sleep(1500);
        onFx(() -> {
            WritableImage img = stage.getScene().snapshot(null);
            try {
                ImageIO.write(toAwt(img), "png", outDir.resolve(file).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("wrote " + outDir.resolve(file));
    }

    private static void onFx(Runnable r) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static BufferedImage toAwt(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }
}
