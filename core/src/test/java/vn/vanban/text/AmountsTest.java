package vn.vanban.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({"0,0", "5,5", "999,999", "1000,1.000", "1500000,1.500.000", "1000005,1.000.005",
            "2500000000,2.500.000.000", "1234567890123,1.234.567.890.123"})
    void digitsAreGroupedByDots(long n, String expected) {
        assertEquals(expected, Amounts.digits(n));
    }

    @Test
    void dong() {
        assertEquals("1.500.000 đồng", Amounts.dong(1_500_000));
        assertEquals("một triệu năm trăm nghìn đồng", Amounts.dongInWords(1_500_000));
        assertEquals("không đồng", Amounts.dongInWords(0));
    }

    @ParameterizedTest
    @CsvSource({
        "0,không", "1,một", "5,năm", "10,mười", "11,mười một", "15,mười lăm", "20,hai mươi",
        "21,hai mươi mốt", "25,hai mươi lăm", "55,năm mươi lăm", "100,một trăm", "101,một trăm linh một",
        "105,một trăm linh năm", "110,một trăm mười", "115,một trăm mười lăm", "1000,một nghìn",
        "1001,một nghìn không trăm linh một", "1010,một nghìn không trăm mười",
        "1000005,một triệu không trăm linh năm", "1500000,một triệu năm trăm nghìn",
        "2500000000,hai tỷ năm trăm triệu", "1000000000,một tỷ", "1000000000000,một nghìn tỷ",
        "12345678,mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám"})
    void words(long n, String expected) {
        assertEquals(expected, Amounts.words(n));
    }

    @Test
    void negativeSumsHaveNoWords() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.words(-1));
    }

    @Property
    void digitsReadBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
        String s = Amounts.digits(n);
        assertTrue(s.matches("\\d{1,3}(\\.\\d{3})*"), s);
        assertEquals(n, Long.parseLong(s.replace(".", "")));
    }

    @Property
    void wordsAreNonEmptyAndEvenlySpaced(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
        String w = Amounts.words(n);
        assertFalse(w.isEmpty());
        assertFalse(w.contains("  "), w);
        assertEquals(w.strip(), w);
        assertTrue(w.matches("[\\p{L} ]+"), w);
    }
}
