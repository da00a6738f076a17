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
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** The citations run into one paragraph: "Thực hiện A; B, {@code issuing}". */
    public static LegalBasis inline(String lead, String issuing, Citation... citations) {
        return new LegalBasis(Form.INLINE, lead, List.of(citations), issuing);
    }

    /** One citation a line: "Căn cứ A;" … "Căn cứ B.", then {@code issuing}. */
    public static LegalBasis lines(String lead, String issuing, Citation... citations) {
        return new LegalBasis(Form.LINES, lead, List.of(citations), issuing);
    }

    /** Layout of the citations. */
    public enum Form {
        INLINE, LINES
    }
}
