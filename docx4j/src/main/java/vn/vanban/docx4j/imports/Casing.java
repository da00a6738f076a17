package vn.vanban.docx4j.imports;

import vn.vanban.text.VietnameseCase;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Gives back the written case of words a document prints in capitals (the agency in the header,
 * the signer's title, section and appendix titles): the same words as the document writes them
 * elsewhere in ordinary case ("ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ" is "Ủy ban nhân dân thị xã Đức
 * Phổ" in the appendix's reference line), else sentence case with the place after an
 * administrative unit's name in capitals ("Ủy ban nhân dân xã Phổ Thạnh") and the title after
 * "Phó" ("Phó Giám đốc"). Capitals print the same whichever it picks.
 */
final class Casing {

    private static final Locale VI = VietnameseCase.VIETNAMESE;
    /** Administrative units, whose following words are a place's name. */
    private static final Pattern UNIT = Pattern.compile("(?<=^|\\s)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+");

    /** The document's text in ordinary case, and the same upper-cased (of the same length). */
    private final String written;
    private final String upper;

    Casing(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (!t.equals(VietnameseCase.upper(t))) {
                sb.append(t).append('\n');
            }
        }
        String w = sb.toString();
        String u = VietnameseCase.upper(w);
        this.written = u.length() == w.length() ? w : "";
        this.upper = u.length() == w.length() ? u : "";
    }

    /** {@code capitals} as the document writes it elsewhere, else in sentence case. */
    String of(String capitals) {
        String folded = Para.fold(capitals);
        if (folded.isEmpty() || !folded.equals(VietnameseCase.upper(folded))) {
            return folded;
        }
        int from = 0;
        while (true) {
            int at = upper.indexOf(folded, from);
            if (at < 0) {
                break;
            }
            int end = at + folded.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(upper.charAt(at - 1)))
                    && (end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end)));
            String found = written.substring(at, end);
            if (whole && !found.equals(folded)) {
                return found;
            }
            from = at + 1;
        }
        return sentence(folded);
    }

    /** Sentence case: the first letter, a place's name after its unit and the title after "Phó" in capitals. */
    static String sentence(String capitals) {
        String lower = capitals.toLowerCase(VI);
        StringBuilder sb = new StringBuilder(lower);
        capitalise(sb, 0);
        var m = UNIT.matcher(lower);
        while (m.find()) {
            for (int i = m.end(); i < sb.length(); i++) {
                if (i == m.end() || sb.charAt(i - 1) == ' ') {
                    capitalise(sb, i);
                }
            }
        }
        if (lower.startsWith("phó ")) {
            capitalise(sb, 4);
        }
        return sb.toString();
    }

    private static void capitalise(StringBuilder sb, int at) {
        if (at < sb.length()) {
            sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
        }
    }
}
