package vn.vanban.text;

import java.util.regex.Pattern;

/**
 * Tiêu đề khoản — when a clause's words read as its title ("1. Mục đích"), which the decree sets
 * bold: a short line with no end mark. The rules that warn of a title typed as text and the
 * checker's numbering rule (C15) read it here.
 */
public final class ClauseTitles {

    /** The longest line that, with no end mark, reads as a title. */
    public static final int TITLE_LENGTH = 80;

    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.;:,!?…]");

    private ClauseTitles() {
    }

    /** Whether {@code words} end as a sentence or a list item does (".", ";", ":", …), not as a title. */
    public static boolean endsSentence(String words) {
        return ENDS_SENTENCE.matcher(words).matches();
    }

    /** Whether a clause's words, its number left out, read as a title: a short line with no end mark. */
    public static boolean readsAsTitle(String words) {
        String w = words.strip();
        return !w.isEmpty() && w.length() <= TITLE_LENGTH && !endsSentence(w);
    }
}
