package vn.vanban.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresTest {

    private static final String NBSP = "\u00A0";

    @ParameterizedTest
    @CsvSource({"0,0", "1,01", "5,05", "9,09", "10,10", "12,12", "999,999", "1250,1.250"})
    void countsUnderTenTakeALeadingZero(long n, String expected) {
        assertEquals(expected, Figures.count(n));
    }

    @Test
    void ratiosAsReportsWriteThem() {
        assertEquals("05/12", Figures.ratio(5, 12));
        assertEquals("12/12", Figures.ratio(12, 12));
        assertEquals("02/04", Figures.ratio(2, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"5;12;41,7", "1;3;33,3", "2;3;66,7", "1;8;12,5", "1;2;50", "12;12;100",
            "0;12;0", "1;1000;0,1", "1;2000;0,1", "1;3000;0"})
    void percentagesHaveADecimalCommaAndANoBreakSpaceBeforeTheSign(long part, long whole, String number) {
        assertEquals(number + NBSP + "%", Figures.percent(part, whole));
    }

    @Test
    void theIssuesExample() {
        assertEquals("05/12", Figures.ratio(5, 12));
        assertEquals("41,7 %", Figures.percent(5, 12).replace(NBSP, " "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1234.5;1;1.234,5", "41.666;1;41,7", "50.0;1;50", "0.05;1;0,1",
            "-1234.56;2;-1.234,56", "0.004;2;0", "1000000;0;1.000.000"})
    void decimals(String value, int places, String expected) {
        assertEquals(expected, Figures.decimal(new BigDecimal(value), places));
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Figures.count(-1));
        assertThrows(IllegalArgumentException.class, () -> Figures.percent(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Figures.decimal(BigDecimal.ONE, -1));
    }

    /** Read back with the decimal comma, a percentage is its fraction rounded half up to a tenth. */
    @Property
    void aPercentageReadsBackAsTheRoundedFraction(@ForAll @IntRange(min = 0, max = 100_000) int part,
                                                  @ForAll @IntRange(min = 1, max = 100_000) int whole) {
        String p = Figures.percent(part, whole);
        assertTrue(p.endsWith(NBSP + "%"), p);
        String number = p.substring(0, p.length() - 2);
        assertFalse(number.contains(" "), p);
        BigDecimal read = new BigDecimal(number.replace(".", "").replace(',', '.'));
        BigDecimal exact = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        assertEquals(0, exact.compareTo(read), p);
        // No trailing zero after the comma, and never a point as the decimal mark.
        assertFalse(number.endsWith(",0") || number.matches(".*\\.\\d$"), p);
    }

    @Test
    void numbersAreReadAsVietnameseWritesThem() {
        assertEquals(Optional.of(new BigDecimal("235750000")), Figures.read("235.750.000"));
        assertEquals(Optional.of(new BigDecimal("1500.5")), Figures.read(" 1.500,5 "));
        assertEquals(Optional.of(new BigDecimal("12")), Figures.read("12"));
        assertEquals(Optional.of(new BigDecimal("1500")), Figures.read("1500"));
        assertEquals(Optional.empty(), Figures.read("1.5"), "a decimal point is no Vietnamese notation");
        assertEquals(Optional.empty(), Figures.read("khoảng 200"));
        assertEquals(Optional.empty(), Figures.read("1.50.000"));
    }

    @Test
    void sumsAreWrittenTheSameWay() {
        assertEquals("235.750.000", Figures.write(new BigDecimal("235750000")));
        assertEquals("1.500,50", Figures.write(new BigDecimal("1500.50")));
        assertEquals("-3.200", Figures.write(new BigDecimal("-3200")));
        assertEquals("0", Figures.write(BigDecimal.ZERO));
    }

    @Property(tries = 200)
    void whatIsWrittenReadsBack(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long cents) {
        BigDecimal n = BigDecimal.valueOf(cents, 2);
        assertEquals(0, n.compareTo(Figures.read(Figures.write(n)).orElseThrow()));
    }
}
