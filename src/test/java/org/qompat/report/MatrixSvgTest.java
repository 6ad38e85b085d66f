package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MatrixSvgTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @Test
    void aCompletelyBlockedVmIsOneGroupPerRowSplitOnlyByTheDiagonal() throws Exception {
        Document svg = parse(MatrixCells.of(fleet, List.of("nvme")));

        List<Element> cells = cellRects(svg);
        // row 0: [diagonal][5 more]; rows 1–4: [before][diagonal][after]; row 5: [5 before][diagonal]
        assertThat(cells).hasSize(2 + 3 * 4 + 2);
        assertThat(cells.get(0).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("old-1 \u2192 old-1: Blocked");
        assertThat(cells.get(1).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("old-1 \u2192 old-2 \u2026 new-3 (5 hosts): Blocked");
    }

    @Test
    void groupsTileEveryRowExactlyOnce() throws Exception {
        MatrixCells matrix = MatrixCells.of(fleet, List.of());
        List<Element> cells = cellRects(parse(matrix));

        Map<Integer, Integer> widthByRow = new TreeMap<>();
        for (Element r : cells) {
            widthByRow.merge(Integer.parseInt(r.getAttribute("y")), Integer.parseInt(r.getAttribute("width")),
                    Integer::sum);
        }
        assertThat(widthByRow).hasSize(6);
        assertThat(widthByRow.values()).allMatch(w -> w == 6 * MatrixSvg.CELL);
        // all VMs: each row's cells differ per destination class (old, mid, new) and on the diagonal, so each row
        // has at least 3 groups and at most 3 + 2 (the diagonal splitting its class run in three)
        assertThat(cells.size()).isBetween(6 * 3, 6 * 5);
        assertThat(cells).allMatch(r -> r.getAttribute("fill").startsWith("url(#p"));
    }

    @Test
    void everyPatternTheCellsUseIsDeclaredAndHostNamesAreLabelled() throws Exception {
        Document svg = parse(MatrixCells.of(fleet, List.of("web")));

        List<String> declared = new ArrayList<>();
        NodeList patterns = svg.getElementsByTagName("pattern");
        for (int i = 0; i < patterns.getLength(); i++) declared.add(((Element) patterns.item(i)).getAttribute("id"));
        for (Element r : cellRects(svg)) {
            String fill = r.getAttribute("fill");
            assertThat(declared).contains(fill.substring(5, fill.length() - 1));
        }
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("new-3").contains("Blocked").contains("Warn");
    }

    static Document parse(MatrixCells cells) throws Exception {
        StringWriter out = new StringWriter();
        MatrixSvg.write(cells, out, ExportProgress.NONE);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> cellRects(Document svg) {
        List<Element> out = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element e = (Element) rects.item(i);
            if ("cell".equals(e.getAttribute("class"))) out.add(e);
        }
        return out;
    }
}
