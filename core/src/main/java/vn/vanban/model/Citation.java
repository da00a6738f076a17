package vn.vanban.model;

/**
 * Trích dẫn văn bản — a reference to another document, as in "Nghị định số 63/2010/NĐ-CP
 * ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính".
 *
 * @param type           the cited document's type in sentence case ("Nghị định", "Kế hoạch")
 * @param number         number and symbol ("63/2010/NĐ-CP"); a not yet numbered one keeps only
 *                       the symbol ("/QĐ-UBND"); {@code null} when not cited by number
 * @param date           the date it was signed, possibly partly blank; {@code null} when not cited
 * @param issuer         who issued it ("Chính phủ", "Chủ tịch UBND tỉnh"); may be {@code null}
 * @param subject        what it is about, as cited ("về kiểm soát thủ tục hành chính"); may be
 *                       {@code null}
 * @param renewedYearly  true for a document issued again every year (the province's plan of the
 *                       year): next year's copy flags it for the clerk to update
 */
public record Citation(String type, String number, PartialDate date, String issuer, String subject,
                       boolean renewedYearly) {

    /** A citation of a document not renewed every year; {@code null} leaves a part out. */
    public static Citation of(String type, String number, PartialDate date, String issuer, String subject) {
        return new Citation(type, number, date, issuer, subject, false);
    }

    /** This citation marked as one of a document issued again every year. */
    public Citation yearly() {
        return new Citation(type, number, date, issuer, subject, true);
    }
}
