package vn.vanban.docx4j.check;

import org.junit.jupiter.api.Test;
import vn.vanban.model.DocumentType;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.docx4j.check.DocxEdit.all;
import static vn.vanban.docx4j.check.DocxEdit.dropParagraph;
import static vn.vanban.docx4j.check.DocxEdit.first;
import static vn.vanban.docx4j.check.DocxEdit.then;

/**
 * Types other than the Kế hoạch, made from our plan's DOCX as a clerk would retype it: a Báo cáo and
 * a Quyết định (their type line and symbol), and a Công văn (no type line, "V/v …" under the number,
 * "Kính gửi:"). Each passes when checked as its own type and fails as another.
 */
class DocumentTypesTest {

    private static final String DOC = "word/document.xml";
    private static final String BODY = "<w:p><w:pPr><w:pStyle w:val=\"VbBody\"/>";

    private static byte[] retyped(String typeLine, String abbreviation, String name) {
        return DocxEdit.edit(Samples.render("duc-pho-2024").docx(), DOC, then(then(
                first(">KẾ HOẠCH<", ">" + typeLine + "<"),
                all("/KH-UBND", "/" + abbreviation + "-UBND")),
                first("(Kèm theo Kế hoạch số", "(Kèm theo " + name + " số")));
    }

    /** The plan rewritten as a letter; {@code addressed} adds its "Kính gửi:" line. */
    static byte[] letter(boolean addressed) {
        UnaryOperator<String> edit = then(then(then(then(
                first("Số:      /KH-UBND</w:t></w:r></w:p>", "Số:      /UBND-VP</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"VbNumber\"/></w:pPr><w:r><w:t>V/v truyền thông về kiểm soát "
                        + "thủ tục hành chính năm 2024</w:t></w:r></w:p>"),
                dropParagraph(">KẾ HOẠCH<")),
                then(dropParagraph("Truyền thông về hoạt động kiểm soát thủ tục</w:t>"),
                        dropParagraph("hành chính năm 2024 trên địa bàn thị xã Đức Phổ</w:t>"))),
                dropParagraph("VbRuleSummary")),
                first("(Kèm theo Kế hoạch số      /KH-UBND", "(Kèm theo Công văn số      /UBND-VP"));
        if (addressed) {
            edit = then(edit, first(BODY, "<w:p><w:pPr><w:pStyle w:val=\"VbBody\"/></w:pPr><w:r><w:t>Kính gửi: Các cơ quan, "
                    + "đơn vị, địa phương trên địa bàn thị xã</w:t></w:r></w:p>" + BODY));
        }
        return DocxEdit.edit(Samples.render("duc-pho-2024").docx(), DOC, edit);
    }

    private static Set<String> broken(byte[] docx, DocumentType type, String name) throws Exception {
        Files.createDirectories(Samples.OUT.resolve("types"));
        Files.write(Samples.OUT.resolve("types").resolve(name + ".docx"), docx);
        return Checker.of(type).check(docx, name + ".docx").findings().stream().map(f -> f.rule().name())
                .collect(Collectors.toSet());
    }

    @Test
    void aReportPassesAsABaoCaoAndNotAsAPlan() throws Exception {
        byte[] report = retyped("BÁO CÁO", "BC", "Báo cáo");
        assertEquals(Set.of(), broken(report, DocumentType.BAO_CAO, "bao-cao"));
        assertEquals(Set.of("type-name", "number"), broken(report, DocumentType.KE_HOACH, "bao-cao"));
    }

    @Test
    void aDecisionPassesAsAQuyetDinhAndNotAsAReport() throws Exception {
        byte[] decision = retyped("QUYẾT ĐỊNH", "QĐ", "Quyết định");
        assertEquals(Set.of(), broken(decision, DocumentType.QUYET_DINH, "quyet-dinh"));
        assertEquals(Set.of("type-name", "number"), broken(decision, DocumentType.BAO_CAO, "quyet-dinh"));
    }

    @Test
    void aLetterPassesAsACongVanWithItsKinhGuiAndVvSummary() throws Exception {
        byte[] letter = letter(true);
        assertEquals(Set.of(), broken(letter, DocumentType.CONG_VAN, "cong-van"));
        Set<String> asPlan = broken(letter, DocumentType.KE_HOACH, "cong-van");
        assertTrue(asPlan.containsAll(List.of("type-name", "number", "kinh-gui")), asPlan.toString());
        assertEquals(Set.of("kinh-gui"), broken(letter(false), DocumentType.CONG_VAN, "cong-van-without-kinh-gui"));
    }

    @Test
    void typesAreNamedAsOnTheCommandLine() {
        assertEquals(DocumentType.QUYET_DINH, Checker.type("QUYẾT ĐỊNH").orElseThrow());
        assertEquals(DocumentType.CONG_VAN, Checker.type("Công văn").orElseThrow());
        assertEquals(DocumentType.BAO_CAO, Checker.type("bao-cao").orElseThrow());
        assertEquals(DocumentType.KE_HOACH, Checker.type("KE_HOACH").orElseThrow());
        assertTrue(Checker.type("thông tư").isEmpty());
        assertTrue(Checker.typeKeys().startsWith("nghi-quyet, quyet-dinh,"), Checker.typeKeys());
    }
}
