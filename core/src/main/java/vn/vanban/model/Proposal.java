package vn.vanban.model;

/**
 * Đề nghị — the proposal on which a document is issued, the last line of its legal basis:
 * "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN ngày
 * 10/5/2024", "Xét đề nghị của …", "trên cơ sở đề xuất của Sở … tại Tờ trình số …".
 *
 * @param lead     the words that open it as written ("Xét đề nghị của", "trên cơ sở đề xuất
 *                 của"), or {@code null} for "Theo đề nghị của" ("theo đề nghị của" inside a
 *                 sentence)
 * @param by       who proposes ("Giám đốc Sở Khoa học và Công nghệ")
 * @param document the document that proposes it ("Tờ trình số 164/TTr-SKHCN ngày 10/5/2024"),
 *                 or {@code null}
 */
public record Proposal(String lead, String by, Citation document) {

    /** "Theo đề nghị của {@code by}", and " tại {@code document}" when it is given. */
    public static Proposal of(String by, Citation document) {
        return new Proposal(null, by, document);
    }
}
