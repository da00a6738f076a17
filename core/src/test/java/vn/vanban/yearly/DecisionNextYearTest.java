package vn.vanban.yearly;

import org.junit.jupiter.api.Test;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 §4: next year's draft of a decision and the plan it issues. Both years move, the
 * decision's number and date are blanked, and the plan's citations are flagged as a plan's are.
 */
class DecisionNextYearTest {

    private static final Path SAMPLE = Path.of("../samples/duc-pho-2024-quyet-dinh.yaml");

    @Test
    void bothTheDecisionAndItsPlanMoveToNextYear() throws Exception {
        Plan decision = new PlanReader().read(SAMPLE);
        NextYear.Result r = NextYear.of(decision.toBuilder().number(1546).date("2024-12-04").build());
        Plan next = r.plan();
        assertNull(next.number(), "the decision's number is blanked");
        assertEquals(PartialDate.ofYear(2025), next.date());
        assertTrue(next.summary().endsWith("năm 2025 trên địa bàn thị xã Đức Phổ"), next.summary());
        assertTrue(next.attached().summary().contains("năm 2025"), next.attached().summary());
        List<String> review = r.review().stream().map(Object::toString).toList();
        assertTrue(review.contains("number: 1546 → (blank)"), review.toString());
        assertTrue(review.stream().anyMatch(l -> l.startsWith("attached.summary: ")), review.toString());
        assertTrue(review.stream().anyMatch(l -> l.startsWith("attached.appendices[0].title: ")), review.toString());
        // The plan's citations are flagged where they stand in the attached text, the decision's in its basis.
        assertTrue(review.stream().anyMatch(l -> l.startsWith("attached.body[0].section.content[1].clause.content[0]")
                && l.contains("26/KH-UBND")), review.toString());
        assertTrue(review.stream().anyMatch(l -> l.startsWith("basis.citations[5]") && l.contains("36/KH-UBND")),
                review.toString());
        assertEquals(decision.attached().body().size(), next.attached().body().size());
        assertEquals(decision.attached().appendices().get(0).rows().size(),
                next.attached().appendices().get(0).rows().size());
    }

    @Test
    void theDataFileIsEditedInPlaceAndReadsBackAsTheNewDraft() throws Exception {
        String source = Files.readString(SAMPLE);
        Plan decision = new PlanReader().read(source, SAMPLE.getFileName().toString(), Format.YAML);
        NextYear.Result r = NextYear.of(decision);
        String edited = SourceRewrite.yaml(source, r, 2024).orElseThrow();
        assertTrue(edited.contains("summary: Ban hành Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm "
                + "2025 trên địa bàn thị xã Đức Phổ"), "the decision's summary");
        assertTrue(edited.contains("  summary: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa "
                + "bàn thị xã Đức Phổ"), "the plan's summary");
        Plan back = new PlanReader().read(edited, "next.yaml", Format.YAML);
        assertEquals(r.plan(), back, "the edited file holds the draft NextYear made");
    }
}
