package vn.vanban.text;

import java.util.regex.Pattern;

/**
 * Câu ban hành — the words that open the issuer's own issuing sentence after a preamble's
 * citations: "…; Ủy ban nhân dân xã ban hành Kế hoạch như sau:", "…, Chủ tịch UBND thị xã ban
 * hành …". The one place that says what they look like, for the import that cuts a preamble into
 * citations and issuing sentence, and for next year's copy, whose citations end where they begin.
 */
public final class IssuingWords {

    /** The issuing verb, as a word of its own. */
    public static final String VERB = " ban hành ";

    /** Words of a cited document, which an issuing sentence's subject does not have. */
    private static final Pattern NAMES_A_DOCUMENT = Pattern.compile("(?<=\\s)(số|ngày)\\s");

    private IssuingWords() {
    }

    /**
     * Whether {@code words}, which follow a ", " or "; ", open the issuer's own issuing sentence:
     * a capital, a subject that names no document (no "số", no "ngày"), then "ban hành". A cited
     * document may say "ban hành" too ("Quyết định số 12/QĐ-UBND … của UBND tỉnh ban hành Quy chế"),
     * but names itself by number or date before it.
     */
    public static boolean open(String words) {
        if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        int verb = words.indexOf(VERB);
        return verb >= 0 && !NAMES_A_DOCUMENT.matcher(words.substring(0, verb)).find();
    }
}
