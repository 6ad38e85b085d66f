package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final ConstructedFleet FLEET = new ConstructedFleet();
    private static String html;
    private static Document doc;

    @BeforeAll
    static void render() throws Exception {
        html = HtmlReport.render(FLEET, ReportExporter.all(FLEET), FLEET.context(), ExportProgress.NONE);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isOneSelfContainedWellFormedDocument() throws Exception {
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(nodes("//style")).hasSize(1);
        assertThat(nodes("//script")).isEmpty();
        // nothing is fetched from elsewhere: no external stylesheet, image or font
        assertThat(nodes("//link")).isEmpty();
        for (Element img : nodes("//img")) assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("url(http")
                .doesNotContain("@import");
    }

    @Test
    void embedsTheMatrixAsAPngOfTheFleet() throws Exception {
        List<Element> images = nodes("//section[@id='matrix']//img");
        assertThat(images).hasSize(1);
        byte[] png = Base64.getDecoder().decode(images.get(0).getAttribute("src").substring("data:image/png;base64,".length()));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));

        // 6 hosts at the largest scale (32 px), with labels, and not one flat colour
        assertThat(img.getWidth()).isGreaterThan(6 * 32);
        assertThat(img.getRGB(img.getWidth() - 17, img.getHeight() - 17)).isNotEqualTo(img.getRGB(0, 0));
        assertThat(images.get(0).getAttribute("alt")).contains("all 4 VMs");
    }

    @Test
    void listsTheBlockersRankedByImpact() throws Exception {
        List<Element> rows = nodes("//section[@id='blockers']//tbody/tr");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getTextContent()).contains("migration-blocker").contains("nvme is not migratable")
                .contains("36");
        assertThat(rows.get(1).getTextContent()).contains("machine-type").contains("14").contains("web, uso");
        assertThat(rows.get(2).getTextContent()).contains("platform-feature").contains("host_uso")
                .contains("on").contains("off");
    }

    @Test
    void showsTheHeadlineNumbers() throws Exception {
        String summary = text("//section[@id='summary']");
        assertThat(summary).contains("0.0 %").contains("of host pairs can take every selected VM");
        assertThat(summary).contains("Blocked: 53").contains("Unknown: 6").contains("Warn: 8").contains("OK: 77");
    }

    @Test
    void everyVmHasItsFindingsWithProvenance() throws Exception {
        List<Element> vms = nodes("//section[@id='vms']/details");
        assertThat(vms).extracting(e -> e.getAttribute("id")).containsExactly("vm-web", "vm-db", "vm-uso", "vm-nvme");

        String uso = text("//details[@id='vm-uso']");
        assertThat(uso).contains("runs on new-3").contains("can move to 2 of 5 other hosts");
        assertThat(uso).contains("host_uso").contains("vms/vm.json @ /qom/machine/peripheral/net0")
                .contains("hosts/dest.json @ /build/types/host_uso");
        // web's machine-type blocker covers 4 × 2 host pairs, its alias warning 2 × 4
        String web = text("//details[@id='vm-web']");
        assertThat(web).contains("Machine type received is 'pc-q35-10.0'").contains("alias");
        assertThat(text("//details[@id='vm-db']")).contains("no -dump-vmstate");
    }

    @Test
    void inventoriesTheInputsAndSaysWhenAndFromWhat() throws Exception {
        String inputs = text("//section[@id='inputs']");
        assertThat(inputs).contains("hosts/old-1.json").contains("vms/nvme.json").contains("QEMU 7.2.15");
        assertThat(inputs).contains("broken/host-x.json").contains("/cpu/flags")
                .contains("expected an array of strings");
        assertThat(inputs).contains("Host classes (3)").contains("old-1, old-2").contains("new-1, new-2, new-3");
        // a file the load read that is nobody's own (the manifest) is listed too
        assertThat(inputs).contains("fleet.json").contains(HtmlInventory.READ_ONLY);
        assertThat(text("//footer")).contains("2026-11-05 10:15:30 UTC").contains("qompat test")
                .contains("hosts/, vms/, broken/");
    }

    @Test
    void inventoryPathsUnderTheWorkingDirectoryAreShownRelative() {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        assertThat(HtmlInventory.shown(cwd.resolve("samples/fleet.json")))
                .isEqualTo(java.nio.file.Path.of("samples", "fleet.json").toString());
        java.nio.file.Path elsewhere = cwd.getRoot().resolve("elsewhere-" + System.nanoTime()).resolve("f.json");
        assertThat(HtmlInventory.shown(elsewhere)).isEqualTo(elsewhere.toString());
    }

    private static List<Element> nodes(String xpath) throws Exception {
        NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static String text(String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc).replace('\u202f', ' ');
    }
}
