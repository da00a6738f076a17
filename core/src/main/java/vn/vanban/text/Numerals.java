package vn.vanban.text;

/** Numbering of the decree: Roman numerals, point letters, register numbers. */
public final class Numerals {

    /**
     * Điểm letters in Vietnamese alphabet order (Part I.II.6): the letters of the Vietnamese
     * alphabet without f, j, w, z and without the vowels written with marks other than đ.
     */
    private static final String[] POINT_LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s",
        "t", "u", "v", "x", "y"};

    /** The largest number Roman numerals write (MMMCMXCIX). */
    public static final int MAX_ROMAN = 3999;

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS =
        {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numerals() {
    }

    /** 1 → "I", 4 → "IV", 1999 → "MCMXCIX"; 1 to 3999. */
    public static String roman(int n) {
        if (n < 1 || n > MAX_ROMAN) {
            throw new IllegalArgumentException("Roman numerals run from 1 to 3999: " + n);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (n >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_SYMBOLS[i]);
                n -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * The letter of the n-th point (1-based): a, b, c, d, đ, e, g …; past "y" the letters double
     * (aa, bb …) as drafting practice does for very long lists.
     */
    public static String pointLetter(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("points are numbered from 1: " + n);
        }
        String letter = POINT_LETTERS[(n - 1) % POINT_LETTERS.length];
        return letter.repeat((n - 1) / POINT_LETTERS.length + 1);
    }

    /**
     * An ordinal in words, as "Phần thứ nhất" writes it: 1 → "nhất", 2 → "hai", 4 → "tư",
     * 10 → "mười", 21 → "hai mươi mốt".
     */
    public static String ordinal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ordinals start at 1: " + n);
        }
        return n == 1 ? "nhất" : n == 4 ? "tư" : Amounts.words(n);
    }

    /** A register number (Số): 1–9 padded to "01"–"09", 10 and over as they are. */
    public static String registerNumber(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("register numbers start at 1: " + n);
        }
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
