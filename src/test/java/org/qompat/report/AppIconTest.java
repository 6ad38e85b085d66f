package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The icon jpackage uses and the one embedded in the jar (window, HTML report) must be the same picture. */
class AppIconTest {

    @Test
    void theEmbeddedIconIsThePackagedOne() throws Exception {
        assertThat(BrandMark.source()).isEqualTo(Files.readString(Path.of("jpackage/icons/qompat.svg")));
        String inline = BrandMark.svg(48);
        assertThat(inline).startsWith("<svg").contains("width=\"48\" height=\"48\"").doesNotContain("<!--");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(inline.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void eachRenderedSizeIsSquareOfItsNameAndNotBlank(int size) throws Exception {
        BufferedImage img = ImageIO.read(Path.of("jpackage/icons/qompat-" + size + ".png").toFile());

        assertThat(img.getWidth()).isEqualTo(size);
        assertThat(img.getHeight()).isEqualTo(size);
        // transparent corners (rounded square), opaque centre
        assertThat(img.getRGB(0, 0) >>> 24).isZero();
        assertThat(img.getRGB(size / 2, size / 2) >>> 24).isEqualTo(255);
    }
}
