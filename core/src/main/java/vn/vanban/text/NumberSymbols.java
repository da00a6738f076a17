package vn.vanban.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Số, ký hiệu văn bản — a document's number and symbol as the decree writes them, wherever a
 * text names one: "12/KH-UBND", "15/2024/QĐ-UBND", "05/TTr-ĐCXD", "101/2020/NĐ-CP", a draft's
 * blank number "/KH-UBND" ("Số:      /KH-UBND"), a symbol of several parts "123/BC-UBND-VP". A
 * clerk never breaks one across lines: where a line would end after one of its hyphens, the
 * layout marks that symbol's hyphens as {@link #NO_BREAK_HYPHEN}s, after which no line ends, in
 * the layout's lines, in Word or in LibreOffice. This class says which hyphens are a symbol's;
 * everything else keeps its hyphens: ordinary words ("kinh tế-xã hội"), years ("2024-2025"),
 * the motto ("Độc lập - Tự do - Hạnh phúc"), dates.
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
     * Số, ký hiệu — one number and symbol found in a text.
     *
     * @param start where it starts in the text
     * @param end   where it ends, exclusive
     */
    public record Symbol(int start, int end) {

        /** {@code text} with this symbol's hyphens made {@link #NO_BREAK_HYPHEN}s. */
        public String keptWhole(String text) {
            char[] out = text.toCharArray();
            for (int i = start; i < end; i++) {
                if (out[i] == '-') {
                    out[i] = NO_BREAK_HYPHEN;
                }
            }
            return new String(out);
        }
    }

    /**
     * The number and symbol of {@code text} whose hyphen stands at {@code hyphen}; none when the
     * character there is no "-" or belongs to no number and symbol.
     */
    public static Optional<Symbol> holding(String text, int hyphen) {
        if (hyphen < 0 || hyphen >= text.length() || text.charAt(hyphen) != '-') {
            return Optional.empty();
        }
        // A symbol holds no white space: the word around the hyphen is all there is to search.
        int from = hyphen;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = hyphen;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        Matcher m = SYMBOL.matcher(text).useTransparentBounds(true).region(from, to);
        while (m.find() && m.start() < hyphen) {
            if (m.end() > hyphen) {
                return Optional.of(new Symbol(m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** {@code text} with every {@link #NO_BREAK_HYPHEN} an ordinary "-": as it is printed and read back. */
    public static String plain(String text) {
        return text.indexOf(NO_BREAK_HYPHEN) < 0 ? text : text.replace(NO_BREAK_HYPHEN, '-');
    }
}
