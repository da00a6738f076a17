package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.VanbanException;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.AttachedText;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.testing.DocxText;
import vn.vanban.testing.Layouts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.model.BodyNode.article;
import static vn.vanban.model.BodyNode.paragraph;

/**
 * Issue 21 §1–2 in the output: a Quyết định of template 1.3 with the plan it issues in the same
 * file, each part alone, and one of template 1.2 whose articles decide themselves.
 */
class DecisionsTest {

    private static final Vanban VANBAN = Vanban.builder().build();
    private static final Plan SAMPLE = VANBAN.read(Path.of("../samples/duc-pho-2024-quyet-dinh.yaml"));

    private static List<List<String>> sections(Plan plan, DocumentPart part) {
        List<List<String>> out = new ArrayList<>();
        for (LayoutDocument.Section s : VANBAN.layout(plan, part).sections()) {
            out.add(Layouts.paragraphs(s).stream().map(t -> t.replaceAll("\\s+", " ")).filter(t -> !t.isBlank()).toList());
        }
        return out;
    }

    private static Plan.Builder decision() {
        return Plan.builder().type(DocumentType.QUYET_DINH).issuer("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", "Quảng Ngãi")
                .number(1546).date("2024-12-04").summary("Ban hành Kế hoạch cải cách hành chính năm 2025")
                .recipients("VT", "Các sở, ban, ngành tỉnh")
                .signatory(Signatory.deputy("Chủ tịch", "Phó Chủ tịch", "Trần Phước Hiền"))
                .body(article(Text.of("Quyết định này có hiệu lực kể từ ngày ký.")),
                        article(Text.of("Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.")));
    }

    @Test
    void theDecisionIssuesItsPlanInTheSameFileEachPartNumberedFromOne() {
        List<List<String>> s = sections(SAMPLE, DocumentPart.WHOLE);
        assertEquals(3, s.size(), "the decision, the plan, the plan's catalogue");
        List<String> d = s.get(0);
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ", authority(d), "the authority line after the summary");
        assertTrue(d.get(d.indexOf(authority(d)) + 1).startsWith("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 "
                + "tháng 6 năm 2015;"));
        assertTrue(d.indexOf(authority(d)) > d.indexOf("QUYẾT ĐỊNH"));
        int decides = d.indexOf("QUYẾT ĐỊNH:");
        assertEquals("Theo đề nghị của Chánh Văn phòng HĐND và UBND thị xã.", d.get(decides - 1));
        assertEquals("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông về hoạt động kiểm soát thủ tục "
                + "hành chính năm 2024 trên địa bàn thị xã Đức Phổ.", d.get(decides + 1));
        assertEquals("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", d.get(decides + 2));
        assertTrue(d.get(decides + 3).startsWith("Điều 3. Chánh Văn phòng"));
        assertEquals("- Như Điều 3;", d.get(d.indexOf("Nơi nhận:") + 1));

        List<String> plan = s.get(1);
        assertFalse(plan.stream().anyMatch(t -> t.startsWith("Số:")), "the plan has no number of its own: " + plan);
        assertFalse(plan.stream().anyMatch(t -> t.contains(", ngày ")), "nor a date line");
        assertEquals("KẾ HOẠCH", plan.get(plan.indexOf("Độc lập - Tự do - Hạnh phúc") + 1));
        assertTrue(plan.contains("(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2024 của Chủ tịch Ủy ban nhân dân "
                + "thị xã Đức Phổ)"), plan.toString());
        assertTrue(plan.get(plan.size() - 1).endsWith("nghiêm túc triển khai thực hiện./."), "the plan ends with ./.");
        assertFalse(plan.contains("Nơi nhận:"), "the plan is signed with the decision");
        assertTrue(s.get(2).contains("(Kèm theo Kế hoạch ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2024 "
                + "của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ)"), s.get(2).toString());

        LayoutDocument whole = VANBAN.layout(SAMPLE, DocumentPart.WHOLE);
        assertFalse(whole.sections().get(0).restartNumbering());
        assertTrue(whole.sections().get(1).restartNumbering(), "the plan's pages are numbered from 1");
        assertTrue(whole.sections().get(2).restartNumbering(), "and so are the appendix's");
    }

    @Test
    void eachPartRendersAlone() {
        List<List<String>> main = sections(SAMPLE, DocumentPart.MAIN);
        assertEquals(1, main.size());
        assertTrue(main.get(0).contains("QUYẾT ĐỊNH:") && !main.get(0).contains("KẾ HOẠCH"), main.toString());
        List<List<String>> attached = sections(SAMPLE, DocumentPart.ATTACHED);
        assertEquals(2, attached.size(), "the plan and its catalogue");
        assertEquals("KẾ HOẠCH", attached.get(0).get(attached.get(0).indexOf("Độc lập - Tự do - Hạnh phúc") + 1));
        assertFalse(attached.get(0).contains("QUYẾT ĐỊNH:"));
        List<List<String>> appendices = sections(SAMPLE, DocumentPart.APPENDICES);
        assertEquals(1, appendices.size());
        assertEquals("Phụ lục", appendices.get(0).get(0));
        LayoutDocument one = VANBAN.appendix(SAMPLE, 0);
        assertEquals(appendices.get(0), Layouts.paragraphs(one.sections().get(0)).stream()
                .map(t -> t.replaceAll("\\s+", " ")).filter(t -> !t.isBlank()).toList());
        assertEquals(1, VANBAN.appendixCount(SAMPLE), "the attached plan's catalogue");
        VanbanException beyond = assertThrows(VanbanException.class, () -> VANBAN.appendix(SAMPLE, 1));
        assertEquals("the quyết định has 1 appendix; index 1 names none: give 0 (Phụ lục I is index 0)",
                beyond.getMessage(), "in the API's terms: index 1 is the one missing");
        assertTrue(assertThrows(VanbanException.class, () -> VANBAN.appendix(SAMPLE, -1)).getMessage()
                .contains("index -1 names none"));
        Plan noText = decision().build();
        VanbanException e = assertThrows(VanbanException.class, () -> VANBAN.layout(noText, DocumentPart.ATTACHED));
        assertTrue(e.getMessage().contains("issues no text"), e.getMessage());
    }

