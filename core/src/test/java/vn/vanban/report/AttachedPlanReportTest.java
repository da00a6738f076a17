package vn.vanban.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.model.Plan;
import vn.vanban.view.PlanViews;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report on the plan a decision issues (template 1.3): its catalogue is the attached plan's,
 * and it is named by its subject and the decision, set apart in parentheses; a document that issues no plan is refused by what it is.
 */
class AttachedPlanReportTest {

    static final Path DIRECTORY = Path.of("src/test/resources/report/decision");
    static final Path PROGRESS = DIRECTORY.resolve("q3-progress.yaml");

    /** Whose the decision is, by the rule the decision's own reference lines follow. */
    private static String decisionAuthor() throws Exception {
        return PlanViews.of(new vn.vanban.load.PlanReader().read(DIRECTORY.resolve("decision.yaml"))).signedBy();
    }

    @Test
    void theAttachedPlansCatalogueIsReportedOnAndThePlanNamedByItsDecision() throws Exception {
        Report report = Reports.read(PROGRESS);
        Plan d = report.document();
        String whose = decisionAuthor();
        // The plan by its own name, the decision set apart: the period cannot read as part of its number.
        assertEquals("Kết quả thực hiện Kế hoạch cải cách hành chính năm 2025 của Sở Tài nguyên và Môi trường (ban hành "
                + "kèm theo Quyết định số 07/QĐ-STNMT ngày 08/01/2025 của " + whose + ") quý III năm 2025", d.summary());
        List<String> body = ReportsTest.body(d);
        assertEquals("Thực hiện Kế hoạch cải cách hành chính năm 2025 của Sở Tài nguyên và Môi trường (ban hành kèm theo "
                + "Quyết định số 07/QĐ-STNMT ngày 08/01/2025" + (whose.equals("Sở Tài nguyên và Môi trường") ? ""
                : " của " + whose) + "), Sở Tài nguyên và Môi trường báo cáo kết quả thực hiện quý III năm 2025 như sau:",
                body.get(0));
        assertEquals("Kế hoạch đề ra 09 nhiệm vụ, trong đó 07 nhiệm vụ phải triển khai từ đầu năm đến hết quý III năm "
                + "2025. Kết quả cụ thể như sau (chi tiết tại Phụ lục kèm theo):", body.get(3));
        assertEquals("Trên đây là báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2025 của Sở Tài nguyên và Môi "
                + "trường (ban hành kèm theo Quyết định số 07/QĐ-STNMT) quý III năm 2025 của Sở Tài nguyên và Môi "
                + "trường./.", body.get(body.size() - 1));
        // The report's own header: the department's, under its parent, numbered as the progress file says.
        assertEquals("95/BC-STNMT", PlanViews.of(d).numberSymbol());
        List<String> table = ReportsTest.table(d);
        assertEquals("# Cải cách thể chế", table.get(0));
        assertTrue(table.get(2).startsWith("2 | Tham mưu ban hành quy định về bảng giá đất | Phòng Đất đai | Trước "),
                table.toString());
        // The unreadable time is placed in the decision's file, under its attached plan.
        Problem unread = report.warnings().get(report.warnings().size() - 1);
        assertEquals(DIRECTORY.resolve("decision.yaml").toString(), unread.file());
        assertEquals("attached.appendices[0].rows[6].time", unread.path());
    }

    @Test
    void aDraftDecisionTakesTheNumberAndDateAsIssuedFromTheProgressFile(@TempDir Path dir) throws Exception {
        String decision = Files.readString(DIRECTORY.resolve("decision.yaml")).replace("number: 7\n", "")
                .replace("date: 2025-01-08", "date: 2025");
        Files.writeString(dir.resolve("decision.yaml"), decision);
        String progress = Files.readString(PROGRESS).replace("plan: {file: decision.yaml}",
                "plan: {file: decision.yaml, number: 11, date: 2025-01-09}");
        Path file = Files.writeString(dir.resolve("q3-progress.yaml"), progress);
        assertTrue(Reports.read(file).document().summary().startsWith("Kết quả thực hiện Kế hoạch cải cách hành chính năm "
                + "2025 của Sở Tài nguyên và Môi trường (ban hành kèm theo Quyết định số 11/QĐ-STNMT ngày 09/01/2025 của "));
        Path without = Files.writeString(dir.resolve("q3-progress.yaml"), Files.readString(PROGRESS));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(without));
        assertEquals(List.of("plan.date", "plan.number"), e.problems().stream().map(Problem::path).sorted().toList());
    }

    @Test
    void aLetterOrADecisionWithoutAnAttachedPlanIsRefusedByWhatItIs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letter.yaml"), """
                type: cong-van
                issuer: {name: Sở Tài nguyên và Môi trường, abbreviation: STNMT, place: Quy Nhơn}
                symbol: STNMT-VP
                number: 3
                date: 2025-01-10
                summary: Triển khai Kế hoạch cải cách hành chính năm 2025
                addressees: [Văn phòng Đăng ký đất đai tỉnh]
                body: [{paragraph: Đề nghị Văn phòng Đăng ký đất đai tỉnh triển khai thực hiện./.}]
                recipients: {to: [Giám đốc Sở], archive: VT}
                signatory: {position: Giám đốc, fullName: Trần Văn Nam}
                appendices:
                  - title: Danh mục
                    columns: [{key: content, header: Nội dung, width: 5}, {key: time, header: Thời gian, width: 2}]
                    rows: [{content: Rà soát, time: Quý I/2025}]
                """);
        // Template 1.2: a decision approving a list, which is no plan whatever its columns are called.
        String approval = Files.readString(DIRECTORY.resolve("decision.yaml"));
        approval = approval.substring(0, approval.indexOf("attached:")) + "appendices:"
                + approval.substring(approval.indexOf("  appendices:") + "  appendices:".length()).replace("\n  ", "\n");
        Files.writeString(dir.resolve("approval.yaml"), approval);
        for (String plan : List.of("letter.yaml", "approval.yaml")) {
            Path progress = Files.writeString(dir.resolve("progress.yaml"), Files.readString(PROGRESS)
                    .replace("decision.yaml", plan));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(progress));
            assertEquals(1, e.problems().size(), e.problems().toString());
            Problem p = e.problems().get(0);
            assertEquals("plan.file", p.path());
            String name = "'" + dir.resolve(plan) + "'";
            assertEquals(plan.equals("letter.yaml") ? name + " is a Công văn, not a plan: name the plan's file"
                    : name + " is a Quyết định that issues no plan (it has no 'attached' text, template 1.2): "
                    + "what it approves is not a plan's catalogue of tasks. Name the plan's file, or the decision that "
                    + "issues the plan as its 'attached' text (template 1.3)", p.message());
        }
    }
}
