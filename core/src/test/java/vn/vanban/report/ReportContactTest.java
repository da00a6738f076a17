package vn.vanban.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.load.PlanReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Box 13 of a report (địa chỉ, thư điện tử, số điện thoại…): the plan's, when the report is its
 * issuer's; the progress file's own, checked by the plan's rules; none when another agency reports.
 */
class ReportContactTest {

    static final String PLAN_CONTACT = """
            contact:
              - "Địa chỉ: 02 Nguyễn Trãi, thị trấn Mộ Đức"
              - "Điện thoại: 0255 3845 123"
            """;

    @Test
    void aReportByThePlansIssuerTakesThePlansContact(@TempDir Path dir) throws Exception {
        Path progress = ReportsTest.files(dir, ReportsTest.PLAN + PLAN_CONTACT, ReportsTest.HEADER
                + "period: Quý I/2024\n");
        assertEquals(List.of("Địa chỉ: 02 Nguyễn Trãi, thị trấn Mộ Đức", "Điện thoại: 0255 3845 123"),
                Reports.read(progress).document().contact());
    }

    @Test
    void aReportOnAPlanADecisionIssuesTakesTheDecisionsContact(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("decision.yaml"), Files.readString(AttachedPlanReportTest.DIRECTORY
                .resolve("decision.yaml")) + "contact: ['Địa chỉ: 01 Lê Lợi, thành phố Quy Nhơn']\n");
        Path progress = Files.writeString(dir.resolve("q3.yaml"), Files.readString(AttachedPlanReportTest.PROGRESS));
        assertEquals(List.of("Địa chỉ: 01 Lê Lợi, thành phố Quy Nhơn"), Reports.read(progress).document().contact());
    }

    @Test
    void theProgressFilesOwnContactIsTheReportsAndAnotherAgencysReportHasNoneOfThePlans(@TempDir Path dir)
            throws Exception {
        Path own = ReportsTest.files(dir, ReportsTest.PLAN + PLAN_CONTACT, ReportsTest.HEADER + """
                period: Quý I/2024
                contact: ["Địa chỉ: 05 Phạm Văn Đồng, thị trấn Mộ Đức", "Thư điện tử: vp@moduc.gov.vn"]
                """);
        assertEquals(List.of("Địa chỉ: 05 Phạm Văn Đồng, thị trấn Mộ Đức", "Thư điện tử: vp@moduc.gov.vn"),
                Reports.read(own).document().contact());
        // The office reports on the committee's plan: the committee's address is not the office's.
        Path other = ReportsTest.files(dir, ReportsTest.PLAN + PLAN_CONTACT, ReportsTest.HEADER + """
                period: Quý I/2024
                issuer: {name: Văn phòng HĐND và UBND huyện, abbreviation: VP, place: Mộ Đức}
                parent: {name: Ủy ban nhân dân huyện Mộ Đức}
                """);
        assertEquals(List.of(), Reports.read(other).document().contact());
    }

    /** The progress file's lines are told what a plan's are told, at their own line and field. */
    @Test
    void aProgressFilesContactIsCheckedByThePlansRulesAtItsLine(@TempDir Path dir) throws Exception {
        String contact = "contact: [\"Địa chỉ: 02 Nguyễn Trãi\", \"\\u00A0\\u200B\", \"" + "x".repeat(301)
                + "\", a, b, c, d]\n";
        Path progress = ReportsTest.files(dir, ReportsTest.PLAN, ReportsTest.HEADER + "period: Quý I/2024\n" + contact);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(progress));
        Path plan = Files.writeString(dir.resolve("bad-plan.yaml"), ReportsTest.PLAN + contact);
        InvalidInputException asPlan = assertThrows(InvalidInputException.class, () -> new PlanReader().read(plan));
        List<String> told = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertEquals(asPlan.problems().stream().map(p -> p.path() + ": " + p.message()).toList(), told);
        assertEquals(List.of("contact[1]", "contact[2]", "contact[6]"), e.problems().stream().map(Problem::path).toList());
        assertTrue(told.get(2).contains("at most 6"), told.get(2));
        for (Problem p : e.problems()) {
            assertEquals(progress.toString(), p.file());
            assertEquals(8, p.line(), p.toString());
            assertTrue(p.column() > 10, p.toString());
        }
    }

    @Test
    void theNextPeriodsFileKeepsTheContact(@TempDir Path dir) throws Exception {
        Path progress = ReportsTest.files(dir, ReportsTest.PLAN + PLAN_CONTACT, ReportsTest.HEADER + """
                period: Quý I/2024
                contact: ["Địa chỉ: 05 Phạm Văn Đồng, thị trấn Mộ Đức"]
                """);
        Path next = Files.writeString(dir.resolve("q2.yaml"), Reports.next(progress));
        assertEquals(List.of("Địa chỉ: 05 Phạm Văn Đồng, thị trấn Mộ Đức"), Reports.read(next).document().contact());
    }
}
