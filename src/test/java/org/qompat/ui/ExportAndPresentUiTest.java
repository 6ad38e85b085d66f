package org.qompat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.report.ExportFormat;
import org.qompat.report.MatrixImage;
import org.qompat.report.MatrixCells;
import org.qompat.report.VerdictSource;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The report feature from the main window: File → Export… writes a file in the background; View → Presentation. */
class ExportAndPresentUiTest extends ApplicationTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = WindowFixture.open(stage, (inputs, progress) -> TestFleets.demo());
    }

    @Test
    void fileExportWritesThePngAtTheChosenScaleInTheBackground() throws Exception {
        WindowFixture.showAndWait(window, TestFleets.demo());
        clickOn("File").clickOn("Export\u2026");
        WaitForAsyncUtils.waitForFxEvents();

        ChoiceBox<ExportFormat> format = lookup("#exportFormat").queryAs(ChoiceBox.class);
        interact(() -> format.setValue(ExportFormat.PNG));
        TextField file = lookup("#exportFile").queryAs(TextField.class);
        Path png = dir.resolve("fleet.png");
        interact(() -> file.setText(png.toString()));
        Spinner<Integer> scale = lookup("#exportScale").queryAs(Spinner.class);
        interact(() -> scale.getValueFactory().setValue(5));
        clickOn("#exportRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#exportStatus").queryAs(Label.class).getText()
                .startsWith("Wrote"));

        BufferedImage img = ImageIO.read(png.toFile());
        VerdictSource all = VerdictSource.of(window.model().getAnalysis());
        MatrixImage.Layout layout = MatrixImage.layout(MatrixCells.of(all, new java.util.BitSet()),
                MatrixImage.Options.forScale(5));
        assertThat(img.getWidth()).isEqualTo(layout.width());
        assertThat(img.getHeight()).isEqualTo(layout.height());
        assertThat(layout.matrixSide()).isEqualTo(TestFleets.demo().hosts().size() * 5);
        assertThat(lookup("#exportStatus").queryAs(Label.class).getText()).contains("fleet.png");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(png);
        }
    }

    @Test
    void viewPresentationModeOpensFullScreenAndEscReturnsToTheWindow() throws Exception {
        WindowFixture.showAndWait(window, TestFleets.demo());
        clickOn("View").clickOn("Presentation Mode");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#presentMatrix").tryQuery().isPresent());
        Stage presentation = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle().contains("presentation")).findFirst().orElseThrow();
        assertThat(presentation.isFullScreen()).isTrue();

        type(KeyCode.RIGHT);
        assertThat(lookup("#presentBlocker1").tryQuery()).isPresent();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.isShowing()).isFalse();
        assertThat(window.stage().isShowing()).isTrue();
    }
}
