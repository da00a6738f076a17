package vn.vanban.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.model.PartialDate;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource({"1,01", "5,05", "9,09", "10,10", "15,15", "31,31"})
    void daysOneToNineTakeALeadingZero(int day, String expected) {
        assertEquals(expected, VietnameseDates.day(day));
    }

    @ParameterizedTest
    @CsvSource({"1,01", "2,02", "3,3", "6,6", "9,9", "10,10", "12,12"})
    void onlyJanuaryAndFebruaryTakeALeadingZero(int month, String expected) {
        assertEquals(expected, VietnameseDates.month(month));
    }

    @Test
    void longFormOfAFullDate() {
        assertEquals("ngày 05 tháng 01 năm 2020", VietnameseDates.longForm(new PartialDate(2020, 1, 5)));
        assertEquals("ngày 29 tháng 6 năm 2019", VietnameseDates.longForm(new PartialDate(2019, 6, 29)));
        assertEquals("ngày 07 tháng 02 năm 2024", VietnameseDates.longForm(new PartialDate(2024, 2, 7)));
        assertEquals("ngày 15 tháng 3 năm 2024", VietnameseDates.longForm(new PartialDate(2024, 3, 15)));
    }

    @Test
    void blankDayAndMonthStayBlankForTheClerk() {
        String blank = VietnameseDates.BLANK;
        assertEquals("ngày " + blank + " tháng " + blank + " năm 2024",
                VietnameseDates.longForm(PartialDate.ofYear(2024)));
        assertEquals("ngày " + blank + " tháng 3 năm 2024",
                VietnameseDates.longForm(new PartialDate(2024, 3, null)));
    }

    @Test
    void placeDateLine() {
        assertEquals("Đức Phổ, ngày 07 tháng 02 năm 2024",
                VietnameseDates.placeDate("Đức Phổ", new PartialDate(2024, 2, 7)));
    }

    @Test
    void shortFormOfCitations() {
        assertEquals("08/6/2010", VietnameseDates.shortForm(new PartialDate(2010, 6, 8)));
        assertEquals("07/02/2024", VietnameseDates.shortForm(new PartialDate(2024, 2, 7)));
        assertEquals("29/12/2023", VietnameseDates.shortForm(new PartialDate(2023, 12, 29)));
        // A draft's blanks: room to write the day and month by hand, of spaces no line breaks at.
        String room = "\u00A0".repeat(5);
        assertEquals(room + "/" + room + "/2024", VietnameseDates.shortForm(PartialDate.ofYear(2024)));
        assertEquals(room + "/3/2024", VietnameseDates.shortForm(new PartialDate(2024, 3, null)));
    }

    @Test
    void leapDayMovedToAYearWithoutOneBecomesTheTwentyEighth() {
        PartialDate leap = new PartialDate(2024, 2, 29);
        assertEquals(new PartialDate(2025, 2, 28), leap.withYear(2025));
        assertEquals(new PartialDate(2028, 2, 29), leap.withYear(2028));
        assertEquals(new PartialDate(2025, 3, 31), new PartialDate(2024, 3, 31).withYear(2025));
        assertEquals(PartialDate.ofYear(2025), PartialDate.ofYear(2024).withYear(2025));
        assertEquals(new PartialDate(2025, 2, null), new PartialDate(2024, 2, null).withYear(2025));
    }

    @Test
    void partialDatesParseAndPrintTheirIsoForm() {
        assertEquals(PartialDate.ofYear(2024), PartialDate.parse("2024"));
        assertEquals(new PartialDate(2024, 2, null), PartialDate.parse("2024-02"));
        assertEquals(PartialDate.of(LocalDate.of(2024, 2, 7)), PartialDate.parse("2024-02-07"));
        assertEquals("2024-02-07", PartialDate.parse("2024-2-7").toString());
        assertEquals("2024", PartialDate.ofYear(2024).toString());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2024-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-02-29"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2024-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("07/02/2024"));
    }
}
