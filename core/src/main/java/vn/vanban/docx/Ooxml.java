package vn.vanban.docx;

/** Namespaces, content types and relationship types of the parts this writer produces. */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

    static final String REL_OFFICE_DOCUMENT = R + "/officeDocument";
    static final String REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    static final String REL_APP = R + "/extended-properties";
    static final String REL_STYLES = R + "/styles";
    static final String REL_SETTINGS = R + "/settings";
    static final String REL_FONT_TABLE = R + "/fontTable";
    static final String REL_HEADER = R + "/header";
    static final String REL_FOOTNOTES = R + "/footnotes";

    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final String CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
    static final String CT_XML = "application/xml";
    static final String CT_DOCUMENT = WML + "document.main+xml";
    static final String CT_STYLES = WML + "styles+xml";
    static final String CT_SETTINGS = WML + "settings+xml";
    static final String CT_FONT_TABLE = WML + "fontTable+xml";
    static final String CT_HEADER = WML + "header+xml";
    static final String CT_FOOTNOTES = WML + "footnotes+xml";
    static final String CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    static final String CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    /** Relationship ids of word/document.xml; fixed, so no two documents differ by their ids. */
    static final String RID_STYLES = "rId1";
    static final String RID_SETTINGS = "rId2";
    static final String RID_FONT_TABLE = "rId3";
    static final String RID_HEADER_DEFAULT = "rId4";
    static final String RID_HEADER_FIRST = "rId5";
    static final String RID_FOOTNOTES = "rId6";

    private Ooxml() {
    }
}
