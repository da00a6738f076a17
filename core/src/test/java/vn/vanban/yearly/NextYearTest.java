package vn.vanban.yearly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.common.InvalidInputException;
import vn.vanban.TestPlans;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NextYearTest {

    private static final Citation PROVINCE_PLAN = new Citation("Kế hoạch", "36/KH-UBND",
            PartialDate.parse("2024-02-07"), "Chủ tịch UBND tỉnh",
            "truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý II/2024                                  | Quý II/2025
            Tháng 6/2024                                 | Tháng 6/2025
            Năm 2024                                     | Năm 2025
            dự toán năm 2024 được phân cấp               | dự toán năm 2025 được phân cấp
            Hằng quý, 06 tháng và năm 2024               | Hằng quý, 06 tháng và năm 2025
            năm 2024.                                    | năm 2025.
            (năm 2024)                                   | (năm 2025)
            Nghị định số 63/2024/NĐ-CP                   | Nghị định số 63/2024/NĐ-CP
            Quyết định 15/2024/QĐ-UBND                   | Quyết định 15/2024/QĐ-UBND
            ngày 08/6/2024 của Chính phủ                 | ngày 08/6/2024 của Chính phủ
            ngày 8.6.2024                                | ngày 8.6.2024
            ngày 07 tháng 02 năm 2024 của UBND tỉnh      | ngày 07 tháng 02 năm 2024 của UBND tỉnh
            2024-02-07                                   | 2024-02-07
            mã số 120245                                 | mã số 120245
            năm 2024                                     | năm 2025
            năm 2023 và năm 2024                         | năm 2023 và năm 2024
            """)
    void replacesTheYearOnlyWhereItIsTheYearItself(String before, String after) {
        assertEquals(after, YearsInText.replaceYear(before, 2024, 2025));
    }

    @Test
    void theSmallPlanMovesToNextYearWithAReviewOfEachChange() {
        NextYear.Result r = NextYear.of(TestPlans.small());

        assertEquals("""
                date: 2024 → 2025
                summary: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 → \
                Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025
                appendices[0].rows[1].time: Quý II/2024 → Quý II/2025""", lines(r));
        Plan next = r.plan();
        assertEquals(PartialDate.ofYear(2025), next.date());
        assertNull(next.number());
        // Citations are other documents: their year is theirs, not the plan's.
        assertEquals(TestPlans.small().basis(), next.basis());
        assertEquals(TestPlans.small().body(), next.body());
    }

    @Test
    void theNumberAndTheDayAndMonthBecomeBlank() {
        Plan p = withDateAndNumber(TestPlans.small(), PartialDate.parse("2024-03-15"), 15);

        NextYear.Result r = NextYear.of(p, 2026);

        assertNull(r.plan().number());
        assertEquals(PartialDate.ofYear(2026), r.plan().date());
        assertEquals(List.of("number: 15 → (blank)", "date: 2024-03-15 → 2026"),
                r.review().stream().limit(2).map(Object::toString).toList());
    }

    @Test
    void renewedYearlyCitationsAreKeptAndFlaggedWhereverTheyAre() {
        Plan small = TestPlans.small();
        LegalBasis basis = new LegalBasis(LegalBasis.Form.LINES, "Căn cứ", List.of(PROVINCE_PLAN),
                "Chủ tịch UBND thị xã ban hành Kế hoạch năm 2024, như sau:");
        List<BodyNode> body = List.of(new BodyNode.Section("Nội dung", List.of(
                new BodyNode.Dash(Text.of(new Inline.Plain("Theo "), new Inline.Cite(PROVINCE_PLAN),
                        new Inline.Plain(" năm 2024; "), new Inline.Strong("Danh mục năm 2024")), List.of()))));
        Plan p = new Plan(small.type(), small.parent(), small.issuer(), null, null, small.date(), "Kế hoạch",
                basis, body, null, small.recipients(), small.signatory(), List.of());

        NextYear.Result r = NextYear.of(p);

        assertEquals("""
                date: 2024 → 2025
                basis.citations[0]: FLAG renewed yearly: Kế hoạch số 36/KH-UBND ngày 07/02/2024 của Chủ tịch \
                UBND tỉnh truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh \
                — check for the 2025 edition
                basis.issuing: Chủ tịch UBND thị xã ban hành Kế hoạch năm 2024, như sau: → Chủ tịch UBND thị xã \
                ban hành Kế hoạch năm 2025, như sau:
                body[0].section.content[0].dash[1].cite: FLAG renewed yearly: Kế hoạch số 36/KH-UBND ngày \
                07/02/2024 của Chủ tịch UBND tỉnh truyền thông về hoạt động kiểm soát thủ tục hành chính năm \
                2024 trên địa bàn tỉnh — check for the 2025 edition
                body[0].section.content[0].dash[2]: FLAG 2024 kept in the rest of a citation begun before it, \
                "năm 2024", whose years are the cited document's:  năm 2024;\s
                body[0].section.content[0].dash[3].strong: Danh mục năm 2024 → Danh mục năm 2025""", lines(r));
        assertSame(PROVINCE_PLAN, r.plan().basis().citations().get(0));
        BodyNode.Dash dash = (BodyNode.Dash) r.plan().body().get(0).content().get(0);
        assertEquals(new Inline.Cite(PROVINCE_PLAN), dash.text().parts().get(1));
    }

    @Test
    void pathsFollowTheShortFormOfTheDataFile() {
        Plan small = TestPlans.small();
        List<BodyNode> body = List.of(
                new BodyNode.Part("Phần năm 2024", List.of(
                        new BodyNode.Clause("Khoản năm 2024", null, List.of()),
                        new BodyNode.Clause(null, Text.of("Nội dung năm 2024"), List.of(
                                new BodyNode.Point(Text.of("Điểm năm 2024"), List.of(
                                        new BodyNode.Paragraph(Text.of("Đoạn năm 2024")))))))));
        Appendix appendix = new Appendix("Danh mục năm 2024", Appendix.Orientation.AUTO, true,
                small.appendices().get(0).columns(),
                List.of(new CatalogueRow.Group("Nhóm năm 2024"),
                        new CatalogueRow.Item(Map.of("time", Text.of("Tháng 6/2024")))));
        Plan p = new Plan(small.type(), small.parent(), small.issuer(), null, null, small.date(), "Kế hoạch",
                null, body, "Thực hiện trong năm 2024", small.recipients(), small.signatory(), List.of(appendix));

        String paths = NextYear.of(p).review().stream().map(NextYear.Review::path)
                .collect(Collectors.joining("\n"));

        assertEquals("""
                date
                body[0].part.title
                body[0].part.content[0].clause
                body[0].part.content[1].clause.text
                body[0].part.content[1].clause.content[0].point.text
                body[0].part.content[1].clause.content[0].point.content[0].paragraph
                closing
                appendices[0].title
                appendices[0].rows[0].group
                appendices[0].rows[1].time""", paths);
    }

    /** Each flag says where the year stands; after a dated document, up to the sentence's end, it is the citation's (trial 4 §3). */
    @Test
    void theOldYearLeftInATextIsFlaggedForAPersonToConfirm() {
        Plan small = TestPlans.small();
        Plan p = new Plan(small.type(), small.parent(), small.issuer(), null, null, small.date(),
                "Kế hoạch giai đoạn 2024-2026", null, List.of(), "Theo Công văn ngày 08/6/2024, năm 2024",
                small.recipients(), small.signatory(), List.of());

        assertEquals("""
                date: 2024 → 2025
                summary: FLAG 2024 kept in "2024-2026", years named together, which move together or not at all \
                (write next year's by hand): Kế hoạch giai đoạn 2024-2026
                closing: FLAG 2024 kept in the date "ngày 08/6/2024", another document's or a deadline (a deadline \
                of the plan's year is moved by hand); in the citation "ngày 08/6/2024, năm 2024", whose years are \
                the cited document's: Theo Công văn ngày 08/6/2024, năm 2024""", lines(NextYear.of(p)));
    }

    /** The Tờ trình last year's plan answered is flagged: next year's plan answers a new one. */
    @Test
    void theProposalsDocumentIsAlwaysFlagged() {
        Plan small = TestPlans.small();
        Citation submission = Citation.of("Tờ trình", "05/TTr-ĐCXD", new PartialDate(2024, 1, 30), null, null);
        LegalBasis basis = new LegalBasis(LegalBasis.Form.LINES, "Căn cứ", List.of(),
                new vn.vanban.model.Proposal(null, "Trưởng Ban Chỉ huy", submission), "Ban hành Kế hoạch.", false);
        Plan p = small.toBuilder().basis(basis).build();
        assertTrue(lines(NextYear.of(p)).contains("basis.proposal.document: FLAG cites 2024: Tờ trình số 05/TTr-ĐCXD"),
                lines(NextYear.of(p)));
    }

    /** Issue 20 §10: a citation of last year's edition and a law named with a year. */
    @Test
    void aCitationNamingThePlansYearIsFlaggedAndALawsYearIsKept() {
        Plan small = TestPlans.small();
        Citation reform = Citation.of("Quyết định", "8353/QĐ-UBND", new PartialDate(2023, 12, 29), "Chủ tịch UBND thị xã",
                "ban hành Kế hoạch cải cách hành chính năm 2024 thị xã Đức Phổ");
        Citation older = Citation.of("Quyết định", "12/2023/QĐ-UBND", new PartialDate(2023, 3, 2), null,
                "về quản lý năm 2023");
        List<BodyNode> body = List.of(new BodyNode.Section("Nội dung", List.of(
                new BodyNode.Dash(Text.of(new Inline.Plain("Theo "), new Inline.Cite(reform), new Inline.Plain("; "),
                        new Inline.Cite(older)), List.of()),
                new BodyNode.Dash(Text.of("Phổ biến Luật Đất đai năm 2024, Luật Phổ biến, giáo dục pháp luật năm 2024 "
                        + "trong năm 2024."), List.of()))));
        Plan p = new Plan(small.type(), small.parent(), small.issuer(), null, null, small.date(), "Kế hoạch",
                null, body, null, small.recipients(), small.signatory(), List.of());

        assertEquals("""
                date: 2024 → 2025
                body[0].section.content[0].dash[1].cite: FLAG cites 2024: Quyết định số 8353/QĐ-UBND ngày 29/12/2023 \
                của Chủ tịch UBND thị xã ban hành Kế hoạch cải cách hành chính năm 2024 thị xã Đức Phổ — last year's \
                edition? check for the 2025 edition
                body[0].section.content[1].dash: Phổ biến Luật Đất đai năm 2024, Luật Phổ biến, giáo dục pháp luật năm \
                2024 trong năm 2024. → Phổ biến Luật Đất đai năm 2024, Luật Phổ biến, giáo dục pháp luật năm 2024 \
                trong năm 2025.
                body[0].section.content[1].dash: FLAG 2024 kept in the law's name "Luật Đất đai năm 2024"; in the law's \
                name "Luật Phổ biến, giáo dục pháp luật năm 2024": Phổ biến Luật Đất đai năm 2024, Luật Phổ biến, giáo \
                dục pháp luật năm 2024 trong năm 2025.""", lines(NextYear.of(p)));
    }

    /** A law named in a citation's subject is not last year's edition; "trong năm 2024" is the plan's year. */
    @Test
    void aLawsYearInASubjectIsNotFlaggedAndTheYearOfAnActionChanges() {
        Plan small = TestPlans.small();
        Citation decree = Citation.of("Nghị định", "102/2024/NĐ-CP", new PartialDate(2024, 7, 30), "Chính phủ",
                "quy định chi tiết thi hành một số điều của Luật Đất đai năm 2024");
        List<BodyNode> body = List.of(new BodyNode.Section("Nội dung", List.of(
                new BodyNode.Dash(Text.of(new Inline.Plain("Theo "), new Inline.Cite(decree)), List.of()),
                new BodyNode.Dash(Text.of("Tuyên truyền Luật Đất đai trong năm 2024."), List.of()))));
        Plan p = new Plan(small.type(), small.parent(), small.issuer(), null, null, small.date(), "Kế hoạch",
                null, body, null, small.recipients(), small.signatory(), List.of());

        assertEquals("""
                date: 2024 → 2025
                body[0].section.content[1].dash: Tuyên truyền Luật Đất đai trong năm 2024. → Tuyên truyền Luật Đất \
                đai trong năm 2025.""", lines(NextYear.of(p)));
    }

    /** Comments, at the head of the file or after a value, but not a "#" inside a text. */
    @Test
    void theFilesCommentsThatNameTheYearAreFlagged() {
        String yaml = "\uFEFF# Kế hoạch năm 2024 của UBND thị xã\n# made by hand\ndate: 2024  # ghi chú năm 2024\n"
                + "summary: |\n  # năm 2024 is text here\n    # năm 2024 too\n"
                + "# năm 2024 after the text\nclosing: \"a # năm 2024\"  # năm 2024 also\n";
        assertEquals(List.of("line 1: FLAG 2024 kept in a comment: # Kế hoạch năm 2024 của UBND thị xã",
                        "line 3: FLAG 2024 kept in a comment: # ghi chú năm 2024",
                        "line 7: FLAG 2024 kept in a comment: # năm 2024 after the text",
                        "line 8: FLAG 2024 kept in a comment: # năm 2024 also"),
                SourceRewrite.comments(yaml, 2024).stream().map(Object::toString).toList());
    }

    @Test
    void theInputPlanIsNotChangedAndTheNewYearHasFourDigitsAndComesLater() {
        Plan small = TestPlans.small();
        NextYear.of(small);
        assertEquals(TestPlans.small(), small);
        assertThrows(IllegalArgumentException.class, () -> NextYear.of(small, 99));
        int year = small.date().year();
        assertThrows(IllegalArgumentException.class, () -> NextYear.of(small, year), "not the same year");
        assertThrows(IllegalArgumentException.class, () -> NextYear.of(small, year - 1), "nor an earlier one");
    }

    /** Issue 19 §6: a plan dated 9999 made next-year fail with an internal error (exit 3). */
    @Test
    void aPlanOfTheLastFourDigitYearHasNoNextYearAndSaysSo() {
        Plan last = TestPlans.small().toBuilder().date("9999-12-31").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NextYear.of(last));
        assertEquals("date: the plan is dated 9999, and a year after it would have five digits; next year's draft "
                + "needs a plan of 9998 or before", e.getMessage());
        assertEquals(9999, NextYear.of(TestPlans.small().toBuilder().date("9998").build()).plan().date().year());
    }

    @Test
    void anInvalidPlanIsRefusedWithItsProblems() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> NextYear.of(TestPlans.small().toBuilder().summary("").build()));
        assertEquals("summary: expected text, found an empty string", e.getMessage());
    }

    private static String lines(NextYear.Result r) {
        return r.review().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static Plan withDateAndNumber(Plan p, PartialDate date, Integer number) {
        return new Plan(p.type(), p.parent(), p.issuer(), number, p.symbol(), date, p.summary(), p.basis(),
                p.body(), p.closing(), p.recipients(), p.signatory(), p.appendices());
    }
}
