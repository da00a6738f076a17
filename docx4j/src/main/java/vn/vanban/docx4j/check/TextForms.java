package vn.vanban.docx4j.check;

import vn.vanban.model.DocumentType;
import vn.vanban.text.NumberSymbols;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decree's written forms as pure functions of text: the national title and motto, the number
 * and symbol, the date with its leading zeros, the appendix reference line, Roman numerals and the
 * Vietnamese order of point letters. Each returns what is wrong in words, or nothing.
 */
final class TextForms {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Điểm letters in the Vietnamese alphabet's order: no f, j, w or z (Phụ lục I, Phần I, II.6.đ). */
    static final List<String> POINT_LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l",
            "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");

    /** A placeholder a draft or a template leaves: nothing, dots or an ellipsis. */
    private static final Pattern BLANK = Pattern.compile("[.…_\\s]*");
    private static final Pattern DATE = Pattern.compile(
            "^(?<place>.*?)(?<comma>,)?\\s*ngày(?:\\s+(?<day>(?!tháng(?:\\s|$))\\S+))?\\s+tháng"
                    + "(?:\\s+(?<month>(?!năm(?:\\s|$))\\S+))?\\s+năm(?:\\s+(?<year>\\S+))?$");
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*(?<colon>:)?\\s*(?<num>[^/]*?)\\s*/\\s*(?<symbol>.*)$");
    private static final Pattern SYMBOL_GROUP = Pattern.compile("[\\p{L}0-9]+");

    private TextForms() {
    }

    /** NFC, a non-breaking hyphen read as "-", white space folded to single spaces, stripped. */
    static String fold(String s) {
        return Normalizer.normalize(NumberSymbols.plain(s), Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    static String upper(String s) {
        return s.toUpperCase(VI);
    }

    /** At least one letter and no lower-case letter. */
    static boolean allUpper(String s) {
        return s.codePoints().anyMatch(Character::isLetter) && s.codePoints().noneMatch(Character::isLowerCase);
    }

    static boolean hasLower(String s) {
        return s.codePoints().anyMatch(Character::isLowerCase);
    }

    /** The letters of a text in lower case, for finding a line whatever its case, spaces or dashes. */
    static String letters(String s) {
        StringBuilder b = new StringBuilder();
        fold(s).toLowerCase(VI).codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString().replace("hoà", "hòa");
    }

    static boolean looksLikeNationalTitle(String text) {
        return letters(text).equals(letters(NATIONAL_TITLE));
    }

    static boolean looksLikeMotto(String text) {
        return letters(text).equals(letters(MOTTO));
    }

    /** The national title as the decree writes it; "HOÀ" (the older tone-mark place) is accepted (spec §6). */
    static boolean isNationalTitle(String text) {
        return text.equals(NATIONAL_TITLE) || text.equals(NATIONAL_TITLE.replace("HÒA", "HOÀ"));
    }

    /** Whether a type is printed as a type line ("KẾ HOẠCH"): every type but the letters. */
    static boolean hasTypeLine(DocumentType type) {
        return type.abbreviation().isPresent();
    }

    static String typeLine(DocumentType type) {
        return upper(type.vietnameseName());
    }

    /** What is wrong with a place-and-date line, or nothing; a draft's blank day and month pass. */
    static Optional<String> dateProblem(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.of("the place and date are written '<Place>, ngày DD tháng M năm YYYY' in full");
        }
        String place = m.group("place").strip();
        if (!place.isEmpty()) {
            if (m.group("comma") == null) {
                return Optional.of("a comma after the place name ('" + place + ", ngày …')");
            }
            if (!Character.isUpperCase(place.codePointAt(0))) {
                return Optional.of("the place name starts with a capital letter");
            }
        }
        Optional<String> day = dayProblem(m.group("day"));
        if (day.isPresent()) {
            return day;
        }
        Optional<String> month = monthProblem(m.group("month"));
        if (month.isPresent()) {
            return month;
        }
        String year = m.group("year");
        if (year == null || !year.matches("[0-9]{4}")) {
            return Optional.of("the year in four digits ('năm 2024')");
        }
        return Optional.empty();
    }

    /** Days 1–9 take a leading zero; days from 10 do not. */
    static Optional<String> dayProblem(String day) {
        if (day == null || BLANK.matcher(day).matches()) {
            return Optional.empty();
        }
        if (!day.matches("[0-9]+")) {
            return Optional.of("the day in Arabic digits, not '" + day + "'");
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return Optional.of("a day from 01 to 31, not " + day);
        }
        String want = d < 10 ? "0" + d : Integer.toString(d);
        return day.equals(want) ? Optional.empty()
                : Optional.of("days 1–9 with a leading zero and days from 10 without: 'ngày " + want + "', not 'ngày " + day + "'");
    }

    /** Months 1 and 2 take a leading zero; months 3–12 do not. */
    static Optional<String> monthProblem(String month) {
        if (month == null || BLANK.matcher(month).matches()) {
            return Optional.empty();
        }
        if (!month.matches("[0-9]+")) {
            return Optional.of("the month in Arabic digits, not '" + month + "'");
        }
        int v = Integer.parseInt(month);
        if (v < 1 || v > 12) {
            return Optional.of("a month from 1 to 12, not " + month);
        }
        String want = v <= 2 ? "0" + v : Integer.toString(v);
        return month.equals(want) ? Optional.empty()
                : Optional.of("months 1 and 2 with a leading zero and months 3–12 without: 'tháng " + want
                        + "', not 'tháng " + month + "'");
    }

    /**
     * What is wrong with a number-and-symbol line ("Số: 07/KH-UBND"), or nothing; a draft's blank
     * number passes. A type with an abbreviation starts its symbol with it; a letter's symbol is the
     * agency's abbreviation and the drafting unit's ("Số: 12/UBND-VX").
     */
    static Optional<String> numberProblem(String text, DocumentType type) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.of("'Số: <number>/<symbol>' with a slash between the number and the symbol");
        }
        if (m.group("colon") == null) {
            return Optional.of("a colon after 'Số' ('Số: …')");
        }
        String num = m.group("num");
        if (!BLANK.matcher(num).matches()) {
            if (!num.matches("[0-9]+")) {
                return Optional.of("the number in Arabic digits, not '" + num + "'");
            }
            int n = Integer.parseInt(num);
            String want = n < 10 ? "0" + n : Integer.toString(n);
            if (n == 0 || !num.equals(want)) {
                return Optional.of("numbers below 10 with a leading zero and none from 10: '" + (n == 0 ? "01" : want)
                        + "', not '" + num + "'");
            }
        }
        String symbol = m.group("symbol");
        if (symbol.contains(" ")) {
            return Optional.of("a symbol without spaces, its groups joined by '-': not '" + symbol + "'");
        }
        String[] groups = symbol.split("-", -1);
        for (String g : groups) {
            if (!SYMBOL_GROUP.matcher(g).matches()) {
                return Optional.of("a symbol of abbreviations joined by '-' ('KH-UBND'), not '" + symbol + "'");
            }
        }
        Optional<String> abbreviation = type.abbreviation();
        if (abbreviation.isPresent() && !groups[0].equals(abbreviation.get())) {
            return Optional.of("a " + type.vietnameseName() + "'s symbol starts with " + abbreviation.get()
                    + " ('" + abbreviation.get() + "-<agency>'), not '" + groups[0] + "'");
        }
        if (groups.length < 2) {
            return Optional.of(abbreviation.isPresent()
                    ? "the type's abbreviation and the agency's: '" + abbreviation.get() + "-<agency>'"
                    : "the agency's abbreviation and the drafting unit's: '<agency>-<unit>'");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with an appendix's reference line ("(Kèm theo Kế hoạch số 15/KH-UBND ngày 05
     * tháng 02 năm 2024 của Ủy ban nhân dân tỉnh X)"), or nothing; a draft's blanks pass.
     */
    static Optional<String> referenceProblem(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return Optional.of("the reference in parentheses: '(Kèm theo … số … ngày … của …)'");
        }
        String inner = text.substring(1, text.length() - 1).strip();
        Matcher m = Pattern.compile("^(?:Ban hành )?[Kk]èm theo (?<doc>.+?) số\\s*(?<num>[^/]*?)\\s*/\\s*(?<symbol>\\S*)"
                + "\\s+(?<date>ngày.*?năm\\s*\\S*)\\s+của\\s+(?<issuer>.+)$").matcher(inner);
        if (!m.matches()) {
            return Optional.of("'(Kèm theo <type> số <number>/<symbol> ngày DD tháng M năm YYYY của <issuer>)'");
        }
        String num = m.group("num");
        if (!BLANK.matcher(num).matches() && !num.matches("0[1-9]|[1-9][0-9]+")) {
            return Optional.of("the number with a leading zero below 10 ('07'), not '" + num + "'");
        }
        return dateProblem(m.group("date"));
    }

    /** The value of a Roman numeral from I to MMMCMXCIX, or -1. */
    static int roman(String s) {
        for (int v = 1; v < 4000; v++) {
            if (roman(v).equals(s)) {
                return v;
            }
        }
        return -1;
    }

    static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int v = value;
        for (int i = 0; i < values.length; i++) {
            while (v >= values[i]) {
                b.append(digits[i]);
                v -= values[i];
            }
        }
        return b.toString();
    }
}
