package vn.vanban.yearly;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.TestPlans;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Citation;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial 4 §3: next-year falsified citations. A year in another document's citation written as
 * text (as an import leaves it) moved with the plan's, and one year of "năm 2024 và năm 2025"
 * moved without the other, unflagged.
 */
class CitedYearsTest {

    /** plan-a.docx's preamble, which the import put whole in {@code basis.issuing}. */
    private static final String TRIAL_ISSUING = "Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND huyện Núi Thành về "
            + "phòng, chống thiên tai năm 2025; Ủy ban nhân dân xã Tam Quang ban hành Kế hoạch như sau:";

    /** The shipped Quảng Ngãi sample's first purpose. */
    private static final String SAMPLE_PAIR = "Triển khai kịp thời, đầy đủ các văn bản pháp luật mới được Quốc hội, "
            + "Ủy ban Thường vụ Quốc hội, Chính phủ ban hành năm 2024 và năm 2025, nhất là các quy định liên quan trực "
            + "tiếp đến người dân, doanh nghiệp và các quy định về sắp xếp tổ chức bộ máy.";

    private static final Path QUANG_NGAI = Path.of("../samples/quang-ngai-pbgdpl-2025.yaml");

    private static final String CITED = ", whose years are the cited document's";
    private static final String TOGETHER = ", years named together, which move together or not at all "
            + "(write next year's by hand)";

    @Test
    void aCitationImportedAsTextKeepsItsYearAndIsFlagged() {
        Plan p = plan2025().basis(new LegalBasis(LegalBasis.Form.INLINE, "Thực hiện", List.of(), TRIAL_ISSUING))
                .build();

        NextYear.Result r = NextYear.of(p);

        assertEquals(TRIAL_ISSUING, r.plan().basis().issuing());
        assertEquals("date: 2025-03-12 → 2026\n"
                + "basis.issuing: FLAG 2025 kept in the citation \"số 45/KH-UBND ngày 20/02/2025 của UBND huyện Núi "
                + "Thành về phòng, chống thiên tai năm 2025\"" + CITED + ": " + TRIAL_ISSUING, lines(r));
    }

    @Test
    void theSamplesYearsNamedTogetherStayTogetherAndAreFlagged() throws Exception {
        String source = Files.readString(QUANG_NGAI);
        assertTrue(source.contains(SAMPLE_PAIR), "the sample still holds the trial's sentence");
        Plan plan = new PlanReader().read(source, "quang-ngai-pbgdpl-2025.yaml", Format.YAML);

        NextYear.Result r = NextYear.of(plan);

        String path = "body[0].section.content[0].clause.content[0].clause.text";
        List<String> about = r.review().stream().filter(l -> l.path().equals(path)).map(Object::toString).toList();
        assertEquals(List.of(path + ": FLAG 2025 kept in \"năm 2024 và năm 2025\"" + TOGETHER + ": " + SAMPLE_PAIR),
                about);
        String edited = SourceRewrite.yaml(source, r, 2025).orElseThrow();
        assertTrue(edited.contains("text: " + SAMPLE_PAIR + "\n"), "the sentence is kept as written");
        assertTrue(edited.contains("summary: Phổ biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh Quảng Ngãi\n"),
                "the plan's own year moves");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chính phủ ban hành năm 2024 và năm 2025, nhất là    | "năm 2024 và năm 2025"
            Kế hoạch năm học 2024-2025                          | "2024-2025"
            Chiến lược giai đoạn 2021 – 2025                    | "2021 – 2025"
            các nghị quyết ban hành năm 2024, 2025              | "năm 2024, 2025"
            từ năm 2024 đến năm 2025 trên địa bàn               | "năm 2024 đến năm 2025"
            Đề án 2025 - 2030                                   | "2025 - 2030"
            kỷ niệm 80 năm Cách mạng tháng Tám (1945 — 2025)    | "1945 — 2025"
            năm 2023, năm 2024 và năm 2025                      | "năm 2023, năm 2024 và năm 2025"
            """)
    void yearsNamedTogetherAreKeptWholeAndFlagged(String text, String phrase) {
        YearsInText.Reading r = YearsInText.read(text, 2025, 2026, false);

        assertEquals(text, r.text());
        assertEquals(List.of("in " + phrase + TOGETHER), r.kept());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Số 45/KH-UBND ngày 20/02/2025 về phòng, chống thiên tai năm 2025                   | Số 45/KH-UBND ngày 20/02/2025 về phòng, chống thiên tai năm 2025
            Theo Công văn ngày 20 tháng 02 năm 2025 về năm 2025; UBND xã ban hành năm 2025.      | Theo Công văn ngày 20 tháng 02 năm 2025 về năm 2025; UBND xã ban hành năm 2026.
            Thực hiện Kế hoạch số 45/KH-UBND về công tác năm 2025. Năm 2025, xã tập trung        | Thực hiện Kế hoạch số 45/KH-UBND về công tác năm 2025. Năm 2026, xã tập trung
            Quyết định 15/2024/QĐ-UBND về quản lý năm 2025; trong năm 2025                       | Quyết định 15/2024/QĐ-UBND về quản lý năm 2025; trong năm 2026
            Công văn ngày 8.6.2025 về sơ kết năm 2025! Năm 2025                                  | Công văn ngày 8.6.2025 về sơ kết năm 2025! Năm 2026
            Quyết định số /QĐ-UBND ngày / /2025 ban hành Kế hoạch năm 2025./. Năm 2025           | Quyết định số /QĐ-UBND ngày / /2025 ban hành Kế hoạch năm 2025./. Năm 2026
            Hướng dẫn ngày      tháng      năm 2025 về năm 2025                                  | Hướng dẫn ngày      tháng      năm 2025 về năm 2025
            Trực ban 24/24 giờ trong năm 2025                                                    | Trực ban 24/24 giờ trong năm 2026
            Tháng 10 - 11/2025                                                                   | Tháng 10 - 11/2026
            (ngày 09 tháng 11) gắn với các hoạt động từ tháng 10 đến tháng 11 năm 2025.          | (ngày 09 tháng 11) gắn với các hoạt động từ tháng 10 đến tháng 11 năm 2026.
            một số nội dung trọng tâm năm 2025                                                   | một số nội dung trọng tâm năm 2026
            """)
    void aYearInACitationByNumberOrDateIsKeptUpToItsEnd(String before, String after) {
        assertEquals(after, YearsInText.replaceYear(before, 2025, 2026));
    }

