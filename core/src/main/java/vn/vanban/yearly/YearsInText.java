package vn.vanban.yearly;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a year stands in a text as a year of its own — the plan's year, to move or to flag — and
 * where it does not: in a symbol ("15/2024/QĐ-UBND"), in another document's full date, or in a
 * law's name ("Luật Đất đai năm 2024"). Shared by {@link NextYear} (the model) and
 * {@link SourceRewrite} (the file's text).
 */
final class YearsInText {

    private YearsInText() {
    }

    /**
     * Replaces the year {@code from} by {@code to} where it stands as a year of its own, and
     * leaves it where it belongs to a symbol or to another document's full date.
     */
    static String replaceYear(String text, int from, int to) {
        if (text == null) {
            return null;
        }
        Set<Integer> lawYears = lawYears(text, from);
        Matcher m = yearPattern(from).matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, lawYears.contains(m.start()) ? m.group() : Integer.toString(to));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A law named with its year ("Luật Đất đai năm 2024", "Bộ luật Lao động năm 2019", "Luật Phổ
     * biến, giáo dục pháp luật năm 2012"): the year is the law's, not the plan's. From the name's
     * first word to the nearest "năm YYYY" in the same sentence.
     */
    private static final Pattern LAW = Pattern.compile(
            "(?<!\\p{L})(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)\\s[^;.:()\\n]{0,100}?"
                    // "… Luật Đất đai trong năm 2024": the time of an action, not a law's name.
                    + "(?<!\\btrong\\s)\\bnăm\\s{1,3}(\\d{4})(?!\\d)");

    /** Where the year {@code year} of a law's name starts in {@code text}. */
    private static Set<Integer> lawYears(String text, int year) {
        Set<Integer> at = new HashSet<>();
        Matcher m = LAW.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == year) {
                at.add(m.start(1));
            }
        }
        return at;
    }

    /** Whether {@code text} names {@code year} as a year of its own (not in a symbol or another document's date). */
    static boolean namesYear(String text, int year) {
        return text != null && yearPattern(year).matcher(text).find();
    }

    /** Whether {@code text} names {@code year} as a plan's year would be: not only in a law's name. */
    static boolean namesPlanYear(String text, int year) {
        if (text == null) {
            return false;
        }
        Set<Integer> lawYears = lawYears(text, year);
        return yearPattern(year).matcher(text).results().anyMatch(m -> !lawYears.contains(m.start()));
    }

    private static Pattern yearPattern(int year) {
        String y = Integer.toString(year);
        return Pattern.compile(
                // No digit before: not the end of a longer number ("12024").
                "(?<!\\d)"
                        // Not the year of a full day/month/year date: "08/6/2024", "8.6.2024", "8-6-2024".
                        + "(?<!\\d{1,2}[/.\\-]\\d{1,2}[/.\\-])"
                        // Not the year of a date in words: "ngày 07 tháng 02 năm 2024".
                        + "(?<!ngày\\s{1,3}\\d{1,2}\\s{1,3}tháng\\s{1,3}\\d{1,2}\\s{1,3}năm\\s{1,3})"
                        + y
                        // No digit after; not followed by "/…" (a symbol: "15/2024/QĐ-UBND") nor by
                        // "-07" or ".07" (an ISO date, a longer number).
                        + "(?!\\d)(?![/\\-.][\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
