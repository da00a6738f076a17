package vn.vanban.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.vanban.text.Figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any catalogue and any progress, the report's figures add up: the tasks counted by state are
 * the catalogue's, "đã hoàn thành X/N" counts the tasks said to be done, its percentage is X of N,
 * and the table lists every task due or begun.
 */
class ReportProperties {

    private static final List<String> TIMES = List.of("Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024",
            "Tháng 2/2024", "Tháng 8/2024", "Năm 2024", "6 tháng đầu năm", "Hằng quý", "Trước ngày 30/6/2024",
            "Khi có yêu cầu");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(?:/\\d+)? nhiệm vụ");

    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("report-properties");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A task of the catalogue: its planned time, whether a group starts before it, and what the progress file says. */
    record Row(String time, boolean newGroup, Optional<Status> status) {
    }

    @Provide
    Arbitrary<List<Row>> catalogues() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of(TIMES), Arbitraries.of(true, false, false, false),
                Arbitraries.of(Status.class).optional(0.7)).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 60)
    void theFiguresAddUp(@ForAll("catalogues") List<Row> rows, @ForAll ReportPeriod.Kind kind) throws Exception {
        StringBuilder plan = new StringBuilder(ReportsTest.PLAN.substring(0, ReportsTest.PLAN.indexOf("      - {task:")));
        StringBuilder progress = new StringBuilder(ReportsTest.HEADER).append("period: ")
                .append(new ReportPeriod(kind, 2024).text()).append("\nrows:\n");
        int done = 0;
        int entries = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.newGroup()) {
                plan.append("      - {group: Nhóm ").append(i).append("}\n");
            }
            plan.append("      - {task: Nhiệm vụ số ").append(i + 1).append(", when: '").append(r.time()).append("'}\n");
            if (r.status().isPresent()) {
                progress.append("  - {row: ").append(i + 1).append(", status: ").append(r.status().get().key())
                        .append(", result: Kết quả ").append(i + 1).append("}\n");
                done += r.status().get() == Status.DONE ? 1 : 0;
                entries++;
            }
        }
        if (entries == 0) {
            progress.setLength(progress.length() - "rows:\n".length()); // no entry: no list
        }
        Path file = ReportsTest.files(dir, plan.toString(), progress.toString());
        Report report = Reports.read(file);
        List<String> body = ReportsTest.body(report.document());
        int at = body.indexOf("1. Tình hình chung");
        List<String> figures = body.subList(at + 2, body.size()).stream().takeWhile(l -> l.startsWith("- ")).toList();
        String first = figures.get(0);
        if (done == 0) {
            assertEquals("- Chưa có nhiệm vụ hoàn thành.", first);
        } else {
            assertEquals("- Đã hoàn thành " + Figures.ratio(done, rows.size()) + " nhiệm vụ, đạt "
                    + Figures.percent(done, rows.size()).replace('\u00A0', ' ') + ".", first);
        }
        int counted = done;
        for (String line : figures.subList(1, figures.size())) {
            if (line.startsWith("- Không có nhiệm vụ chậm")) {
                continue;
            }
            Matcher m = COUNT.matcher(line);
            assertTrue(m.find(), line);
            counted += Integer.parseInt(m.group(1));
        }
        assertEquals(rows.size(), counted, String.join("\n", figures));
        long listed = ReportsTest.table(report.document()).stream().filter(l -> !l.startsWith("# ")).count();
        long due = rows.stream().filter(r -> r.status().filter(s -> s != Status.NOT_STARTED).isPresent()
                || Periods.plannedTime(r.time(), 2024).orElse(PlannedTime.year(2024))
                .dueBy(new ReportPeriod(kind, 2024).end())).count();
        assertEquals(due, listed);
    }
}
