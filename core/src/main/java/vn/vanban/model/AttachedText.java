package vn.vanban.model;

import java.util.List;

/**
 * Văn bản kèm theo — the text a decision issues or approves (template 1.3 of Appendix III): a
 * Kế hoạch, a Quy chế, an Đề án … set after the decision in the same file, under a header of its
 * own (agency and national title, no number, no date), its type, its summary and the line
 * "(Kèm theo Quyết định số … ngày … của …)". Its number and date are the decision's. It has no
 * recipients and no signature of its own. A {@code null} list is an empty one.
 *
 * @param type       loại văn bản: what the decision issues ({@link DocumentType#KE_HOACH})
 * @param summary    trích yếu, sentence case, as for a plan; line breaks give its lines
 * @param basis      an opening paragraph or căn cứ of its own, or {@code null} (the decision's
 *                   preamble usually says it all)
 * @param body       nội dung
 * @param closing    the closing sentence before "./.", or {@code null}
 * @param appendices phụ lục, in order: their reference line names the decision
 * @param numbering  how its parts, clauses and appendices are numbered ({@code null} for the default)
 * @param reference  how the line under its summary opens
 */
public record AttachedText(DocumentType type, String summary, LegalBasis basis, List<BodyNode> body, String closing,
                           List<Appendix> appendices, Numbering numbering, Reference reference) {
    public AttachedText {
        body = Lists.copy(body, "body");
        appendices = Lists.copy(appendices, "appendices");
        numbering = numbering == null ? Numbering.DEFAULT : numbering;
        reference = reference == null ? Reference.ATTACHED : reference;
    }

    /** A text of this type and summary with this body, in the decree's form. */
    public static AttachedText of(DocumentType type, String summary, BodyNode... body) {
        return new AttachedText(type, summary, null, Lists.of("body", body), null, List.of(), null, null);
    }

    /** This text with these appendices. */
    public AttachedText withAppendices(List<Appendix> list) {
        return new AttachedText(type, summary, basis, body, closing, list, numbering, reference);
    }

    /** This text with this closing sentence. */
    public AttachedText withClosing(String sentence) {
        return new AttachedText(type, summary, basis, body, sentence, appendices, numbering, reference);
    }

    /** This text with its reference line in the given form. */
    public AttachedText withReference(Reference form) {
        return new AttachedText(type, summary, basis, body, closing, appendices, numbering, form);
    }

    /** How the line under the attached text's summary opens. */
    public enum Reference {
        /** "(Kèm theo Quyết định số …)", the decree's form (template 1.3). */
        ATTACHED,
        /** "(Ban hành kèm theo Quyết định số …)", as many agencies still write it. */
        ISSUED
    }
}
