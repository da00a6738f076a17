package vn.vanban;

/** Which part of a document to render. */
public enum DocumentPart {
    /** The document and its appendices, each appendix its own section. */
    WHOLE,
    /** Only the appendices, as a file of their own (an appendix issued separately, spec §2.5). */
    APPENDICES
}