    @Test
    void theAuthorityLineIsTheHeadsTitleOrTheCollectiveOrTheDatas() {
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", authority(decision().build()), "KT. CHỦ TỊCH");
        assertEquals("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", authority(decision()
                .signatory(Signatory.forCollective("Ủy ban nhân dân", "Chủ tịch", "Đặng Văn Minh")).build()), "TM.");
        assertEquals("GIÁM ĐỐC SỞ TƯ PHÁP", authority(decision().issuer("Sở Tư pháp", "STP", "Quảng Ngãi")
                .signatory(Signatory.head("Giám đốc", "Nguyễn Văn Bình")).build()), "the head in his own name");
        assertEquals("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", authority(decision()
                .authority("Ủy ban nhân dân tỉnh Quảng Ngãi").build()), "the data's");
    }

    private static String authority(Plan plan) {
        return authority(sections(plan, DocumentPart.WHOLE).get(0));
    }

    /** The line before the first "Căn cứ", or before "QUYẾT ĐỊNH:" when there is none. */
    private static String authority(List<String> decision) {
        int at = decision.indexOf("QUYẾT ĐỊNH:");
        for (int i = 0; i < decision.size(); i++) {
            if (decision.get(i).startsWith("Căn cứ")) {
                at = i;
                break;
            }
        }
        return decision.get(at - 1);
    }

    @Test
    void theDataMayWriteArticleOneAndAskForTheOlderReferenceLine() {
        Plan plan = Plan.builder().type(DocumentType.QUYET_DINH).issuer("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", "Quảng Ngãi")
                .number(1546).date("2024-12-04").summary("Ban hành Kế hoạch cải cách hành chính năm 2025")
                .recipients("VT", "Các sở, ban, ngành tỉnh")
                .signatory(Signatory.forCollective("Ủy ban nhân dân", "Chủ tịch", "Đặng Văn Minh"))
                .body(article(Text.of("Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.")),
                        article(Text.of("Quyết định này có hiệu lực kể từ ngày ký./.")))
                .attached(AttachedText.of(DocumentType.KE_HOACH, "Cải cách hành chính năm 2025",
                        paragraph("Nội dung./.")).withReference(AttachedText.Reference.ISSUED))
                .build();
        List<List<String>> s = sections(plan, DocumentPart.WHOLE);
        List<String> d = s.get(0);
        int decides = d.indexOf("QUYẾT ĐỊNH:");
        assertEquals(List.of("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."), d.subList(decides + 1, decides + 3),
                "the data's own Điều 1 is kept, none is added");
        assertTrue(s.get(1).contains("(Ban hành kèm theo Quyết định số 1546/QĐ-UBND ngày 04 tháng 12 năm 2024 của Ủy "
                + "ban nhân dân tỉnh Quảng Ngãi)"), s.get(1).toString());
    }

    @Test
    void aDecisionOfTemplate12DecidesInItsArticlesAndItsDocxListsItsOwnStyles() {
        Plan plan = VANBAN.read(Path.of("../samples/quang-ngai-stp-2024-quyet-dinh.yaml"));
        List<List<String>> s = sections(plan, DocumentPart.WHOLE);
        assertEquals(1, s.size());
        List<String> d = s.get(0);
        assertEquals("GIÁM ĐỐC SỞ TƯ PHÁP", authority(d));
        assertEquals("Điều 1. Thành lập Tổ công tác kiểm soát thủ tục hành chính năm 2024 của Sở Tư pháp (sau đây gọi "
                + "là Tổ công tác), gồm các ông, bà có tên sau:", d.get(d.indexOf("QUYẾT ĐỊNH:") + 1));
        assertEquals("1. Ông Trần Văn Hùng, Phó Giám đốc Sở, Tổ trưởng;", d.get(d.indexOf("QUYẾT ĐỊNH:") + 2));
        assertEquals("- Như Điều 4;", d.get(d.indexOf("Nơi nhận:") + 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, out);
        String styles = new String(DocxText.part(out.toByteArray(), "word/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("w:styleId=\"VbDecides\"") && styles.contains("w:styleId=\"VbAuthority\""));
        assertFalse(styles.contains("w:styleId=\"VbLetterSummary\""), "a letter's styles are not a decision's");
    }
}
