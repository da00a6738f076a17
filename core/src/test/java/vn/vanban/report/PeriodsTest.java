package vn.vanban.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thường xuyên|true", "Liên tục|true", "Quanh năm|true", "Thường xuyên năm 2024|true",
        "Cả năm|false", "Năm 2024|false", "Quý II/2024|false", "Hằng quý|false"})
    void onlyATaskDoneAllTheTimeHasNoDeadline(String text, boolean ongoing) {
        assertEquals(ongoing, Periods.plannedTime(text, 2024).orElseThrow().ongoing());
    }

    @Test
    void aPeriodsNameIsKeptWholeAndNothingElseChanges() {
        assertEquals("Quý\u00A0I/2025", Periods.keptWhole("Quý I/2025"));
        assertEquals("Trước ngày\u00A030/6/2025", Periods.keptWhole("Trước ngày 30/6/2025"));
        assertEquals("Hằng quý, 06 tháng và năm\u00A02024", Periods.keptWhole("Hằng quý, 06 tháng và năm 2024"));
        assertEquals("Từ tháng\u00A03 đến quý\u00A0IV/2025", Periods.keptWhole("Từ tháng 3 đến quý IV/2025"));
        assertEquals("Thường xuyên", Periods.keptWhole("Thường xuyên"));
    }

    @Property
    void keepingNamesWholeOnlyTurnsSpacesIntoNoBreakSpaces(@ForAll("times") String text) {
        String kept = Periods.keptWhole(text);
        assertEquals(text.replace('\u00A0', ' '), kept.replace('\u00A0', ' '));
        assertEquals(text.length(), kept.length());
        assertEquals(Periods.plannedTime(text, 2024), Periods.plannedTime(kept, 2024), "it reads the same");
    }

    @Provide
    Arbitrary<String> times() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("quýQUÝthángnămgàyivx0123456789/ ,-–\u00A0")
                .ofMaxLength(30), Arbitraries.strings().all().ofMaxLength(30));
    }

    /** Each planned time: its first day, the day its first round is due, its last day (plan of 2024). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // The examples.
        "Quý II/2024|2024-04-01|2024-06-30|2024-06-30",
        "Tháng 3/2024|2024-03-01|2024-03-31|2024-03-31",
        "Năm 2024|2024-01-01|2024-12-31|2024-12-31",
        "6 tháng đầu năm|2024-01-01|2024-06-30|2024-06-30",
        "Hằng quý, 06 tháng và năm|2024-01-01|2024-03-31|2024-12-31",
        "Trước ngày 30/6/2024|2024-01-01|2024-06-30|2024-06-30",
        // The sample's.
        "Hằng quý, 06 tháng và năm 2024|2024-01-01|2024-03-31|2024-12-31",
        "Quý IV/2024|2024-10-01|2024-12-31|2024-12-31",
        // Other spellings of the same.
        "quý 2 năm 2024|2024-04-01|2024-06-30|2024-06-30",
        "Quí II|2024-04-01|2024-06-30|2024-06-30",
        "Tháng 03/2024.|2024-03-01|2024-03-31|2024-03-31",
        "3/2024|2024-03-01|2024-03-31|2024-03-31",
        "Hàng tháng|2024-01-01|2024-01-31|2024-12-31",
        "Định kỳ hằng quý|2024-01-01|2024-03-31|2024-12-31",
        "Thường xuyên|2024-01-01|2024-12-31|2024-12-31",
        "Cả năm|2024-01-01|2024-12-31|2024-12-31",
        "Trong năm 2024|2024-01-01|2024-12-31|2024-12-31",
        "Năm 2024 và các năm tiếp theo|2024-01-01|2024-12-31|2024-12-31",
        "06 tháng cuối năm 2024|2024-07-01|2024-12-31|2024-12-31",
        "9 tháng đầu năm|2024-01-01|2024-09-30|2024-09-30",
        "Dự kiến tháng 6/2024|2024-06-01|2024-06-30|2024-06-30",
        "Ngày 15/5/2024|2024-05-15|2024-05-15|2024-05-15",
        "ngày 15 tháng 5 năm 2024|2024-05-15|2024-05-15|2024-05-15",
        "Chậm nhất ngày 15/5|2024-01-01|2024-05-15|2024-05-15",
        "Trước quý III|2024-01-01|2024-06-30|2024-06-30",
        "Chậm nhất tháng 9/2024|2024-01-01|2024-09-30|2024-09-30",
        // Ranges and lists.
        "Tháng 3 - 6/2024|2024-03-01|2024-06-30|2024-06-30",
        "Tháng 3 – tháng 6 năm 2024|2024-03-01|2024-06-30|2024-06-30",
        "Từ quý II đến quý III/2024|2024-04-01|2024-09-30|2024-09-30",
        "Từ tháng 3/2024 đến hết năm|2024-03-01|2024-12-31|2024-12-31",
        "Quý II và quý IV|2024-04-01|2024-06-30|2024-12-31",
        "Quý II, III/2024|2024-04-01|2024-06-30|2024-09-30",
        "Tháng 6 và tháng 12/2024|2024-06-01|2024-06-30|2024-12-31",
        // Another year than the plan's.
        "Quý I/2025|2025-01-01|2025-03-31|2025-03-31",
        "Năm 2024-2025|2024-01-01|2025-12-31|2025-12-31"})
    void readsPlannedTimes(String text, String start, String firstDeadline, String end) {
        PlannedTime t = Periods.plannedTime(text, 2024).orElseThrow(() -> new AssertionError("not read: " + text));
        assertEquals(LocalDate.parse(start), t.start(), "start");
        assertEquals(LocalDate.parse(firstDeadline), t.firstDeadline(), "first deadline");
        assertEquals(LocalDate.parse(end), t.end(), "end");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Khi có yêu cầu", "Tháng 13/2024", "30/2/2024", "Quý V/2024", "Đầu năm",
        "Tháng 6 - tháng 3/2024", "Trước quý I/2024", "Sau khi có kinh phí", "2024/06", "Tuần 3"})
    void leavesWhatItCannotReadUnread(String text) {
        assertEquals(Optional.empty(), Periods.plannedTime(text, 2024));
    }

    @Test
    void anEmptyTimeIsUnread() {
        assertEquals(Optional.empty(), Periods.plannedTime("   ", 2024));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Quý I/2024|Q1", "quý 2 năm 2024|Q2", "Quý III 2024|Q3", "QUÝ IV/2024|Q4",
        "6 tháng đầu năm 2024|FIRST_HALF", "06 tháng năm 2024|FIRST_HALF", "9 tháng đầu năm 2024|NINE_MONTHS",
        "Năm 2024|YEAR", "cả năm 2024|YEAR"})
    void readsReportPeriods(String text, ReportPeriod.Kind kind) {
        assertEquals(Optional.of(new ReportPeriod(kind, 2024)), Periods.reportPeriod(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Quý I", "Tháng 6/2024", "3 tháng đầu năm 2024", "6 tháng cuối năm 2024",
        "Năm", "2024"})
    void aReportPeriodNamesItsYearAndIsOneOfTheSeries(String text) {
        assertEquals(Optional.empty(), Periods.reportPeriod(text));
    }

    @Test
    void periodsNameThemselvesAsAReportDoes() {
        ReportPeriod half = new ReportPeriod(ReportPeriod.Kind.FIRST_HALF, 2024);
        assertEquals("6 tháng đầu năm 2024", half.text());
        assertEquals("06 tháng đầu năm 2024", half.name());
        assertEquals("trong 06 tháng đầu năm 2024", half.span());
        assertEquals("06 tháng cuối năm 2024", half.ahead());
        assertEquals(LocalDate.of(2024, 6, 30), half.end());
        ReportPeriod q2 = new ReportPeriod(ReportPeriod.Kind.Q2, 2024);
        assertEquals("từ đầu năm đến hết quý II năm 2024", q2.span());
        assertEquals("Quý II/2024", q2.text());
        assertEquals(LocalDate.of(2024, 2, 29), new ReportPeriod(ReportPeriod.Kind.Q1, 2024).end().minusMonths(1)
                .withDayOfMonth(29));
        assertEquals(Optional.of(new ReportPeriod(ReportPeriod.Kind.NINE_MONTHS, 2024)), half.next());
        assertEquals(Optional.empty(), new ReportPeriod(ReportPeriod.Kind.YEAR, 2024).next());
        assertEquals(Optional.empty(), new ReportPeriod(ReportPeriod.Kind.Q4, 2024).next());
        assertEquals("năm 2025", new ReportPeriod(ReportPeriod.Kind.YEAR, 2024).ahead());
    }

    /** What a period writes in a file reads back as itself, for every period of every year. */
    @Property
    void aPeriodsTextReadsBackAsItself(@ForAll ReportPeriod.Kind kind, @ForAll @IntRange(min = 1000, max = 9999) int year) {
        ReportPeriod p = new ReportPeriod(kind, year);
        assertEquals(Optional.of(p), Periods.reportPeriod(p.text()));
        assertEquals(Optional.of(p), Periods.reportPeriod(p.name()));
        assertTrue(p.end().getYear() == year && p.end().getDayOfMonth() >= 28);
    }

    /** A quarter or a month named with its year is read into that quarter or month, whatever the plan's year. */
    @Property
    void quartersAndMonthsLandInTheirYear(@ForAll @IntRange(min = 1, max = 12) int month,
                                          @ForAll @IntRange(min = 1000, max = 9999) int year,
                                          @ForAll @IntRange(min = 1000, max = 9999) int planYear) {
        PlannedTime m = Periods.plannedTime("Tháng " + month + "/" + year, planYear).orElseThrow();
        assertEquals(LocalDate.of(year, month, 1), m.start());
        assertEquals(m.start().plusMonths(1).minusDays(1), m.end());
        int q = (month + 2) / 3;
        String roman = new String[] {"I", "II", "III", "IV"}[q - 1];
        PlannedTime quarter = Periods.plannedTime("Quý " + roman + "/" + year, planYear).orElseThrow();
        assertFalse(m.start().isBefore(quarter.start()) || m.end().isAfter(quarter.end()));
    }

    @Provide
    Arbitrary<String> timeLike() {
        return Arbitraries.strings().withChars("quýQÝtháng năm0123456789/-–,; vàIVhằngtrướcngàyđếntừ\u00A0\t\n.")
                .ofMaxLength(40);
    }

    /** Whatever a cell holds, reading it never fails: it is a span, or it is unread. */
    @Property(tries = 2000)
    void anyTextIsASpanOrUnread(@ForAll("timeLike") String text) {
        Periods.plannedTime(text, 2024).ifPresent(t -> {
            assertFalse(t.end().isBefore(t.start()), text);
            assertFalse(t.firstDeadline().isBefore(t.start()) || t.firstDeadline().isAfter(t.end()), text);
        });
        Periods.reportPeriod(text);
    }

    @Property(tries = 500)
    void anyStringAtAllIsASpanOrUnread(@ForAll String text) {
        Periods.plannedTime(text, 2024);
        Periods.reportPeriod(text);
    }
}
