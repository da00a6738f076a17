package vn.vanban.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.testing.DocxText;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Box 13 (ô số 13): the issuer's contact lines at the foot of the document's first page, inside
 * the text area, under a solid line as wide as the text; in the DOCX a frame anchored on page 1,
 * in the PDF the first page's own region; never on a later page or a part's first page.
 */
class ContactBlockTest {

    private static final Vanban VANBAN = Vanban.builder().build();
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ADDRESS = "Địa chỉ: 01 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thị xã Đức Phổ";
    private static final String PHONE = "Điện thoại: 0255 3859 123; Thư điện tử: ubnd@ducpho.quangngai.gov.vn";
    private static final double MM = 72 / 25.4;

    /** A plan of some four pages: forty paragraphs of four lines each. */
    private static Plan longPlan(String... contact) {
        Plan.Builder b = Plan.builder().issuer("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ").date("2024")
                .summary("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024")
                .recipients("VT", "Các xã, phường")
                .signatory(new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", "Bùi Văn Lý"))
                .contact(contact);
        for (int i = 1; i <= 40; i++) {
            b.body(BodyNode.paragraph("Đoạn " + i + ". Tuyên truyền kịp thời, sâu rộng chủ trương, đường lối "
                    + "của Đảng, chính sách pháp luật của Nhà nước về công tác kiểm soát thủ tục hành chính, "
                    + "nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân trên địa bàn thị xã."));
        }
        return b.build();
    }

    private static byte[] render(Plan plan, DocumentPart part, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(plan, part, format, out);
        return out.toByteArray();
    }

    private static byte[] render(Plan plan, OutputFormat format) {
        return render(plan, DocumentPart.WHOLE, format);
    }

    @Test
    void theDocxFramesTheLinesAtTheFootOfTheMarginsRightAfterTheHeaderUnderOneBorder() throws Exception {
        Document doc = documentXml(render(longPlan(ADDRESS, PHONE), OutputFormat.DOCX));
        Element body = (Element) doc.getElementsByTagNameNS(W, "body").item(0);
        List<Element> top = children(body);
        assertEquals("tbl", top.get(0).getLocalName(), "the header table comes first");
        Element sectPr = (Element) doc.getElementsByTagNameNS(W, "sectPr").item(0);
        Element size = child(sectPr, "pgSz");
        Element margins = child(sectPr, "pgMar");
        int textWidth = Integer.parseInt(size.getAttributeNS(W, "w")) - Integer.parseInt(margins.getAttributeNS(W, "left"))
                - Integer.parseInt(margins.getAttributeNS(W, "right"));
        String firstFrame = null;
        for (int i = 1; i <= 2; i++) {
            Element p = top.get(i);
            assertEquals(i == 1 ? ADDRESS : PHONE, text(p));
            Element pPr = child(p, "pPr");
            assertEquals("VbContact", child(pPr, "pStyle").getAttributeNS(W, "val"));
            Element frame = child(pPr, "framePr");
            assertNotNull(frame, "paragraph " + i + " is framed");
            assertEquals(Integer.toString(textWidth), frame.getAttributeNS(W, "w"), "as wide as the text");
            assertEquals("around", frame.getAttributeNS(W, "wrap"));
            assertEquals("margin", frame.getAttributeNS(W, "vAnchor"));
            assertEquals("margin", frame.getAttributeNS(W, "hAnchor"));
            assertEquals("center", frame.getAttributeNS(W, "xAlign"));
            assertEquals("bottom", frame.getAttributeNS(W, "yAlign"), "at the foot of the text area");
            assertEquals("120", frame.getAttributeNS(W, "vSpace"), "6 pt clear of the text above");
            Element border = child(child(pPr, "pBdr"), "top");
            assertEquals("single", border.getAttributeNS(W, "val"));
            assertEquals("4", border.getAttributeNS(W, "sz"), "a 0.5 pt line");
            // Word joins paragraphs with the same frame into one, and draws the same border once over them.
            String frameAndBorder = serialize(frame) + serialize(child(pPr, "pBdr"));
            if (firstFrame == null) {
                firstFrame = frameAndBorder;
            }
            assertEquals(firstFrame, frameAndBorder, "paragraph " + i + " has the first one's frame and border");
        }
        Element after = top.get(3);
        assertEquals(null, child(child(after, "pPr"), "framePr"), "the text after it is not framed");
        assertEquals("KẾ HOẠCH", text(after));
    }

    @Test
    void thePdfPrintsTheLinesAtTheFootOfPageOneOnlyUnderAFullWidthLine() throws Exception {
        byte[] pdf = render(longPlan(ADDRESS, PHONE), OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() >= 3, "a long plan: " + d.getNumberOfPages() + " pages");
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(Normalizer.normalize(s.getText(d), Normalizer.Form.NFC));
            }
            assertTrue(pages.get(0).contains(ADDRESS) && pages.get(0).contains(PHONE), pages.get(0));
            for (int i = 1; i < pages.size(); i++) {
                assertFalse(pages.get(i).contains("Địa chỉ") || pages.get(i).contains("Điện thoại"), "page " + (i + 1));
            }
            double bottom = d.getPage(0).getMediaBox().getHeight() - 20 * MM;
            List<Line> lines = lines(d, 1);
            Line address = lines.stream().filter(l -> l.text().startsWith("Địa chỉ")).findFirst().orElseThrow();
            Line phone = lines.stream().filter(l -> l.text().startsWith("Điện thoại")).findFirst().orElseThrow();
            double lowestOther = lines.stream().filter(l -> l != address && l != phone)
                    .mapToDouble(Line::baseline).max().orElseThrow();
            assertTrue(address.baseline() > lowestOther && phone.baseline() > address.baseline(),
                    "the contact lines are the page's last, the body above them");
            assertTrue(phone.baseline() <= bottom, "inside the text area: " + phone.baseline() + " > " + bottom);
            assertTrue(lowestOther < address.baseline() - 14, "the body keeps clear of the line above the contact");

            double textWidth = (210 - 30 - 15) * MM;
            List<double[]> rules = horizontalLines(d.getPage(0));
            assertTrue(rules.stream().anyMatch(r -> r[1] - r[0] >= textWidth - 1 && r[2] < address.baseline()
                    && r[2] > address.baseline() - 14), "a line as wide as the text right above the contact: " + rules.size());
            for (int i = 1; i < d.getNumberOfPages(); i++) {
                assertFalse(horizontalLines(d.getPage(i)).stream().anyMatch(r -> r[1] - r[0] >= textWidth - 1),
                        "page " + (i + 1) + " draws no full-width line");
            }
        }
    }

    /** The issuer's address is text of the document, in its structure tree: not an artifact. */
    @Test
    void theContactIsTaggedText() throws Exception {
        byte[] pdf = render(longPlan(ADDRESS, PHONE), OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFMarkedContentExtractor marked = new PDFMarkedContentExtractor();
            marked.processPage(d.getPage(0));
            List<String> tags = new ArrayList<>();
            for (PDMarkedContent mc : all(marked.getMarkedContents())) {
                String text = Normalizer.normalize(textOf(mc), Normalizer.Form.NFC);
                if (text.contains("Địa chỉ") || text.contains("Điện thoại")) {
                    tags.add(mc.getTag() + " " + mc.getMCID());
                    assertNotEquals("Artifact", mc.getTag(), text);
                    assertTrue(mc.getMCID() >= 0, "marked as structure content: " + text);
                }
            }
            assertFalse(tags.isEmpty(), "the contact is in marked content");
        }
    }

    @Test
    void aDecisionCarriesItOnItsOwnFirstPageNotOnTheAttachedTextsNorOnAPartAlone() throws Exception {
        Plan sample = VANBAN.read(Path.of("../samples/duc-pho-2024-quyet-dinh.yaml"));
        assertNotNull(sample.attached());
        Plan decision = sample.toBuilder().contact(ADDRESS).build();
        try (PDDocument d = Loader.loadPDF(render(decision, OutputFormat.PDF))) {
            int found = 0;
            int attachedFirst = -1;
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                String page = Normalizer.normalize(s.getText(d), Normalizer.Form.NFC);
                if (page.contains("Địa chỉ: 01")) {
                    found++;
                    assertEquals(1, i, "only on the decision's first page");
                }
                if (attachedFirst < 0 && page.contains("(Kèm theo Quyết định")) {
                    attachedFirst = i;
                }
            }
            assertEquals(1, found);
            assertTrue(attachedFirst > 1, "the attached text starts on a page of its own: " + attachedFirst);
        }
        assertTrue(DocxText.nonEmptyParagraphs(render(decision, DocumentPart.MAIN, OutputFormat.DOCX)).contains(ADDRESS),
                "the decision alone is the document's first page");
        for (DocumentPart part : List.of(DocumentPart.ATTACHED, DocumentPart.APPENDICES)) {
            assertFalse(DocxText.nonEmptyParagraphs(render(decision, part, OutputFormat.DOCX)).contains(ADDRESS), part.name());
            try (PDDocument d = Loader.loadPDF(render(decision, part, OutputFormat.PDF))) {
                assertFalse(new PDFTextStripper().getText(d).contains("Địa chỉ"), part.name());
            }
        }
    }

    /** XML specials, decomposed marks and a line far longer than the text width: kept, and wrapped, never overprinted. */
    @Test
    void hostileTextIsKeptAndALongLineWraps() throws Exception {
        String specials = "Địa chỉ: <b>&amp; \"Số 1\" & 'A' </w:p>]]>";
        String decomposed = Normalizer.normalize("Điện thoại: 0255 3859 123; Thư điện tử: ubnd@đức-phổ.vn", Normalizer.Form.NFD);
        StringBuilder longLine = new StringBuilder("Trang thông tin điện tử:");
        while (longLine.length() < 260) {
            longLine.append(" ducpho.quangngai.gov.vn/tin-tuc");
        }
        String word = "x".repeat(40);
        String noSpaces = "https://" + word.repeat(5);
        Plan plan = longPlan(specials, decomposed, longLine.toString(), noSpaces);

        List<String> docx = DocxText.nonEmptyParagraphs(render(plan, OutputFormat.DOCX));
        for (String line : List.of(specials, decomposed, longLine.toString(), noSpaces)) {
            assertTrue(docx.stream().anyMatch(p -> nfc(p).equals(nfc(line))), "kept in the DOCX: " + line);
        }
        LayoutDocument layout = VANBAN.layout(plan, DocumentPart.WHOLE);
        LayoutDocument.FirstPageFoot foot = (LayoutDocument.FirstPageFoot) layout.sections().get(0).blocks().stream()
                .filter(b -> b instanceof LayoutDocument.FirstPageFoot).findFirst().orElseThrow();
        assertTrue(foot.paragraphs().get(2).lines().count() >= 3, "the long line is set on several lines");
        assertTrue(foot.paragraphs().get(3).lines().count() >= 2, "a word longer than a line is cut where the line ends");

        try (PDDocument d = Loader.loadPDF(render(plan, OutputFormat.PDF))) {
            String page1 = nfc(textOfPage(d, 1)).replaceAll("\\s+", " ");
            assertTrue(page1.contains(nfc(specials).replaceAll("\\s+", " ")), page1);
            assertTrue(page1.contains(nfc(decomposed)), page1);
            double right = d.getPage(0).getMediaBox().getWidth() - 15 * MM;
            List<Line> lines = lines(d, 1);
            int firstContact = lines.indexOf(lines.stream().filter(l -> l.text().startsWith("Địa chỉ")).findFirst().orElseThrow());
            List<Line> foot1 = lines.subList(firstContact, lines.size());
            int expected = foot.paragraphs().stream().mapToInt(p -> p.lines().count()).sum();
            assertEquals(expected, foot1.size(), "as many lines on the page as the layout chose: " + foot1);
            for (int i = 0; i < foot1.size(); i++) {
                assertTrue(foot1.get(i).x1() <= right + 1, "inside the right margin: " + foot1.get(i));
                if (i > 0) {
                    assertEquals(14, foot1.get(i).baseline() - foot1.get(i - 1).baseline(), 0.1,
                            "one line under the other, 14 pt apart: " + foot1.get(i));
                }
            }
            assertTrue(foot1.get(foot1.size() - 1).baseline() <= d.getPage(0).getMediaBox().getHeight() - 20 * MM);
        }
    }

    // --- reading the files back

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static Document documentXml(byte[] docx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(DocxText.part(docx, "word/document.xml")));
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static Element child(Element e, String name) {
        if (e == null) {
            return null;
        }
        return children(e).stream().filter(c -> name.equals(c.getLocalName())).findFirst().orElse(null);
    }

    private static String text(Element p) {
        StringBuilder sb = new StringBuilder();
        var ts = p.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            sb.append(ts.item(i).getTextContent());
        }
        return sb.toString();
    }

    private static String serialize(Element e) {
        StringBuilder sb = new StringBuilder(e.getLocalName());
        var attrs = e.getAttributes();
        Set<String> sorted = new TreeSet<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            sorted.add(attrs.item(i).getNodeName() + "=" + attrs.item(i).getNodeValue());
        }
        sb.append(sorted);
        children(e).forEach(c -> sb.append('(').append(serialize(c)).append(')'));
        return sb.toString();
    }

    /** A line of a page: its text, baseline and right end, top to bottom. */
    private record Line(String text, double baseline, double x1) {
    }

    private static List<Line> lines(PDDocument d, int page) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition last = positions.get(positions.size() - 1);
                out.add(new Line(nfc(text).strip(), positions.get(0).getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
            }
        };
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(d);
        // Segments of one baseline (the header's two columns) are kept apart; sorted by baseline.
        out.sort(java.util.Comparator.comparingDouble(Line::baseline));
        return out;
    }

    private static String textOfPage(PDDocument d, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(d);
    }

    private static List<PDMarkedContent> all(List<PDMarkedContent> list) {
        List<PDMarkedContent> out = new ArrayList<>();
        for (PDMarkedContent mc : list) {
            out.add(mc);
            List<PDMarkedContent> inner = new ArrayList<>();
            for (Object o : mc.getContents()) {
                if (o instanceof PDMarkedContent m) {
                    inner.add(m);
                }
            }
            out.addAll(all(inner));
        }
        return out;
    }

    private static String textOf(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent m) {
                sb.append(textOf(m));
            }
        }
        return sb.toString();
    }

    /**
     * The horizontal lines a page draws, stroked or filled, as {x0, x1, y} in points from the page's
     * top: FOP draws a border as a line or a thin rectangle.
     */
    private static List<double[]> horizontalLines(PDPage page) throws IOException {
        double height = page.getMediaBox().getHeight();
        List<double[]> out = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private Point2D current;

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                double h = Math.abs(p2.getY() - p0.getY());
                if (h <= 2) {
                    out.add(new double[] {Math.min(p0.getX(), p2.getX()), Math.max(p0.getX(), p2.getX()), height - p0.getY()});
                }
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Double(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                if (current != null && Math.abs(current.getY() - y) < 0.01) {
                    out.add(new double[] {Math.min(current.getX(), x), Math.max(current.getX(), x), height - y});
                }
                current = new Point2D.Double(x, y);
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return current == null ? new Point2D.Double() : current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
        return out;
    }
}