    /** The same rule for a citation the data file holds as one: the words after it are still its own. */
    @Test
    void theWordsAfterACitedDocumentAreItsOwnUpToItsEnd() {
        Citation district = Citation.of("Kế hoạch", "45/KH-UBND", new PartialDate(2025, 2, 20), "UBND huyện Núi Thành",
                null);
        BodyNode dash = new BodyNode.Dash(Text.of(new Inline.Plain("Thực hiện "), new Inline.Cite(district),
                new Inline.Plain(" về phòng, chống thiên tai năm 2025; xã "), new Inline.Strong("triển khai năm 2025")),
                List.of());
        Plan small = plan2025().build();
        Plan p = new Plan(small.type(), small.parent(), small.issuer(), null, null, small.date(), small.summary(),
                null, List.of(new BodyNode.Section("Nội dung", List.of(dash))), null, small.recipients(),
                small.signatory(), List.of());

        NextYear.Result r = NextYear.of(p);

        assertEquals("""
                date: 2025-03-12 → 2026
                body[0].section.content[0].dash[2]: FLAG 2025 kept in the rest of a citation begun before it, \
                "về phòng, chống thiên tai năm 2025", whose years are the cited document's: \
                 về phòng, chống thiên tai năm 2025; xã\s
                body[0].section.content[0].dash[3].strong: triển khai năm 2025 → triển khai năm 2026""", lines(r));
    }

    /** In place too: the data file's text is edited where NextYear moved the year, and only there. */
    @Test
    void theDataFileKeepsTheCitedYearAndMovesTheRest() {
        String source = """
                issuer: {name: Ủy ban nhân dân xã Tam Quang, abbreviation: UBND, place: Tam Quang}
                date: 2025-03-12   # the trial's plan-a
                summary: "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025"
                basis:
                  lead: Thực hiện
                  issuing: "%s"
                body:
                  - dash:
                      - 'Thực hiện '
                      - cite: {type: Kế hoạch, number: 45/KH-UBND, date: 2025-02-20, issuer: UBND huyện}
                      - " về phòng, chống thiên tai năm 2025; xã triển khai năm 2025."
                recipients: {to: [UBND huyện], archive: VT}
                signatory: {position: Chủ tịch, fullName: Lê Văn Tám}
                """.formatted(TRIAL_ISSUING);
        Plan plan = new PlanReader().read(source, "plan-a.yaml", Format.YAML);

        String edited = SourceRewrite.yaml(source, NextYear.of(plan), 2025).orElseThrow();

        assertEquals(source.replace("date: 2025-03-12", "date: 2026")
                .replace("cứu nạn năm 2025", "cứu nạn năm 2026")
                .replace("xã triển khai năm 2025.", "xã triển khai năm 2026."), edited);
    }

    /**
     * Whatever words stand between a document's number and the ";" that ends its citation, the
     * year among them stays, and the plan's year after the ";" moves.
     */
    @Property
    void aCitationKeepsItsYearWhateverItsWords(@ForAll("words") String words, @ForAll("words") String more) {
        String before = "Thực hiện Kế hoạch số 45/KH-UBND " + words + " năm 2025; " + more + " năm 2025";
        String after = "Thực hiện Kế hoạch số 45/KH-UBND " + words + " năm 2025; " + more + " năm 2026";

        YearsInText.Reading r = YearsInText.read(before, 2025, 2026, false);

        assertEquals(after, r.text());
        assertEquals(1, r.kept().size(), r.kept()::toString);
        assertFalse(r.openCitation());
    }

    /** Words with no digit and no mark that ends a sentence: letters, Vietnamese ones too, spaces of any kind. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcxyzABCđĐơưếạ ,:-()\"\u00A0\u200B\n\t").ofMaxLength(60);
    }

    private static Plan.Builder plan2025() {
        return TestPlans.small().toBuilder().date("2025-03-12").summary("Phòng, chống thiên tai");
    }

    private static String lines(NextYear.Result r) {
        return r.review().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
