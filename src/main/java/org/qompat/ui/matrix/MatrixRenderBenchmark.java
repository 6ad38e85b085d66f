package org.qompat.ui.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame times of the matrix canvas on a synthetic 2,000 × 2,000 matrix (every class expanded), for panning at
 * several zoom levels and for a zoom sweep. Each frame changes the viewport, paints, and lets JavaFX render one
 * pulse; with {@code -Djavafx.animation.fullspeed=true} pulses are not capped at 60 Hz, so the interval between
 * frames is the wall time of a frame (paint + rasterisation). Because the build machine is shared, it also
 * reports the CPU time the FX thread and the render thread spent per frame, which other load barely changes.
 * Also reports the paint call alone and the image rebuild after a data change. Run it on a (virtual)
 * display with the shaded jar, as recorded in docs/performance.md:
 * <pre>
 * Xvfb :92 -screen 0 1600x1000x24 &amp;
 * DISPLAY=:92 java -Djavafx.animation.fullspeed=true -cp target/qompat.jar org.qompat.ui.matrix.MatrixRenderBenchmark [hosts]
 * </pre>
 */
public final class MatrixRenderBenchmark {

    private static final int FRAMES = 150;

    private MatrixRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        SyntheticMatrixSource source = new SyntheticMatrixSource(hosts, 40, 200, 42);
        MatrixModel model = new MatrixModel();
        MatrixCanvas[] canvas = new MatrixCanvas[1];
        onFx(() -> {
            BitSet all = new BitSet();
            all.set(0, hosts);
            BitSet vms = new BitSet();
            vms.set(0, source.vmCount());
            model.setSource(source, all, vms);
            canvas[0] = new MatrixCanvas(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(canvas[0], 1280, 900));
            stage.show();
        });
        Thread.sleep(300);
        onFx(() -> model.setAllExpanded(true));
        MatrixCanvas c = canvas[0];
        boolean[] ready = {false};
        while (!ready[0]) {
            Thread.sleep(50);
            onFx(() -> ready[0] = c.imageCurrent());
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double rebuild = Double.MAX_VALUE;
        for (int k = 0; k < 5; k++) { // the colouring a data change costs, warm, on this thread's CPU clock
            long t0 = mx.getCurrentThreadCpuTime();
            MatrixImage.of(model.getAxis().size(), MatrixImage.pixels(model.getAxis(), model.getPairs()));
            rebuild = Math.min(rebuild, (mx.getCurrentThreadCpuTime() - t0) / 1e6);
        }
        MatrixViewport vp = c.viewport();
        System.out.printf("matrix %d x %d (%d classes, %d VMs), viewport %.0f x %.0f px%n", model.getAxis().size(),
                model.getAxis().size(), source.classCount(), source.vmCount(), vp.width(), vp.height());
        System.out.printf("image rebuild after a data change (%d cells, worker thread CPU): %.1f ms%n", (long) hosts * hosts, rebuild);
        System.out.printf("fullspeed pulses: %s%n", Boolean.getBoolean("javafx.animation.fullspeed"));
        System.out.println("frame times in ms; wall = interval between frames, cpu = FX + render thread CPU per frame");
        System.out.println("scenario                      wall median    p95    max |  cpu median    p95    max | paint median");
        for (double cell : new double[] {vp.minCellSize(), 2, 8, 24}) {
            run(String.format("pan at %.2f px/cell", cell), c, i -> {
                if (i == 0) {
                    vp.setCellSize(cell);
                    vp.scrollTo(0, 0);
                }
                double step = Math.max(9, vp.width() / 60);
                vp.scrollTo((i * step) % Math.max(1, vp.maxScrollX()), (i * step * 0.7) % Math.max(1, vp.maxScrollY()));
            });
        }
        run("zoom sweep (fit ⇄ 40 px)", c, i -> {
            if (i == 0) vp.fit();
            double f = (i / 60) % 2 == 0 ? 1.07 : 1 / 1.07;
            vp.zoomAround(f, vp.width() * 0.4, vp.height() * 0.6);
        });
        run("hover + cursor moves", c, i -> {
            if (i == 0) vp.setCellSize(12);
            model.setHover(new CellRef(vp.firstVisibleRow() + i % 30, vp.firstVisibleCol() + i % 40));
        });
        Platform.exit();
    }

    /** Runs FRAMES frames, one per pulse, and prints frame and paint statistics. */
    private static void run(String name, MatrixCanvas c, IntConsumer change) throws Exception {
        List<Double> frames = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> paints = new ArrayList<>();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] threads = frameThreads();
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> new AnimationTimer() {
            private int i;
            private long last;
            private long lastCpu;

            @Override
            public void handle(long now) {
                long start = System.nanoTime();
                long cpuNow = 0;
                for (long id : threads) cpuNow += Math.max(0, mx.getThreadCpuTime(id));
                if (last != 0 && i > 5) {
                    frames.add((start - last) / 1e6);
                    cpu.add((cpuNow - lastCpu) / 1e6);
                }
                last = start;
                lastCpu = cpuNow;
                change.accept(i);
                c.viewportChanged();
                long p = System.nanoTime();
                c.renderNow();
                if (i > 5) paints.add((System.nanoTime() - p) / 1e6);
                if (++i >= FRAMES) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        if (!done.await(5, TimeUnit.MINUTES)) throw new IllegalStateException("benchmark stalled");
        System.out.printf("%-28s %8.2f %7.2f %7.2f | %8.2f %7.2f %7.2f | %8.2f%n", name, pct(frames, 50), pct(frames, 95),
                pct(frames, 100), pct(cpu, 50), pct(cpu, 95), pct(cpu, 100), pct(paints, 50));
    }

    /** The FX application thread and the render thread: together they do all the work of a frame. */
    private static long[] frameThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread") || t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).toArray();
    }

    private static double pct(List<Double> values, double p) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        if (a.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100 * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))];
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                l.countDown();
            }
        });
        l.await();
    }
}
