package vn.vanban.view;

/**
 * Dấu kết thúc văn bản — the "./." that ends the text of a document (the templates of Appendix
 * III end it so). It is added only where it is missing: a text that already ends with "./."
 * keeps it, one that ends with a sentence's "." gets "/." after it (never "../."), and a final
 * ",", ";" or ":" gives way to it, since the last sentence of a document ends with a period.
 * Whenever the text's own last character is kept or replaced rather than simply followed by the
 * mark, a warning says what was done, so that a person can check the sentence.
 */
final class EndMark {

    /** The end mark. */
    static final String MARK = "./.";

    /** How much of the text a warning quotes. */
    private static final int QUOTED = 40;

    private EndMark() {
    }

    /**
     * {@code text} ending with the mark, and the warning to give about it (or {@code null} when
     * the mark simply follows the text, or was already there).
     *
     * @param where what the text is, as a warning names it ("the closing sentence")
     */
    static Completed complete(String text, String where) {
        String t = text.stripTrailing();
        if (t.endsWith(MARK)) {
            return new Completed(text, null);
        }
        if (t.endsWith(".")) {
            String done = t + MARK.substring(1);
            return new Completed(done, where + " ends with a period: './.' is added after it ("
                    + tail(done) + "); end it with './.' yourself to say nothing here");
        }
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last == ',' || last == ';' || last == ':') {
            String done = t.substring(0, t.length() - 1) + MARK;
            return new Completed(done, where + " ends with '" + last + "', which './.' replaces (" + tail(done)
                    + "): the last sentence of a document ends with a period; check that it reads as one");
        }
        return new Completed(t + MARK, null);
    }

    /** The end of a text as a warning quotes it: "… thực hiện./.". */
    private static String tail(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED) {
            return "'" + text + "'";
        }
        String end = text.substring(text.offsetByCodePoints(text.length(), -QUOTED));
        int word = end.indexOf(' ');
        return "'… " + (word >= 0 ? end.substring(word + 1) : end) + "'";
    }

    /** A text ending with the mark, and the warning about it or {@code null}. */
    record Completed(String text, String warning) {
    }
}
