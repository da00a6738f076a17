package vn.vanban.model;

/**
 * Trích dẫn văn bản — a reference to another document, cited by number ("Nghị định số
 * 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính") or, as laws are,
 * by name and date ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật Phổ
 * biến, giáo dục pháp luật năm 2012"). Exactly one of {@code type} and {@code name} is set.
 *
 * @param type           the cited document's type in sentence case ("Nghị định", "Kế hoạch"),
 *                       when cited by number; {@code null} when cited by name
 * @param name           the cited document's name ("Luật Đất đai"), when cited by name and date;
 *                       {@code null} when cited by type and number
 * @param number         number and symbol ("63/2010/NĐ-CP"); a not yet numbered one keeps only
 *                       the symbol ("/QĐ-UBND"); {@code null} when not cited by number
 * @param date           the date it was signed, possibly partly blank; {@code null} when not cited
 * @param issuer         who issued it ("Chính phủ", "Chủ tịch UBND tỉnh"); may be {@code null}
 * @param subject        what it is about, as cited ("về kiểm soát thủ tục hành chính"); may be
 *                       {@code null}
 * @param renewedYearly  true for a document issued again every year (the province's plan of the
 *                       year): next year's copy flags it for the clerk to update
 * @param sameLine       in the legal basis, cited on the line of the citation before it ("Căn cứ
 *                       Luật A ngày …; Luật B ngày …;"); false elsewhere
 * @param file           the data file the other fields were read from, as the citing file names it
 *                       ("duc-pho-2024.yaml"), or {@code null}: the plan a Công văn sends is cited
 *                       from its own file, so its number and date follow it
 */
public record Citation(String type, String name, String number, PartialDate date, String issuer, String subject,
                       boolean renewedYearly, boolean sameLine, String file) {

    /** A citation written out in the data. */
    public Citation(String type, String name, String number, PartialDate date, String issuer, String subject,
                    boolean renewedYearly, boolean sameLine) {
        this(type, name, number, date, issuer, subject, renewedYearly, sameLine, null);
    }

    /** A citation by type and number, as the plans of vanban 1 wrote every citation. */
    public Citation(String type, String number, PartialDate date, String issuer, String subject,
                    boolean renewedYearly) {
        this(type, null, number, date, issuer, subject, renewedYearly, false);
    }

    /** A citation of a document not renewed every year; {@code null} leaves a part out. */
    public static Citation of(String type, String number, PartialDate date, String issuer, String subject) {
        return new Citation(type, number, date, issuer, subject, false);
    }

    /**
     * A document cited by name and date, as laws are: "Luật Tổ chức chính quyền địa phương ngày
     * 19 tháng 6 năm 2015"; a date of its year alone reads "năm 2012".
     */
    public static Citation named(String name, PartialDate date) {
        return new Citation(null, name, null, date, null, null, false, false);
    }

    /** Whether it is cited by name rather than by type and number. */
    public boolean byName() {
        return name != null;
    }

    /** This citation marked as one of a document issued again every year. */
    public Citation yearly() {
        return new Citation(type, name, number, date, issuer, subject, true, sameLine, file);
    }

    /** This citation on the legal basis' line of the one before it. */
    public Citation onSameLine() {
        return new Citation(type, name, number, date, issuer, subject, renewedYearly, true, file);
    }
}
