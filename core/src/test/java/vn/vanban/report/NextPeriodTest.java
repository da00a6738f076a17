package vn.vanban.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next period's progress file, started from this one: it reads back, and carries what is not done. */
class NextPeriodTest {

    @Test
    void theSamplesNextIsTheNineMonthsWithTheTasksNotDoneFirst(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("..", "samples", "duc-pho-2024.yaml"), dir.resolve("duc-pho-2024.yaml"));
        String next = Reports.next(ReportsTest.SAMPLE);
        assertTrue(next.startsWith("# Progress for 9 tháng đầu năm 2024, started from duc-pho-2024-6-thang-progress.yaml"
                + " (6 tháng đầu năm 2024).\n# To bring up to date: 06 tasks not done or falling due (rows 1, 2, 7, 8, 10, "
                + "12).\n# Kept as they were, since a report counts from the start of the year: 05 tasks done or cancelled "
                + "(rows 3, 4, 5, 6, 9).\n"), next);
        Path file = Files.writeString(dir.resolve("duc-pho-2024-9-thang-progress.yaml"), next);
        ProgressReader.Read read = new ProgressReader().read(file);
        Progress p = read.progress();
        assertEquals(new ReportPeriod(ReportPeriod.Kind.NINE_MONTHS, 2024), p.period());
        assertNull(p.number());
        assertEquals("2024", p.date().toString());
        assertEquals(45, p.plan().number());
        assertEquals(List.of(1, 2, 7, 8, 10, 12, 3, 4, 5, 6, 9), p.rows().stream().map(RowProgress::row).toList());
        assertEquals(Status.NOT_STARTED, p.rows().get(4).status());
        assertEquals(Status.DONE, p.rows().get(6).status());
        assertEquals("Đã phát sóng 03/06 số chuyên mục", p.rows().get(1).result());
        assertEquals(Reports.read(ReportsTest.SAMPLE).document().signatory(), Reports.read(file).document().signatory());
        assertEquals(3, p.difficulties().size());
        // Read as the next report: nothing left without an entry but quý IV's task, not yet due; the
        // tasks done before are still done, the report counting from January.
        Report nine = Reports.read(file);
        assertEquals(List.of(), nine.warnings());
        assertTrue(ReportsTest.body(nine.document()).contains("- Đã hoàn thành 05/12 nhiệm vụ, đạt 41,7 %."));
        // And the one after it is the year's.
        Path year = Files.writeString(dir.resolve("year.yaml"), Reports.next(file));
        assertEquals(new ReportPeriod(ReportPeriod.Kind.YEAR, 2024), new ProgressReader().read(year).progress().period());
        assertEquals(List.of(1, 2, 7, 8, 10, 11, 12, 3, 4, 5, 6, 9), new ProgressReader().read(year).progress().rows()
                .stream().map(RowProgress::row).toList());
    }

    @Test
    void aTaskNamedByIdIsCarriedByItsIdAndANewOneByItsId(@TempDir Path dir) throws Exception {
        String plan = ReportsTest.PLAN.replace("{task: Rà soát", "{id: rs, task: Rà soát")
                .replace("{task: Tập huấn", "{id: th, task: Tập huấn");
        Path progress = ReportsTest.files(dir, plan, ReportsTest.HEADER + """
                period: Quý I/2024
                number: 4
                rows:
                  - {id: rs, status: in-progress, note: "Còn 80 thủ tục"}
                  - {row: 2, status: done}
                  - {row: 3, status: cancelled}
                  - {row: 5, status: done}
                """);
        String next = Reports.next(progress);
        assertTrue(next.contains("rows:\n  - id: rs\n    status: in-progress\n    note: Còn 80 thủ tục\n"), next);
        assertFalse(next.contains("number:"), next);
        Path file = Files.writeString(dir.resolve("q2.yaml"), next);
        Progress p = new ProgressReader().read(file).progress();
        assertEquals(new ReportPeriod(ReportPeriod.Kind.Q2, 2024), p.period());
        assertEquals(List.of("rs"), p.rows().stream().map(RowProgress::id).filter(java.util.Objects::nonNull).toList());
        assertEquals(List.of(Status.IN_PROGRESS, Status.DONE, Status.CANCELLED, Status.DONE),
                p.rows().stream().map(RowProgress::status).toList(), "quý III's task is not yet due in quý II");
    }

    @Test
    void aJsonProgressFileGivesAYamlOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), ReportsTest.PLAN);
        Path json = Files.writeString(dir.resolve("progress.json"), """
                {"plan": {"file": "plan.yaml", "columns": {"content": "task", "time": "when"}},
                 "period": "Quý III/2024", "date": "2024-09-20",
                 "signatory": {"position": "Chủ tịch", "fullName": "Nguyễn Văn An"},
                 "recipients": {"to": ["Văn phòng UBND tỉnh"], "archive": "VT"},
                 "rows": [{"row": 4, "status": "in-progress", "result": "Đã mở 02 lớp"}],
                 "difficulties": ["Không có."], "nextSteps": ["Tiếp tục."]}
                """);
        Path yaml = Files.writeString(dir.resolve("q4.yaml"), Reports.next(json));
        Progress p = new ProgressReader().read(yaml).progress();
        assertEquals(new ReportPeriod(ReportPeriod.Kind.Q4, 2024), p.period());
        assertEquals("Đã mở 02 lớp", p.rows().stream().filter(r -> Integer.valueOf(4).equals(r.row())).findFirst()
                .orElseThrow().result());
    }

    @Test
    void afterTheYearsLastReportComesNextYearsPlan(@TempDir Path dir) throws Exception {
        for (String period : List.of("Năm 2024", "Quý IV/2024")) {
            Path progress = ReportsTest.files(dir, ReportsTest.PLAN, ReportsTest.HEADER + "period: " + period + "\n");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.next(progress));
            Problem only = e.problems().get(0);
            assertEquals(1, e.problems().size());
            assertEquals(7, only.line());
            assertEquals(9, only.column(), "the column of the period's value, as every other problem has");
            assertEquals("period", only.path());
            assertTrue(only.message().endsWith("is the last of the plan's year; the next year starts with next year's "
                    + "plan (vanban next-year)"), only.message());
        }
    }
}
