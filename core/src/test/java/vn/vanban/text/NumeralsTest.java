package vn.vanban.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumeralsTest {

    @ParameterizedTest
    @CsvSource({"1,I", "2,II", "3,III", "4,IV", "5,V", "9,IX", "10,X", "14,XIV", "19,XIX", "40,XL", "49,XLIX",
            "90,XC", "400,CD", "900,CM", "1994,MCMXCIV", "2024,MMXXIV", "3999,MMMCMXCIX"})
    void romanNumerals(int n, String expected) {
        assertEquals(expected, Numerals.roman(n));
    }

    @Test
    void romanNumeralsRunFromOneTo3999() {
        assertThrows(IllegalArgumentException.class, () -> Numerals.roman(0));
        assertThrows(IllegalArgumentException.class, () -> Numerals.roman(4000));
    }

    @Property
    void romanNumeralsReadBack(@ForAll @IntRange(min = 1, max = 3999) int n) {
        assertEquals(n, parseRoman(Numerals.roman(n)));
    }

    /** An independent reader: a smaller numeral before a larger one subtracts. */
    private static int parseRoman(String s) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int here = v.get(s.charAt(i));
            int next = i + 1 < s.length() ? v.get(s.charAt(i + 1)) : 0;
            total += here < next ? -here : here;
        }
        return total;
    }

    @Test
    void pointLettersFollowTheVietnameseAlphabet() {
        String expected = "a b c d đ e g h i k l m n o p q r s t u v x y";
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= 23; n++) {
            sb.append(n > 1 ? " " : "").append(Numerals.pointLetter(n));
        }
        assertEquals(expected, sb.toString());
    }

    @Test
    void pointLettersDoublePastY() {
        assertEquals("aa", Numerals.pointLetter(24));
        assertEquals("bb", Numerals.pointLetter(25));
        assertThrows(IllegalArgumentException.class, () -> Numerals.pointLetter(0));
    }

    @Property
    void pointLettersAreNeverFJWZ(@ForAll @IntRange(min = 1, max = 500) int n) {
        String letter = Numerals.pointLetter(n);
        assertFalse(letter.matches(".*[fjwz].*"), letter);
        assertTrue(letter.matches("([a-eg-ik-vxyđ])\\1*"), letter);
    }

    @ParameterizedTest
    @CsvSource({"1,01", "7,07", "9,09", "10,10", "15,15", "100,100"})
    void registerNumbersPadOneToNine(int n, String expected) {
        assertEquals(expected, Numerals.registerNumber(n));
    }

    @Test
    void registerNumbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> Numerals.registerNumber(0));
    }
}
