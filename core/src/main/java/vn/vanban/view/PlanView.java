package vn.vanban.view;

import vn.vanban.common.Warning;

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
 *                          completed after the body's own period), one sentence each, with the
 *                          path of the field it is about
 * @param authority         a decision's authority line in upper case ("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ
 *                          ĐỨC PHỔ"), or {@code null} for other types
 * @param addressees        kính gửi, without dash and punctuation; empty for none
 * @param letterSummary     a Công văn's summary as it stands under the number ("V/v triển khai …")
 * @param attached          the text a decision issues, or {@code null}; its appendices are among
 *                          {@code appendices}
 * @param contact           địa chỉ, thư điện tử, số điện thoại… (ô số 13): the lines at the foot of
 *                          the document's first page, as given; empty for none
 * @param fields            the field paths of the texts above
 */
public record PlanView(String typeName, String typeNameSentence, String parentAgency, String agency,
                       String numberSymbol, String placeDate, String longDate, String summary,
                       List<BasisView> basis, List<NodeView> body, List<SpanView> closing,
                       List<String> recipients, String archive, String drafterLine, List<String> signatureLines,
                       String signer, String signedBy, List<AppendixView> appendices,
                       MetadataView metadata, List<Warning> warnings, String authority, List<String> addressees,
                       String letterSummary, AttachedView attached, List<String> contact, Fields fields) {
    public PlanView {
        warnings = List.copyOf(warnings);
        appendices = List.copyOf(appendices);
        addressees = List.copyOf(addressees);
        contact = List.copyOf(contact);
    }

    /** This view with only the given appendices and no attached text: one part rendered alone. */
    public PlanView only(AttachedView text, List<AppendixView> list) {
        return new PlanView(typeName, typeNameSentence, parentAgency, agency, numberSymbol, placeDate, longDate,
                summary, basis, body, closing, recipients, archive, drafterLine, signatureLines, signer, signedBy,
                list, metadata, warnings, authority, addressees, letterSummary, text, contact, fields);
    }

    /**
     * The field path of each of the document's own texts, as problems name fields; "" for one
     * the view makes of no one field. Lists run beside the view's own lists.
     *
     * @param parentAgency   "parent.name"
     * @param agency         "issuer.name"
     * @param summary        "summary", also of the letter's summary
     * @param authority      "authority" when the data gives it, else ""
     * @param addressees     "addressees[0]" …
     * @param recipients     "recipients.to[0]" …, "" for the first one the view adds ("Như trên")
     * @param archive        "recipients.archive", or "recipients" when box 12 follows it
     * @param drafterLine    "recipients.drafter"
     * @param signatureLines "signatory.collective", "signatory.headTitle", "signatory.position" …
     * @param signer         "signatory.fullName"
     * @param contact        "contact[0]" …
     * @param closing        "closing"
     */
    public record Fields(String parentAgency, String agency, String summary, String authority,
                         List<String> addressees, List<String> recipients, String archive, String drafterLine,
                         List<String> signatureLines, String signer, List<String> contact, String closing) {
        public Fields {
            addressees = List.copyOf(addressees);
            recipients = List.copyOf(recipients);
            signatureLines = List.copyOf(signatureLines);
            contact = List.copyOf(contact);
        }
    }

    /**
     * The text a decision issues, ready for a template.
     *
     * @param typeName  its type in upper case ("KẾ HOẠCH")
     * @param summary   its summary
     * @param reference the line under it, without the brackets ("Kèm theo Quyết định số …")
     * @param basis     its opening paragraphs, if any
     * @param body      its body's nodes
     * @param closing   its closing paragraph, or {@code null} when the body ends with "./."
     * @param summaryField "attached.summary"
     * @param closingField "attached.closing"
     */
    public record AttachedView(String typeName, String summary, String reference, List<BasisView> basis,
                               List<NodeView> body, List<SpanView> closing, String summaryField, String closingField) {
    }

    /**
     * A paragraph of the legal basis; {@code italic} for "Căn cứ …" lines. {@code field}: the path
     * of what it sets ("basis.citations[2]", "basis.proposal", "basis.issuing"), "basis" for a
     * paragraph of several.
     */
    public record BasisView(boolean italic, List<SpanView> spans, String field) {
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
     * @param reference  the line under the title, without the brackets ("Kèm theo Kế hoạch số … của …")
     * @param titleField   "appendices[0].title"
     * @param headerFields each header's path, "appendices[0].columns[1].header" …
     */
    public record AppendixView(String label, String title, boolean landscape, boolean numbered,
                               List<Integer> weights, List<String> headers, List<String> aligns, List<RowView> rows,
                               String reference, String titleField, List<String> headerFields) {
    }

    /**
     * A catalogue row: a group heading ({@code group} set), an item with its number ("" when the
     * table is not numbered) and its data cells, or a total row ({@code total} set: its label,
     * which spans the number column and the first {@code totalSpan} data columns, then the other
     * data columns' cells, in bold). {@code field} is the path of its group or total label
     * ("appendices[0].rows[3].group"), {@code cellFields} each cell's, beside {@code cells}
     * ("appendices[0].rows[4].content"; "" for a sum the view adds up).
     */
    public record RowView(String group, String number, List<List<SpanView>> cells, String total, int totalSpan,
                          String field, List<String> cellFields) {
    }

    /** Document properties: title, subject, author, ISO date. */
    public record MetadataView(String title, String subject, String author, String language,
                               String date) {
    }
}
