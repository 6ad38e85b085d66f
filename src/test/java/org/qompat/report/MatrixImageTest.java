package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MatrixImageTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @Test
    void aBareMatrixIsExactlyHostsTimesScalePixels() throws Exception {
        MatrixCells cells = MatrixCells.of(fleet, List.of("web"));

        byte[] png = PngEncoder.bytes(MatrixImage.render(cells, new MatrixImage.Options(7, false, false),
                ExportProgress.NONE), ExportProgress.NONE);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(read.getWidth()).isEqualTo(6 * 7);
        assertThat(read.getHeight()).isEqualTo(6 * 7);
    }

    @Test
    void eachCellHasItsVerdictColourAndTheDiagonalIsMarked() {
        MatrixCells cells = MatrixCells.of(fleet, List.of("web"));
        BufferedImage img = MatrixImage.render(cells, new MatrixImage.Options(10, false, false), ExportProgress.NONE);

        // positions: 0-1 old, 2 mid, 3-5 new; sample the cell centres (away from class separators)
        assertThat(rgb(img, 3, 0)).isEqualTo(VerdictPalette.BLOCKED & 0xFFFFFF);
        assertThat(rgb(img, 0, 3)).isEqualTo(VerdictPalette.WARN & 0xFFFFFF);
        assertThat(rgb(img, 4, 5)).isEqualTo(VerdictPalette.OK & 0xFFFFFF);
        assertThat(rgb(img, 4, 4)).isEqualTo(VerdictPalette.diagonal(VerdictPalette.OK) & 0xFFFFFF);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) colours.add(img.getRGB(x, y) & 0xFFFFFF);
        }
        assertThat(colours).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void labelsAndLegendMakeRoomAndCarryInk() {
        MatrixCells cells = MatrixCells.of(fleet, List.of());
        MatrixImage.Options opts = MatrixImage.Options.forScale(20);
        MatrixImage.Layout layout = MatrixImage.layout(cells, opts);
        BufferedImage img = MatrixImage.render(cells, opts, ExportProgress.NONE);

        assertThat(opts.labels()).isTrue();
        assertThat(img.getWidth()).isEqualTo(layout.width()).isGreaterThan(6 * 20 + layout.left());
        assertThat(img.getHeight()).isGreaterThan(layout.top() + 6 * 20 + MatrixLegend.HEIGHT);
        // the row labels sit left of the matrix: some dark pixels there, on row "old-1"
        assertThat(darkPixels(img, 0, layout.top(), layout.left(), 20)).isGreaterThan(10);
        // the legend band under the matrix has ink (caption and keys)
        assertThat(darkPixels(img, 0, layout.legendTop(), img.getWidth(), MatrixLegend.HEIGHT)).isGreaterThan(200);
        // a "3/4" count is drawn on the old → old cell in dark or white ink, so its pixels are not all the fill
        int fill = cells.argb(0, 1) & 0xFFFFFF;
        int differing = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                if ((img.getRGB(layout.left() + 20 + x, layout.top() + y) & 0xFFFFFF) != fill) differing++;
            }
        }
        assertThat(differing).isGreaterThan(8);
    }

    @Test
    void refusesAnImageTooBigToHold() {
        MatrixCells cells = MatrixCells.of(fleet, List.of());
        assertThatThrownBy(() -> new MatrixImage.Options(65, false, false)).hasMessageContaining("1..64");
        assertThat(MatrixImage.MAX_PIXELS).isLessThan((long) Integer.MAX_VALUE);
        assertThat(MatrixImage.layout(cells, new MatrixImage.Options(64, false, false)).width()).isEqualTo(384);
    }

    private static int rgb(BufferedImage img, int row, int col) {
        return img.getRGB(col * 10 + 5, row * 10 + 5) & 0xFFFFFF;
    }

    private static int darkPixels(BufferedImage img, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = x0; x < Math.min(img.getWidth(), x0 + w); x++) {
                int c = img.getRGB(x, y);
                int lum = ((c >> 16 & 255) + (c >> 8 & 255) + (c & 255)) / 3;
                if (lum < 100) n++;
            }
        }
        return n;
    }

    @Test
    void aCountTooWideForItsCellStillShowsTheMovableNumber() {
        // 12 VMs: a count like "11/12" does not fit a 16 px cell even at the smallest font, "11" does
        MatrixCells cells = MatrixCells.of(new SyntheticVerdicts(6, 3, 12), List.of());
        int scale = 16;
        BufferedImage img = MatrixImage.render(cells, new MatrixImage.Options(scale, false, false),
                ExportProgress.NONE);
        int checked = 0;
        for (int p = 0; p < cells.size(); p++) {
            for (int q = 0; q < cells.size(); q++) {
                String glyph = cells.cell(p, q).glyph();
                if (p == q || !glyph.matches("\\d+/\\d{2}")) continue;
                int fill = cells.argb(p, q) & 0xFFFFFF;
                int inked = 0;
                for (int y = 2; y < scale - 2; y++) {
                    for (int x = 2; x < scale - 2; x++) {
                        if ((img.getRGB(q * scale + x, p * scale + y) & 0xFFFFFF) != fill) inked++;
                    }
                }
                assertThat(inked).as("ink on cell %d→%d (%s)", p, q, glyph).isGreaterThan(6);
                checked++;
            }
        }
        assertThat(checked).as("cells with a two-digit count").isPositive();
    }
}
