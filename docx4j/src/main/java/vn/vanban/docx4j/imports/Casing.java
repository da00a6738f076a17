package vn.vanban.docx4j.imports;

import vn.vanban.text.VietnameseCase;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives back the written case of words a document prints in capitals (the agency in the header,
 * the signer's title, section and appendix titles): the same words as the document writes them
 * elsewhere in ordinary case ("ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ" is "Ủy ban nhân dân thị xã Đức
 * Phổ" in the appendix's reference line), else, for an agency's name, as {@link AgencyNames}
 * reads its kind and place, and for a title sentence case with the place after an
 * administrative unit's name in capitals ("Ủy ban nhân dân xã Phổ Thạnh") and the title after
 * "Phó" ("Phó Giám đốc"). Either way a name or title opens with a capital ("KINH PHÍ" is "Kinh
 * phí" though the text says "tổng kinh phí"), and an abbreviation keeps its capitals ("UBND TỈNH
 * QUẢNG NAM" is "UBND tỉnh Quảng Nam"): one of {@link #ABBREVIATIONS}, or a word of initials the
 * document itself writes in capitals among lower-case words ("- Lưu: VT, CCTL."). Capitals print
 * the same whichever it picks.
 */
final class Casing {

    private static final Locale VI = VietnameseCase.VIETNAMESE;
    /** Administrative units, whose following words are a place's name. */
    private static final Pattern UNIT = Pattern.compile("(?<=^|\\s)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+");
    /** Agencies' and programmes' abbreviations that names and titles carry ("UBND tỉnh", "Ban Chỉ đạo 389"). */
    static final Set<String> ABBREVIATIONS = Set.of("UBND", "HĐND", "MTTQ", "MTTQVN", "TAND", "VKSND", "CAND", "QĐND",
            "BCH", "BCĐ", "BQL", "HTX", "TTHC", "CCHC", "CNTT", "KT-XH", "PCTT", "TKCN", "THCS", "THPT", "TW");
    /**
     * A word of initials: capitals without a vowel's marks (a Vietnamese word in capitals has them
     * or is a word a text writes in lower case), "KT-XH" in parts.
     */
    private static final Pattern INITIALS = Pattern.compile("[A-ZĐ]{2,}(?:-[A-ZĐ]+)*");

    /** The document's text in ordinary case, and the same upper-cased (of the same length). */
    private final String written;
    private final String upper;
    /** The known abbreviations and the document's own, which keep their capitals. */
    private final Set<String> abbreviations = new HashSet<>(ABBREVIATIONS);

    Casing(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (!t.equals(VietnameseCase.upper(t))) {
                sb.append(t).append('\n');
                for (String word : t.split("[^\\p{L}\\p{N}-]+")) {
                    if (INITIALS.matcher(word).matches()) {
                        abbreviations.add(word);
                    }
                }
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
        String found = written(folded);
        // Found inside a sentence ("Tổng kinh phí: …"), it is still a title here.
        return found != null ? VietnameseCase.capitalise(found) : sentence(folded);
    }

    /** The words {@code capitals} (folded, in capitals) as the document writes them elsewhere, or null. */
    private String written(String capitals) {
        int from = 0;
        while (true) {
            int at = upper.indexOf(capitals, from);
            if (at < 0) {
                return null;
            }
            int end = at + capitals.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(upper.charAt(at - 1)))
                    && (end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end)));
            String found = written.substring(at, end);
            if (whole && !found.equals(capitals)) {
                return found;
            }
            from = at + 1;
        }
    }

    /**
     * An agency's name printed in capitals, as the document writes it elsewhere, else as
     * {@link AgencyNames} reads it: its kind's words in their case, its place or proper name in
     * title case, and {@code guessed} when some of that case could not be told.
     */
    AgencyNames.Read agency(String capitals) {
        String folded = Para.fold(capitals);
        if (!folded.equals(VietnameseCase.upper(folded))) {
            return new AgencyNames.Read(folded, false);
        }
        String found = folded.isEmpty() ? null : written(folded);
        return found != null ? new AgencyNames.Read(VietnameseCase.capitalise(found), false)
                : AgencyNames.of(folded, abbreviations);
    }

    /**
     * Sentence case: the first letter, a place's name after its unit and the title after "Phó" in
     * capitals, abbreviations as they are.
     */
    private String sentence(String capitals) {
        String lower = Arrays.stream(capitals.split(" "))
                .map(w -> abbreviations.contains(bare(w)) ? w : w.toLowerCase(VI))
                .collect(Collectors.joining(" "));
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

    /** The word without the marks around it: "(UBND)" and "UBND," are "UBND". */
    static String bare(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static void capitalise(StringBuilder sb, int at) {
        if (at < sb.length()) {
            sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
        }
    }
}
