package vn.vanban.model;

import java.util.List;

/**
 * Căn cứ ban hành — the legal basis of the document, the proposal it answers, and the sentence
 * that issues it (the preamble). Its punctuation and slant follow the templates of Appendix III
 * and are the view's, not the data's.
 * <p>
 * {@link Form#LINES} puts each citation on its own italic line ("Căn cứ …;"), then the proposal
 * ("Theo đề nghị của …;"), then the issuing sentence upright; every line ends with ";" but the
 * last when no issuing sentence follows, which ends with "." (a decision's preamble before
 * "QUYẾT ĐỊNH:"). {@link Form#INLINE} runs the citations and the proposal into one upright
 * paragraph after {@code lead} ("Thực hiện A; B; trên cơ sở đề xuất của …, Ủy ban nhân dân …
 * ban hành Kế hoạch …, như sau:"), as the seed does; with {@code newSentence} the issuing
 * sentence starts a sentence of its own ("… pháp luật. Ủy ban nhân dân tỉnh ban hành …").
 *
 * @param form        how the citations are laid out
 * @param lead        the word that opens each citation line or the paragraph ("Căn cứ",
 *                    "Thực hiện"); {@code null} for "Căn cứ" in lines, "Thực hiện" inline
 * @param citations   the documents relied on, in order (those {@link Citation#sameLine()} share the
 *                    line of the one before)
 * @param proposal    the proposal it answers, or {@code null}
 * @param issuing     the issuing sentence ("Chủ tịch UBND thị xã ban hành Kế hoạch …, như sau:"), or
 *                    {@code null} when none follows the basis
 * @param newSentence inline only: the issuing sentence follows a period rather than a comma
 */
public record LegalBasis(Form form, String lead, List<Citation> citations, Proposal proposal, String issuing,
                         boolean newSentence) {
    public LegalBasis {
        citations = Lists.copy(citations, "citations");
    }

    /** A basis without a proposal, its issuing sentence after a comma when inline. */
    public LegalBasis(Form form, String lead, List<Citation> citations, String issuing) {
        this(form, lead, citations, null, issuing, false);
    }

    /** The citations run into one paragraph: "Thực hiện A; B, {@code issuing}". */
    public static LegalBasis inline(String lead, String issuing, Citation... citations) {
        return new LegalBasis(Form.INLINE, lead, Lists.of("citations", citations), issuing);
    }

    /** One citation a line: "Căn cứ A;" … "Căn cứ B;", then {@code issuing}. */
    public static LegalBasis lines(String lead, String issuing, Citation... citations) {
        return new LegalBasis(Form.LINES, lead, Lists.of("citations", citations), issuing);
    }

    /** This basis answering {@code proposal}, its last line before the issuing sentence. */
    public LegalBasis withProposal(Proposal proposal) {
        return new LegalBasis(form, lead, citations, proposal, issuing, newSentence);
    }

    /** This basis, inline, with its issuing sentence as a sentence of its own. */
    public LegalBasis issuingAsNewSentence() {
        return new LegalBasis(form, lead, citations, proposal, issuing, true);
    }

    /** Layout of the citations. */
    public enum Form {
        INLINE, LINES
    }
}
