package org.qompat.ui.export;

import java.nio.file.Files;
import javafx.concurrent.Task;
import org.qompat.report.ExportProgress;
import org.qompat.report.ReportExporter;

/**
 * One export off the FX thread: progress and the current step flow into the Task's properties (which JavaFX
 * coalesces onto the FX thread), and cancelling the task stops the export between steps. Its value is the size of
 * the written file in bytes.
 */
public final class ExportTask extends Task<Long> {

    private final ReportExporter.Request request;

    public ExportTask(ReportExporter.Request request) {
        this.request = request;
        updateTitle("Export " + request.format().description());
    }

    @Override
    protected Long call() throws Exception {
        ReportExporter.export(request, new ExportProgress() {
            @Override
            public void update(double fraction, String step) {
                updateProgress(fraction, 1);
                updateMessage(step);
            }

            @Override
            public boolean isCancelled() {
                return ExportTask.this.isCancelled();
            }
        });
        updateMessage("wrote " + request.target());
        return Files.size(request.target());
    }

    public ReportExporter.Request request() {
        return request;
    }
}
