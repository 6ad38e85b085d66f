package org.qompat.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Set;
import org.qompat.io.AtomicFiles;

/**
 * Writes one export to a file, the format chosen by the file's extension. The file is written atomically (temp
 * file beside it, then one rename), so a reader never sees half a report and a cancelled or failed export leaves
 * the old file as it was; a file that was loaded as input is refused before anything is computed.
 */
public final class ReportExporter {

    /**
     * One export: the analysis, which VMs (empty = all), the report's origin, where to write, the PNG scale in
     * pixels per cell, and the files that must not be overwritten (see {@link ProtectedInputs}).
     */
    public record Request(VerdictSource source, BitSet vms, ReportContext context, Path target, int scale,
                          Set<Path> protectedFiles) {

        public Request {
            vms = (BitSet) vms.clone();
            protectedFiles = Set.copyOf(protectedFiles);
        }

        public ExportFormat format() {
            return ExportFormat.forFile(target);
        }
    }

    private ReportExporter() {
    }

    public static void export(Request r, ExportProgress progress) throws IOException {
        ExportFormat format = r.format();
        Path target = r.target().toAbsolutePath().normalize();
        if (Files.isDirectory(target)) throw new IOException("cannot write " + target + ": it is a directory");
        AtomicFiles.refuseInput(target, r.protectedFiles());
        BitSet vms = r.vms().isEmpty() ? all(r.source()) : r.vms();
        progress.update(0, "exporting " + format.description());
        switch (format) {
            case PNG -> {
                MatrixCells cells = MatrixCells.of(r.source(), vms);
                var image = MatrixImage.render(cells, MatrixImage.Options.forScale(r.scale()), progress.phase(0, 0.4));
                AtomicFiles.write(target, out -> buffered(out, b -> PngEncoder.write(image, b, progress.phase(0.4, 1))),
                        r.protectedFiles());
            }
            case SVG -> {
                MatrixCells cells = MatrixCells.of(r.source(), vms);
                AtomicFiles.write(target, out -> writeText(out, w -> MatrixSvg.write(cells, w, progress)),
                        r.protectedFiles());
            }
            case HTML -> {
                String html = HtmlReport.render(r.source(), vms, r.context(), progress.phase(0, 0.95));
                AtomicFiles.write(target, html.getBytes(StandardCharsets.UTF_8), r.protectedFiles());
            }
            case CSV, JSON -> AtomicFiles.write(target, out -> buffered(out, b -> VerdictTable.write(format,
                    r.source(), vms, b, progress)), r.protectedFiles());
        }
        progress.update(1, "wrote " + target);
    }

    static BitSet all(VerdictSource source) {
        BitSet all = new BitSet();
        all.set(0, source.vms().size());
        return all;
    }

    private interface TextBody {
        void write(Writer w) throws IOException;
    }

    private static void writeText(OutputStream out, TextBody body) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        body.write(w);
        w.flush();
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Buffers the body's writes and flushes them; AtomicFiles closes (and syncs) the underlying stream itself. */
    private static void buffered(OutputStream out, Body body) throws IOException {
        BufferedOutputStream b = new BufferedOutputStream(out, 1 << 16);
        body.write(b);
        b.flush();
    }
}
