package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExporterTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @TempDir
    Path dir;

    @Test
    void theExtensionChoosesTheFormat() {
        assertThat(ExportFormat.forFile(Path.of("r.HTML"))).isEqualTo(ExportFormat.HTML);
        assertThat(ExportFormat.forFile(Path.of("a/b.svg"))).isEqualTo(ExportFormat.SVG);
        assertThatThrownBy(() -> ExportFormat.forFile(Path.of("matrix.gif")))
                .hasMessageContaining("matrix.gif").hasMessageContaining(".html .png .svg .csv .json");
    }

    @Test
    void writesAPngAtTheChosenScale() throws Exception {
        Path png = dir.resolve("m.png");
        export(png, 3, Set.of());

        var img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThanOrEqualTo(6 * 3 + 2 * MatrixImage.MARGIN);
        assertThat(leftovers()).containsExactly(png);
    }

    @Test
    void refusesToOverwriteAnInputAndLeavesItUntouched() throws Exception {
        Path input = dir.resolve("hosts/old-1.json");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "{\"format\":\"qompat.host/1\"}");
        Set<Path> inputs = ProtectedInputs.of(List.of(dir.resolve("hosts")), fleet.fleet());

        assertThatThrownBy(() -> export(dir.resolve("hosts/../hosts/old-1.json"), 4, inputs))
                .isInstanceOf(IOException.class).hasMessageContaining("refusing to overwrite")
                .hasMessageContaining("loaded as input");
        assertThat(Files.readString(input)).isEqualTo("{\"format\":\"qompat.host/1\"}");
        assertThat(leftovers()).containsExactly(input);
    }

    @Test
    void aFileInAnInputFolderIsProtectedEvenIfItFailedToLoad() throws Exception {
        Path broken = dir.resolve("in/index.html");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a QEMU dump");

        Set<Path> inputs = ProtectedInputs.of(List.of(dir.resolve("in")), fleet.fleet());

        assertThat(inputs).contains(broken);
        assertThatThrownBy(() -> export(broken, 4, inputs)).hasMessageContaining("refusing to overwrite");
    }

    @Test
    void replacesAPreviousExportInOneStep() throws Exception {
        Path html = dir.resolve("report.html");
        Files.writeString(html, "old report");

        export(html, 4, Set.of());

        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("nvme");
        assertThat(leftovers()).containsExactly(html);
    }

    @Test
    void aCancelledExportLeavesThePreviousFileAsItWas() throws Exception {
        Path svg = dir.resolve("m.svg");
        Files.writeString(svg, "previous");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> ReportExporter.export(request(svg, 4, Set.of()), cancelled))
                .isInstanceOf(ExportProgress.Cancelled.class);
        assertThat(Files.readString(svg)).isEqualTo("previous");
        assertThat(leftovers()).containsExactly(svg);
    }

    @Test
    void refusesADirectoryAsTarget() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("out.html"));
        assertThatThrownBy(() -> export(sub, 4, Set.of())).hasMessageContaining("is a directory");
    }

    private void export(Path target, int scale, Set<Path> inputs) throws IOException {
        ReportExporter.export(request(target, scale, inputs), ExportProgress.NONE);
    }

    private ReportExporter.Request request(Path target, int scale, Set<Path> inputs) {
        return new ReportExporter.Request(fleet, new BitSet(), fleet.context(), target, scale, inputs);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
