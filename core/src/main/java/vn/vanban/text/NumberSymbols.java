package vn.vanban.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Số, ký hiệu văn bản — a document's number and symbol as the decree writes them, wherever a
 * text names one: "12/KH-UBND", "15/2024/QĐ-UBND", "05/TTr-ĐCXD", "101/2020/NĐ-CP", a draft's
 * blank number "/KH-UBND" ("Số:      /KH-UBND"), a symbol of several parts "123/BC-UBND-VP". A
 * clerk never breaks one across lines, so the hyphens between its parts are marked as
 * {@link #NO_BREAK_HYPHEN}: no line ends after them, in the layout's lines, in Word or in
 * LibreOffice. Everything else keeps its hyphens: ordinary words ("kinh tế-xã hội"), years
 * ("2024-2025"), the motto ("Độc lập - Tự do - Hạnh phúc"), dates.
 * <p>
 * The shape: an optional number of digits, an optional year ("/2024"), then a slash and the
 * symbol's parts joined by hyphens, each part opening with a capital ("TTr", "QĐ", "UBND"). The
 * slash stands after nothing that belongs to a word, a number or a path, so that "TCVN/ISO-IEC",
 * a web address's "/Tin-Tuc" or "COVID-19/SARS-CoV" are not taken for one. A marked text is as
 * long as the text it came from, character for character.
 */
public final class NumberSymbols {

    /** U+2011: a hyphen no line ends after; printed and read back as "-". */
    public static final char NO_BREAK_HYPHEN = '\u2011';

    private static final String PART = "\\p{Lu}[\\p{L}\\p{M}\\p{N}]*";
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}/\\-\u2011])\\d*(?:/\\d{4})?/" + PART + "(?:[\\-\u2011]" + PART + ")+");

    private NumberSymbols() {
    }

    /**
     * {@code text} with the hyphens inside each number and symbol made {@link #NO_BREAK_HYPHEN}s;
     * {@code text} itself when it names none.
     */
    public static String keptWhole(String text) {
        if (text.indexOf('/') < 0) {
            return text;
        }
        Matcher m = SYMBOL.matcher(text);
        char[] out = null;
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (text.charAt(i) == '-') {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[i] = NO_BREAK_HYPHEN;
                }
            }
        }
        return out == null ? text : new String(out);
    }

    /** {@code text} with every {@link #NO_BREAK_HYPHEN} an ordinary "-": as it is printed and read back. */
    public static String plain(String text) {
        return text.indexOf(NO_BREAK_HYPHEN) < 0 ? text : text.replace(NO_BREAK_HYPHEN, '-');
    }
}
