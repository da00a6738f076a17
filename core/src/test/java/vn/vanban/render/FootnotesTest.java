package vn.vanban.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20 §3: footnotes, real ones in both formats, numbered through the document. */
class FootnotesTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    static Plan plan() {
        return Plan.builder().issuer("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", "Quảng Ngãi").date("2025-03-10")
                .number(25).summary("Tổ chức các sự kiện văn hóa năm 2025")
                .recipients("VT", "Sở Văn hóa, Thể thao và Du lịch")
                .signatory(Signatory.forCollective("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An"))
                .body(BodyNode.section("Nội dung",
                        BodyNode.paragraph(Inline.plain("Năm 2025 tỉnh tổ chức 05 sự kiện"),
                                Inline.note("Gồm: Lễ hội Điện Trường Bà, Lễ khao lề thế lính Hoàng Sa, Tuần Văn hóa "
                                        + "du lịch, Hội thi Ẩm thực và Liên hoan dân ca."),
                                Inline.plain(" và 02 hội thi"), Inline.note("Hội thi Tuyên truyền lưu động; Hội thi Đờn ca tài tử."),
                                Inline.plain(" cấp tỉnh.")))).build();
    }

    static byte[] render(Plan plan, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = VANBAN.render(plan, format, out);
        assertEquals(List.of(), r.warnings().stream().filter(w -> !w.message().contains("period")).toList());
        return out.toByteArray();
    }

    @Test
    void theDocxHasRealFootnotesWordCanNumber() throws Exception {
        byte[] docx = render(plan(), OutputFormat.DOCX);
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        FootnotesPart part = pkg.getMainDocumentPart().getFootnotesPart();
        assertNotNull(part, "word/footnotes.xml, related and typed");
        String notes = new String(DocxText.part(docx, "word/footnotes.xml"), StandardCharsets.UTF_8);
        assertTrue(notes.contains("w:type=\"separator\" w:id=\"-1\"") && notes.contains("w:type=\"continuationSeparator\" w:id=\"0\""),
                "the separators Word expects");
        assertTrue(notes.contains("<w:footnote w:id=\"1\">") && notes.contains("<w:footnote w:id=\"2\">"), notes);
        assertTrue(notes.contains("<w:footnoteRef/>"), "each note opens with its number");
        assertTrue(notes.contains("Gồm: Lễ hội Điện Trường Bà"), notes);
        String settings = new String(DocxText.part(docx, "word/settings.xml"), StandardCharsets.UTF_8);
        assertTrue(settings.contains("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"), settings);
        String document = new String(DocxText.part(docx, "word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(document.contains("<w:r><w:rPr><w:rStyle w:val=\"VbFootnoteReference\"/></w:rPr>"
                + "<w:footnoteReference w:id=\"1\"/></w:r>"), document);
        String styles = new String(DocxText.part(docx, "word/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("<w:name w:val=\"footnote reference\"/>") && styles.contains("<w:name w:val=\"footnote text\"/>"));
        List<String> texts = DocxText.nonEmptyParagraphs(docx);
        assertTrue(texts.contains("Năm 2025 tỉnh tổ chức 05 sự kiện1 và 02 hội thi2 cấp tỉnh./."), texts::toString);
        assertEquals(List.of("1 Gồm: Lễ hội Điện Trường Bà, Lễ khao lề thế lính Hoàng Sa, Tuần Văn hóa du lịch, Hội thi Ẩm "
                + "thực và Liên hoan dân ca.", "2 Hội thi Tuyên truyền lưu động; Hội thi Đờn ca tài tử."), DocxText.notes(docx));
    }

    @Test
    void aDocumentWithoutNotesHasNoFootnotesPart() {
        Plan plain = plan();
        byte[] docx = render(new Plan(plain.type(), null, plain.issuer(), plain.number(), null, plain.date(),
                plain.summary(), null, List.of(BodyNode.paragraph("Nội dung.")), null, plain.recipients(),
                plain.signatory(), List.of()), OutputFormat.DOCX);
        assertFalse(new String(DocxText.part(docx, "[Content_Types].xml"), StandardCharsets.UTF_8).contains("footnotes"));
    }

    @Test
    void thePdfSetsEachNoteAtTheFootOfItsPageAndTagsItAsANoteWithAnId() throws Exception {
        byte[] pdf = render(plan(), OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("05 sự kiện1 và 02 hội thi2 cấp tỉnh./."), text);
            assertTrue(text.contains("1 Gồm: Lễ hội Điện Trường Bà"), text);
            assertTrue(text.indexOf("1 Gồm:") > text.indexOf("Nơi nhận"), "at the foot of the page, after the text");
            List<COSDictionary> notes = new ArrayList<>();
            collect(d.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT), "Note", notes,
                    new HashSet<>());
            assertEquals(2, notes.size());
            Set<String> ids = new HashSet<>();
            for (COSDictionary note : notes) {
                String id = note.getString(COSName.ID);
                assertNotNull(id, "PDF/UA-1 7.9: a Note has an /ID");
                assertTrue(ids.add(id), "ids are unique");
            }
        }
    }

    /**
     * A note of several lines, its mark in a paragraph of several lines: the note's lines inherited
     * the mark's line's keep-together, so FOP could not break them and the PDF lost text.
     */
    @Test
    void aLongNoteInALongParagraphIsBrokenIntoLines() throws Exception {
        String note = "Gồm các cuộc thi tìm hiểu Luật Đất đai năm 2024, Luật Phòng, chống ma túy, Luật Giao thông "
                + "đường bộ, pháp luật về bảo hiểm xã hội và pháp luật về phòng, chống tham nhũng, tổ chức trực tuyến "
                + "trên Cổng thông tin điện tử tỉnh.";
        Plan p = plan();
        Plan plan = new Plan(p.type(), null, p.issuer(), p.number(), null, p.date(), p.summary(), null,
                List.of(BodyNode.paragraph(Inline.plain("Tổ chức 05 cuộc thi tìm hiểu pháp luật trực tuyến cấp tỉnh"),
                        Inline.note(note), Inline.plain(" trên Cổng thông tin điện tử tỉnh, với sự tham gia của cán bộ, "
                                + "công chức, viên chức, người lao động, học sinh, sinh viên và Nhân dân trong tỉnh."))),
                null, p.recipients(), p.signatory(), List.of());
        byte[] pdf = render(plan, OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("1 " + note), text);
            assertTrue(text.contains("trực tuyến cấp tỉnh1 trên Cổng"), text);
        }
    }

    @Test
    void veraPdfFindsThePdfWithNotesPdfUa1() throws Exception {
        assertEquals(List.of(), vn.vanban.pdf.VeraPdf.failures(render(plan(), OutputFormat.PDF),
                org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1));
    }

    private static void collect(COSBase node, String type, List<COSDictionary> out, Set<COSBase> seen) {
        if (node instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.getObject(i), type, out, seen);
            }
        } else if (node instanceof COSDictionary d && seen.add(d)) {
            if (COSName.getPDFName(type).equals(d.getCOSName(COSName.S))) {
                out.add(d);
            }
            collect(d.getDictionaryObject(COSName.K), type, out, seen);
        }
    }
}
