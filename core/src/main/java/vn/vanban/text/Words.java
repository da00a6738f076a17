package vn.vanban.text;

/**
 * Words (Vietnamese "từ", as the line breaker sees them): runs of characters between white space.
 * Found by index, in one pass and without allocating, because the layout and the PDF writer look
 * at every word of every plan:
 * <pre>{@code
 * for (int i = Words.next(s, 0); i < s.length(); i = Words.next(s, end)) {
 *     int end = Words.end(s, i);   // the word is s[i, end)
 * }
 * }</pre>
 */
public final class Words {

    private Words() {
    }

    /** Where the next word starts at or after {@code from}; {@code text.length()} when none does. */
    public static int next(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the word starting at {@code start} ends (exclusive). */
    public static int end(String text, int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
