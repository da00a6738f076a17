package vn.vanban;

/** Which part of a document to render. */
public enum DocumentPart {
    /** The document, the text a decision issues, and the appendices, each appendix its own section. */
    WHOLE,
    /**
     * Only the appendices, as a file of their own (an appendix issued separately, spec §2.5); a
     * decision's are those of the text it issues.
     */
    APPENDICES,
    /** The document alone: a decision without the text it issues, any document without its appendices. */
    MAIN,
    /** The text a decision issues, with its appendices, as a file of its own (template 1.3). */
    ATTACHED
}
