package vn.vanban.docx4j.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.docx4j.check.DocxEdit.all;
import static vn.vanban.docx4j.check.DocxEdit.dropParagraph;
import static vn.vanban.docx4j.check.DocxEdit.first;
import static vn.vanban.docx4j.check.DocxEdit.inStyle;
import static vn.vanban.docx4j.check.DocxEdit.then;

/**
 * A catalogue of broken documents, each our DOCX with one rule broken as a clerk might break it,
 * and the rule that must say so. The broken files are left under {@code target/check/broken/}.
 */
class BrokenDocumentsTest {

    private static final String DOC = "word/document.xml";
    private static final String STYLES = "word/styles.xml";

    /** One broken document: which plan, which part is edited and how, and the rule that must find it. */
    record Breakage(String name, String plan, String part, UnaryOperator<String> edit, String rule) {
        @Override
        public String toString() {
            return name;
        }

        byte[] docx() {
            return DocxEdit.edit(Samples.render(plan).docx(), part, edit);
        }
    }

    static List<Breakage> catalogue() {
        String dp = "duc-pho-2024";
        String sp = "second-plan";
        String na = "no-appendix";
        String qn = "quang-ngai-pbgdpl-2025";
        String st = "so-tu-phap-ngay-phap-luat-2025";
        return List.of(
                new Breakage("wrong-font", dp, STYLES, all("Times New Roman", "Arial"), "font"),
                new Breakage("body-12pt", dp, STYLES, inStyle("VbBody", "<w:sz w:val=\"28\"/>", "<w:sz w:val=\"24\"/>"), "body-text"),
                new Breakage("red-text", dp, STYLES, inStyle("VbBody", "<w:rPr>", "<w:rPr><w:color w:val=\"FF0000\"/>"), "font-colour"),
                new Breakage("decomposed-letters", dp, DOC, first("Tuyên truyền kịp thời",
                        Normalizer.normalize("Tuyên truyền kịp thời", Normalizer.Form.NFD)), "unicode"),
                new Breakage("letter-paper", dp, DOC, first("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"), "paper"),
                new Breakage("landscape-first-page", dp, DOC, first("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
                        "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), "portrait"),
                new Breakage("left-margin-25mm", dp, DOC, first("w:left=\"1701\"", "w:left=\"1418\""), "margins"),
                new Breakage("no-titlePg", dp, DOC, first("<w:titlePg/>", ""), "page-numbers"),
                new Breakage("appendix-numbers-run-on", dp, DOC, first("<w:pgNumType w:start=\"1\"/>", ""), "page-numbers"),
                new Breakage("page-number-bold", dp, STYLES, inStyle("VbPageNumber", "<w:rPr>", "<w:rPr><w:b/>"), "page-number-style"),
                new Breakage("national-title-lower-case", dp, DOC, first("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Cộng hòa xã hội chủ nghĩa Việt Nam"), "national-title"),
                new Breakage("motto-en-dashes", dp, DOC, first("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"), "motto"),
                new Breakage("motto-line-short", dp, DOC, first("w:left=\"1092\" w:right=\"1092\"", "w:left=\"2000\" w:right=\"2000\""), "lines"),
                new Breakage("agency-not-bold", dp, STYLES, inStyle("VbAgency", "<w:b/>", ""), "agency"),
                new Breakage("number-without-zero", sp, DOC, first("Số: 07/KH-STP", "Số: 7/KH-STP"), "number"),
                new Breakage("number-of-another-type", sp, DOC, first("Số: 07/KH-STP", "Số: 07/QĐ-STP"), "number"),
                new Breakage("day-without-zero", sp, DOC, first("ngày 15 tháng 3 năm 2025</w:t>", "ngày 5 tháng 3 năm 2025</w:t>"), "date-form"),
                new Breakage("march-with-zero", sp, DOC, first("ngày 15 tháng 3 năm 2025</w:t>", "ngày 15 tháng 03 năm 2025</w:t>"), "date-form"),
                new Breakage("january-without-zero", na, DOC, first("tháng 01 năm 2025", "tháng 1 năm 2025"), "date-form"),
                new Breakage("date-upright", dp, STYLES, inStyle("VbPlaceDate", "<w:i/>", ""), "date-style"),
                new Breakage("type-name-lower-case", dp, DOC, first(">KẾ HOẠCH<", ">Kế hoạch<"), "type-name"),
                new Breakage("summary-in-capitals", na, DOC, first("Tổ chức Tết Nguyên đán Ất Tỵ năm 2025",
                        "TỔ CHỨC TẾT NGUYÊN ĐÁN ẤT TỴ NĂM 2025"), "summary"),
                new Breakage("summary-line-missing", dp, DOC, first("<w:pStyle w:val=\"VbRuleSummary\"/><w:pBdr>"
                        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>", "<w:pStyle w:val=\"VbRuleSummary\"/>"), "lines"),
                new Breakage("kinh-gui-in-a-plan", na, DOC, first("<w:p><w:pPr><w:pStyle w:val=\"VbSectionHeading\"/>",
                        "<w:p><w:pPr><w:pStyle w:val=\"VbBody\"/></w:pPr><w:r><w:t>Kính gửi: Ủy ban nhân dân thị xã</w:t></w:r></w:p>"
                                + "<w:p><w:pPr><w:pStyle w:val=\"VbSectionHeading\"/>"), "kinh-gui"),
                new Breakage("body-flush-left", dp, STYLES, inStyle("VbBody", "<w:jc w:val=\"both\"/>", "<w:jc w:val=\"left\"/>"), "body-text"),
                new Breakage("body-not-indented", dp, STYLES, inStyle("VbBody", "w:firstLine=\"567\"", "w:firstLine=\"0\""), "body-text"),
                new Breakage("no-space-between-paragraphs", dp, STYLES, inStyle("VbBody", "w:before=\"120\"", "w:before=\"0\""), "paragraph-spacing"),
                new Breakage("double-line-spacing", dp, STYLES, inStyle("VbBody", "w:line=\"340\"", "w:line=\"680\""), "line-spacing"),
                new Breakage("section-numbers-gap", dp, DOC, first(">II. NỘI DUNG", ">III. NỘI DUNG"), "numbering"),
                new Breakage("section-title-lower-case", dp, DOC, first(">I. MỤC ĐÍCH, YÊU CẦU<", ">I. Mục đích, yêu cầu<"), "numbering"),
                new Breakage("point-letter-f", sp, DOC, first(">b) Triển khai", ">f) Triển khai"), "numbering"),
                new Breakage("end-mark-after-full-stop", dp, DOC, first("thực hiện./.", "thực hiện../."), "end-mark"),
                new Breakage("end-mark-missing", sp, DOC, first("để chỉ đạo./.", "để chỉ đạo."), "end-mark"),
                new Breakage("authority-without-dot", na, DOC, first(">TM. ỦY BAN NHÂN DÂN<", ">TM ỦY BAN NHÂN DÂN<"), "signature"),
                new Breakage("name-in-capitals", dp, DOC, first(">Bùi Văn Lý<", ">BÙI VĂN LÝ<"), "signature"),
                new Breakage("recipients-label-upright", dp, STYLES, inStyle("VbRecipientsLabel", "<w:i/>", ""), "recipients-label"),
                new Breakage("recipients-label-without-colon", dp, DOC, first(">Nơi nhận:<", ">Nơi nhận<"), "recipients-label"),
                new Breakage("no-luu", dp, DOC, first(">- Lưu: VT.<", ">- UBND tỉnh.<"), "recipients"),
                new Breakage("recipient-without-semicolon", dp, DOC, first(">- Thường trực Thị ủy;<", ">- Thường trực Thị ủy<"), "recipients"),
                new Breakage("recipients-12pt", dp, STYLES, inStyle("VbRecipient", "<w:sz w:val=\"22\"/>", "<w:sz w:val=\"24\"/>"), "recipients"),
                new Breakage("appendix-label-13pt", dp, STYLES, inStyle("VbAppendixLabel", "<w:sz w:val=\"28\"/>", "<w:sz w:val=\"26\"/>"), "appendix-heading"),
                new Breakage("appendix-title-lower-case", dp, DOC, first(">DANH MỤC NỘI DUNG CÔNG VIỆC TRUYỀN THÔNG VỀ<",
                        ">Danh mục nội dung công việc truyền thông về<"), "appendix-heading"),
                new Breakage("no-reference-line", dp, DOC, dropParagraph("(Kèm theo Kế hoạch số"), "appendix-reference"),
                new Breakage("reference-without-zero", sp, DOC, first("(Kèm theo Kế hoạch số 07/KH-STP ngày 15 tháng 3",
                        "(Kèm theo Kế hoạch số 07/KH-STP ngày 15 tháng 03"), "appendix-reference"),
                new Breakage("appendix-not-mentioned", sp, DOC, then(first(">Phụ lục<", ">danh sách<"),
                        first(" kèm theo Kế hoạch này.", " riêng.")), "appendix-mentioned"),
                new Breakage("arabic-appendix-numbers-gap", qn, DOC, first(">Phụ lục 2<", ">Phụ lục 3<"), "appendix-heading"),
                new Breakage("text-after-box-12", st, DOC, first(">Nhlt.(12)<", ">Nhlt.(12) UBND tỉnh<"), "recipients"),
                new Breakage("header-row-not-repeated", dp, DOC, first("<w:trPr><w:tblHeader/></w:trPr>", ""), "table-header-row"),
                new Breakage("stt-gap", dp, DOC, first("<w:pStyle w:val=\"VbTableNumber\"/></w:pPr><w:r><w:t xml:space=\"preserve\">2<",
                        "<w:pStyle w:val=\"VbTableNumber\"/></w:pPr><w:r><w:t xml:space=\"preserve\">3<"), "table-numbering"));
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void eachBrokenDocumentGetsAFindingOfItsRule(Breakage b) throws Exception {
        byte[] docx = b.docx();
        Path dir = Files.createDirectories(Samples.OUT.resolve("broken"));
        Files.write(dir.resolve(b.name() + ".docx"), docx);
        CheckReport report = Checker.of(vn.vanban.model.DocumentType.KE_HOACH).check(docx, b.name() + ".docx");
        Set<String> broken = report.findings().stream().map(f -> f.rule().name()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(broken.contains(b.rule()), b.name() + " should break " + b.rule() + "; the report:\n" + report.text());
        assertEquals(1, report.exitCode());
    }

    /** The catalogue breaks every DOCX rule at least once. */
    @Test
    void theCatalogueCoversEveryDocxRule() {
        Set<String> covered = catalogue().stream().map(Breakage::rule).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        Rules.all().stream().filter(r -> r.formats().contains(Rule.Format.DOCX)).map(Rule::name)
                .filter(n -> !covered.contains(n)).forEach(missing::add);
        assertEquals(List.of(), missing);
    }

    /** Every rule has a name of its own, a decree reference and a requirement. */
    @Test
    void everyRuleIsNamedOnceAndCitesTheDecree() {
        List<String> names = Rules.all().stream().map(Rule::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "names are unique: " + names);
        Rules.all().forEach(r -> {
            assertTrue(r.reference().startsWith("NĐ 30/2020, Phụ lục "), r + " cites the decree");
            assertFalse(r.requirement().isBlank(), r + " says what it requires");
            assertTrue(r.id().matches("C[0-9]+|P"), r + " has an id of the digest's list");
        });
        assertTrue(Stream.of("font", "date-form", "end-mark").allMatch(n -> Rules.named(n).isPresent()));
    }
}
