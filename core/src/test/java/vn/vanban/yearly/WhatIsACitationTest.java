package vn.vanban.yearly;

import org.junit.jupiter.api.Test;
import vn.vanban.TestPlans;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Plan;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Trial 5 §7: what next-year took for a citation, and years named apart. The issuer's own
 * issuing words after a citation, the plan's own period "từ ngày … đến ngày …", the plan's year
 * named with the next, and a law's amendment in parentheses.
 */
class WhatIsACitationTest {

    /** The trial's ny.yaml {@code basis.issuing}. */
    private static final String ISSUING = "Thực hiện Chương trình giai đoạn 2021-2025 và Kế hoạch số 45/KH-UBND ngày "
            + "20/02/2025 của UBND huyện về phòng, chống thiên tai năm 2025, Ủy ban nhân dân xã ban hành Kế hoạch năm "
            + "2025 như sau:";

    @Test
    void aCitationEndsWhereTheIssuersOwnIssuingWordsBegin() {
        Plan p = TestPlans.small().toBuilder().date("2025-03-15").summary("Phổ biến pháp luật")
                .basis(new LegalBasis(LegalBasis.Form.INLINE, "Thực hiện", List.of(), ISSUING)).build();

        NextYear.Result r = NextYear.of(p);

        String after = ISSUING.replace("Kế hoạch năm 2025 như sau:", "Kế hoạch năm 2026 như sau:");
        assertEquals(after, r.plan().basis().issuing());
        assertEquals(List.of("basis.issuing: " + ISSUING + " → " + after,
                "basis.issuing: FLAG 2025 kept in \"2021-2025\", years named together, which move together or not at "
                        + "all (write next year's by hand); in the citation \"số 45/KH-UBND ngày 20/02/2025 của UBND huyện "
                        + "về phòng, chống thiên tai năm 2025\", whose years are the cited document's: " + after),
                r.review().stream().filter(l -> l.path().equals("basis.issuing")).map(Object::toString).toList());
    }

    /** The words after ", " that name a document are no issuing sentence: the citation goes on. */
    @Test
    void aCitedDocumentThatIssuesSomethingIsNotTheIssuersSentence() {
        String text = "Kế hoạch số 45/KH-UBND của UBND huyện về công tác năm 2025, Quyết định số 12/QĐ-UBND ngày "
                + "05/01/2025 của UBND tỉnh ban hành Quy chế năm 2025; xã làm năm 2025.";

        assertEquals(text.replace("xã làm năm 2025.", "xã làm năm 2026."),
                YearsInText.replaceYear(text, 2025, 2026));
    }

    /**
     * The plan's own period is not a citation; its two dates stay together and are flagged, as a
     * full date of the plan's year is.
     */
    @Test
    void aPeriodFromOneDayToAnotherIsThePlansTimeKeptWholeAndFlagged() {
        String text = "Thời gian: từ ngày 01/4/2025 đến ngày 30/6/2025; hạn báo cáo trước ngày 15/12/2025; kỳ báo cáo 6 "
                + "tháng đầu năm 2025.";

        YearsInText.Reading r = YearsInText.read(text, 2025, 2026, false);

        assertEquals(text.replace("đầu năm 2025.", "đầu năm 2026."), r.text());
        assertEquals(List.of("in \"từ ngày 01/4/2025 đến ngày 30/6/2025\", the plan's own period, whose dates move "
                        + "together or not at all (write next year's by hand)",
                "in the date \"ngày 15/12/2025\", another document's or a deadline (a deadline of the plan's year is "
                        + "moved by hand)"), r.kept());
    }

    @Test
    void aPeriodWrittenInWordsIsThePlansTimeToo() {
        String text = "từ ngày 01 tháng 4 năm 2025 đến ngày 30 tháng 6 năm 2025";

        YearsInText.Reading r = YearsInText.read(text, 2025, 2026, false);

        assertEquals(text, r.text());
        assertEquals(List.of("in \"" + text + "\", the plan's own period, whose dates move together or not at all "
                + "(write next year's by hand)"), r.kept());
    }

    @Test
    void thePlansYearNamedWithTheNextIsKeptAndFlagged() {
        String text = "Tổng kết năm 2025 và triển khai năm 2026";

        YearsInText.Reading r = YearsInText.read(text, 2025, 2026, false);

        assertEquals(text, r.text());
        assertEquals(List.of("as the text names the plan's year and the next, \"năm 2026\" (write next year's by "
                + "hand)"), r.kept());
    }

    /** A year after the new one is no answer to move to either: "năm 2027" with --year 2027 too. */
    @Test
    void anyYearUpToTheNewOneCounts() {
        YearsInText.Reading r = YearsInText.read("Tổng kết năm 2025, dự kiến Quý I/2027", 2025, 2027, false);

        assertEquals("Tổng kết năm 2025, dự kiến Quý I/2027", r.text());
        assertEquals(List.of("as the text names the plan's year and the next, \"I/2027\" (write next year's by "
                + "hand)"), r.kept());
    }

    @Test
    void aLawsAmendmentInParenthesesIsTheLaws() {
        String text = "Tuyên truyền Luật Đất đai năm 2024 (sửa đổi năm 2025)";

        YearsInText.Reading r = YearsInText.read(text, 2025, 2026, false);

        assertEquals(text, r.text());
        assertEquals(List.of("in the law's name \"Luật Đất đai năm 2024 (sửa đổi năm 2025)\""), r.kept());
    }

    /** The law's parenthesis does not reach the plan's year after it. */
    @Test
    void aLawsParenthesisEndsAtItsClosingMark() {
        assertEquals("Luật Đất đai năm 2024 (sửa đổi năm 2025) trong năm 2026",
                YearsInText.replaceYear("Luật Đất đai năm 2024 (sửa đổi năm 2025) trong năm 2025", 2025, 2026));
    }

    /** Without the law's own year, the parenthesis alone says the year is the amendment's. */
    @Test
    void anAmendmentWithoutTheLawsYearIsKept() {
        String text = "Tuyên truyền Luật Đất đai (sửa đổi, bổ sung năm 2025) trong năm 2025";

        YearsInText.Reading r = YearsInText.read(text, 2025, 2026, false);

        assertEquals("Tuyên truyền Luật Đất đai (sửa đổi, bổ sung năm 2025) trong năm 2026", r.text());
        assertEquals(List.of("in \"(sửa đổi, bổ sung năm 2025)\", the year a law was amended"), r.kept());
    }

    /** A parenthesis that amends nothing is no reason to keep the plan's year. */
    @Test
    void aParenthesisWithoutAnAmendmentMoves() {
        assertEquals("Tổng kết (giai đoạn năm 2026)", YearsInText.replaceYear("Tổng kết (giai đoạn năm 2025)", 2025, 2026));
    }
}
