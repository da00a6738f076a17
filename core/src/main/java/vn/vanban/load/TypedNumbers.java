package vn.vanban.load;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number typed at the start of a title or of a numbered node's text, in a form vanban writes
 * itself ("I. ", "1. ", "1.1. ", "a) ", "- ", "Điều 1.", "Phần I"): vanban prints its own number
 * before it, so it would print twice ("I. I. MỤC ĐÍCH", "a) a) Nội dung."). Someone moving a plan
 * from Word types these first. Warned, not refused: the words are still the user's.
 */
final class TypedNumbers {

    /**
     * The forms every numbered node's words are read for. A Roman or Arabic number or a letter is
     * followed by a space or a word ("1.Mục đích"), so that "1.500 người" is no number; a dash by a
     * space, so that "+84 …" is none.
     */
    private static final Pattern ANY = Pattern.compile(
            "(?:[IVX]+\\.|\\d{1,3}(?:\\.\\d{1,3})*\\.|[a-zđ]{1,2}\\))(?:\\s|(?=\\p{L}))|[-–—+•](?=\\s)");

    /** The labels a heading or an article prints, read only in its own title: "Mục đích" holds no "Mục 1". */
    private static final Map<String, Pattern> LABELS = Map.of(
            "part", label("phần", "(?:thứ\\s+\\p{L}+|[IVXLCDM]+(?![\\p{L}\\p{N}]))"),
            "chapter", label("chương", "(?:[IVXLCDM]+|\\d+)(?![\\p{L}\\p{N}])"),
            "section", label("mục", "\\d+(?![\\p{L}\\p{N}])"),
            "article", label("điều", "\\d+(?![\\p{L}\\p{N}])"));

    private TypedNumbers() {
    }

    private static Pattern label(String word, String number) {
        return Pattern.compile("(?iu:" + word + ")\\s+" + number + "\\.?");
    }

    /** The number {@code words} of a node of kind {@code kind} open with, or {@code null} when none. */
    static String at(String kind, String words) {
        String w = words.strip();
        Pattern own = LABELS.get(kind);
        Matcher m = own == null ? null : own.matcher(w);
        if (m != null && m.lookingAt()) {
            return m.group();
        }
        m = ANY.matcher(w);
        return m.lookingAt() ? m.group().strip() : null;
    }

    /** The warning about {@code words}, which open with {@code number}. */
    static String warning(String kind, String words, String number) {
        String writes = kind.equals("dash") ? "writes the '-' of a dash" : "numbers " + BodyLevels.name(kind);
        return Problems.quote(words.strip()) + " opens with " + Problems.quote(number) + ", a number typed in: vanban "
                + writes + " itself and would print both; leave " + Problems.quote(number) + " out";
    }
}
