package vn.vanban.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiguresTest {

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
