package vn.vanban.view;

import java.util.List;

/**
 * A plan with every Vietnamese rule already applied — upper case, numbers, dates, citations,
 * the signature lines — so that templates only place finished strings. Templates own the fixed
 * words and the structure; this owns everything derived from the data.
 *
 * @param typeName          the type in upper case ("KẾ HOẠCH")
 * @param typeNameSentence  the type as cited in running text ("Kế hoạch")
 * @param parentAgency      the parent agency as the header sets it, or {@code null}
 * @param agency            the issuing agency as the header sets it: upper case, broken
 *                          ("\n") before the place of a local People's Committee
 * @param numberSymbol      "45/KH-UBND", or "     /KH-UBND" while unnumbered
 * @param placeDate         "Đức Phổ, ngày 07 tháng 02 năm 2024" (blanks kept in a draft)
 * @param longDate          "ngày 07 tháng 02 năm 2024" (blanks kept)
 * @param summary           the summary (trích yếu)
 * @param basis             the legal-basis paragraphs, in order
 * @param body              the body's nodes
 * @param closing           the closing paragraph, ending with "./.", or {@code null} when the body's
 *                          last paragraph carries the "./."
 * @param recipients        the recipients, without dash and punctuation
 * @param archive           what follows "Lưu: " (box 12 after it: "VT, NC (Sonnh)")
 * @param drafterLine       box 12 on a line of its own under the recipients ("PL.(300)"), or {@code null}
 * @param signatureLines    the authority and title lines, upper case ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
 * @param signer            the signer's name
 * @param signedBy          who the document is "của" in an appendix reference
 *                          ("Chủ tịch Ủy ban nhân dân thị xã Đức Phổ")
 * @param appendices        the appendices
 * @param metadata          the document properties
 * @param warnings          what a person should check in the text as rendered (an end mark
 *                          completed after the body's own period), one sentence each
 */
public record PlanView(String typeName, String typeNameSentence, String parentAgency, String agency,
                       String numberSymbol, String placeDate, String longDate, String summary,
                       List<BasisView> basis, List<NodeView> body, List<SpanView> closing,
                       List<String> recipients, String archive, String drafterLine, List<String> signatureLines,
                       String signer, String signedBy, List<AppendixView> appendices,
                       MetadataView metadata, List<String> warnings) {
    public PlanView {
        warnings = List.copyOf(warnings);
    }

    /** A paragraph of the legal basis; {@code italic} for "Căn cứ …" lines. */
    public record BasisView(boolean italic, List<SpanView> spans) {
    }

    /**
     * An appendix ready for a template.
     *
     * @param label      "Phụ lục", or "Phụ lục I", "Phụ lục II" (or "Phụ lục 1" …) when there are several
     * @param title      the title in upper case
     * @param landscape  whether its pages are landscape
     * @param numbered   whether a number column (STT) comes first
     * @param weights    relative widths of all columns, the number column first when numbered
     * @param headers    header texts of the data columns
     * @param aligns     how each data column's cells are aligned: left, center or right
     * @param rows       rows in order
     */
    public record AppendixView(String label, String title, boolean landscape, boolean numbered,
                               List<Integer> weights, List<String> headers, List<String> aligns, List<RowView> rows) {
    }

    /**
     * A catalogue row: a group heading ({@code group} set), an item with its number ("" when the
     * table is not numbered) and its data cells, or a total row ({@code total} set: its label,
     * which spans the number column and the first {@code totalSpan} data columns, then the other
     * data columns' cells, in bold).
     */
    public record RowView(String group, String number, List<List<SpanView>> cells, String total, int totalSpan) {
    }

    /** Document properties: title, subject, author, ISO date. */
    public record MetadataView(String title, String subject, String author, String language,
                               String date) {
    }
}
