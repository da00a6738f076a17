package vn.vanban.model;

import java.util.List;

/**
 * Căn cứ ban hành — the legal basis of the document and the sentence that issues it.
 * <p>
 * {@link Form#INLINE} runs the citations into one paragraph after {@code lead}
 * ("Thực hiện …; …, Chủ tịch UBND thị xã ban hành Kế hoạch …, như sau:"), as the seed does;
 * {@link Form#LINES} puts each citation on its own italic line ("Căn cứ …;"), the last ending
 * with "." and followed by the issuing sentence.
 *
 * @param form      how the citations are laid out
 * @param lead      the word that opens each citation or the paragraph ("Thực hiện", "Căn cứ")
 * @param citations the documents relied on, in order
 * @param issuing   the issuing sentence ("Chủ tịch UBND thị xã ban hành Kế hoạch …, như sau:")
 */
public record LegalBasis(Form form, String lead, List<Citation> citations, String issuing) {
    public LegalBasis {
        citations = List.copyOf(citations);
    }

    /** Layout of the citations. */
    public enum Form {
        INLINE, LINES
    }
}
