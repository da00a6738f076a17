package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Numbering;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.model.BodyNode.article;
import static vn.vanban.model.BodyNode.chapter;
import static vn.vanban.model.BodyNode.clause;
import static vn.vanban.model.BodyNode.point;
import static vn.vanban.model.BodyNode.section;

/** Issue 20 §2 in the output: a text of chapters and articles, and decimal clauses, as both writers print them. */
class ArticlesTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static Plan.Builder plan() {
        return Plan.builder().issuer("Sở Tư pháp", "STP", "Quảng Ngãi").date("2025-03-15")
                .summary("Quy chế công tác văn thư").recipients("VT", "Các phòng thuộc Sở")
                .signatory(Signatory.head("Giám đốc", "Trần Văn Bình"));
    }

    private static byte[] docx(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, out);
        return out.toByteArray();
    }

    @Test
    void chaptersSectionsAndArticlesAreNumberedAsTheDecreeWritesThem() {
        byte[] docx = docx(plan().body(
                chapter("Quy định chung",
                        article("Phạm vi điều chỉnh", clause(Text.of("Quy chế này quy định:"),
                                point("công tác văn thư;"), point("công tác lưu trữ.")))),
                chapter("Quy định cụ thể", section("Soạn thảo văn bản",
                        article(Text.of("Văn bản được soạn thảo theo Nghị định số 30/2020/NĐ-CP."))))).build());
        List<String> texts = DocxText.nonEmptyParagraphs(docx);
        int at = texts.indexOf("Chương I");
        assertTrue(at > 0, texts::toString);
        assertEquals(List.of("Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "1. Quy chế này quy định:",
                "a) công tác văn thư;", "b) công tác lưu trữ.", "Chương II", "QUY ĐỊNH CỤ THỂ", "Mục 1",
                "SOẠN THẢO VĂN BẢN", "Điều 2. Văn bản được soạn thảo theo Nghị định số 30/2020/NĐ-CP./."),
                texts.subList(at, at + 11));
        String xml = new String(DocxText.part(docx, "word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("<w:pStyle w:val=\"VbArticleHeading\"/>.{0,200}Điều 1\\. Phạm vi điều chỉnh").matcher(xml).find(),
                "a titled article has the heading style");
        assertTrue(Pattern.compile("<w:r><w:rPr><w:b/></w:rPr><w:t[^>]*>Điều 2\\.</w:t></w:r>").matcher(xml).find(),
                "an untitled article's number is bold");
        assertTrue(xml.contains("<w:pStyle w:val=\"VbChapterLabel\"/>"), "Chương I in its style");
    }

    @Test
    void decimalClausesAreWrittenOut() {
        List<String> texts = DocxText.nonEmptyParagraphs(docx(plan().numbering(Numbering.decimal())
                .body(section("Nội dung", clause("Phổ biến pháp luật", clause("Trên báo chí"),
                        clause("Trực tiếp", clause(Text.of("Tại xã, phường.")))))).build()));
        assertTrue(texts.containsAll(List.of("I. NỘI DUNG", "1. Phổ biến pháp luật", "1.1. Trên báo chí",
                "1.2. Trực tiếp", "1.2.1. Tại xã, phường./.")), texts::toString);
    }
}
