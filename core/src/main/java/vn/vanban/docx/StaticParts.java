package vn.vanban.docx;

import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

/** The small parts of the package: content types, relationships, settings, fonts, headers, properties. */
final class StaticParts {

    private StaticParts() {
    }

    static byte[] contentTypes(boolean footnotes) {
        Xml x = Xml.part(2048);
        x.open("Types", "xmlns", Ooxml.CONTENT_TYPES)
                .empty("Default", "Extension", "rels", "ContentType", Ooxml.CT_RELS)
                .empty("Default", "Extension", "xml", "ContentType", Ooxml.CT_XML);
        override(x, "/word/document.xml", Ooxml.CT_DOCUMENT);
        override(x, "/word/styles.xml", Ooxml.CT_STYLES);
        override(x, "/word/settings.xml", Ooxml.CT_SETTINGS);
        override(x, "/word/fontTable.xml", Ooxml.CT_FONT_TABLE);
        override(x, "/word/header1.xml", Ooxml.CT_HEADER);
        override(x, "/word/header2.xml", Ooxml.CT_HEADER);
        if (footnotes) {
            override(x, "/word/footnotes.xml", Ooxml.CT_FOOTNOTES);
        }
        override(x, "/docProps/core.xml", Ooxml.CT_CORE);
        override(x, "/docProps/app.xml", Ooxml.CT_APP);
        return x.close("Types").bytes();
    }

    private static void override(Xml x, String part, String type) {
        x.empty("Override", "PartName", part, "ContentType", type);
    }

    static byte[] packageRels() {
        Xml x = Xml.part(1024);
        x.open("Relationships", "xmlns", Ooxml.PACKAGE_RELS);
        rel(x, "rId1", Ooxml.REL_OFFICE_DOCUMENT, "word/document.xml");
        rel(x, "rId2", Ooxml.REL_CORE, "docProps/core.xml");
        rel(x, "rId3", Ooxml.REL_APP, "docProps/app.xml");
        return x.close("Relationships").bytes();
    }

    static byte[] documentRels(boolean footnotes) {
        Xml x = Xml.part(1024);
        x.open("Relationships", "xmlns", Ooxml.PACKAGE_RELS);
        rel(x, Ooxml.RID_STYLES, Ooxml.REL_STYLES, "styles.xml");
        rel(x, Ooxml.RID_SETTINGS, Ooxml.REL_SETTINGS, "settings.xml");
        rel(x, Ooxml.RID_FONT_TABLE, Ooxml.REL_FONT_TABLE, "fontTable.xml");
        rel(x, Ooxml.RID_HEADER_DEFAULT, Ooxml.REL_HEADER, "header1.xml");
        rel(x, Ooxml.RID_HEADER_FIRST, Ooxml.REL_HEADER, "header2.xml");
        if (footnotes) {
            rel(x, Ooxml.RID_FOOTNOTES, Ooxml.REL_FOOTNOTES, "footnotes.xml");
        }
        return x.close("Relationships").bytes();
    }

    private static void rel(Xml x, String id, String type, String target) {
        x.empty("Relationship", "Id", id, "Type", type, "Target", target);
    }

    static byte[] app() {
        Xml x = Xml.part(512);
        return x.open("Properties", "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
                .element("Application", "vanban")
                .element("DocSecurity", "0")
                .close("Properties").bytes();
    }

    /**
     * The default tab stop is the profile's, which the layout also sets tabs by; a document with
     * footnotes names the separator notes Word expects in its footnotes part.
     */
    static byte[] settings(LayoutProfile profile, boolean footnotes) {
        int tab = Twips.of(profile.tabStop());
        Xml x = Xml.part(1024);
        x.open("w:settings", "xmlns:w", Ooxml.W)
                .empty("w:zoom", "w:percent", "100")
                .empty("w:defaultTabStop", "w:val", Twips.str(tab))
                .empty("w:characterSpacingControl", "w:val", "doNotCompress");
        if (footnotes) {
            x.open("w:footnotePr").empty("w:footnote", "w:id", "-1").empty("w:footnote", "w:id", "0").close("w:footnotePr");
        }
        return x.open("w:compat")
                // A line ended by a line break in a justified paragraph stays unstretched, as in
                // the PDF; Word and LibreOffice otherwise spread its words across the line.
                .empty("w:doNotExpandShiftReturn")
                // Word 2013+ layout: tables start at the margin and nothing falls back to old quirks.
                .empty("w:compatSetting", "w:name", "compatibilityMode",
                        "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15")
                .close("w:compat")
                .empty("w:themeFontLang", "w:val", "vi-VN")
                .close("w:settings").bytes();
    }

    static byte[] fontTable(String font) {
        Xml x = Xml.part(512);
        x.open("w:fonts", "xmlns:w", Ooxml.W).open("w:font", "w:name", font);
        if ("Times New Roman".equals(font)) {
            // Lets Word find a metric-compatible substitute when the font is missing.
            x.empty("w:panose1", "w:val", "02020603050405020304")
                    .empty("w:charset", "w:val", "00")
                    .empty("w:family", "w:val", "roman");
        } else {
            x.empty("w:charset", "w:val", "00").empty("w:family", "w:val", "auto");
        }
        return x.empty("w:pitch", "w:val", "variable").close("w:font").close("w:fonts").bytes();
    }

    /**
     * A header: the default one holds a PAGE field in the page-number style; the first-page one is
     * the same paragraph without it, so the first page of each section shows no number.
     */
    static byte[] header(String styleId, boolean pageField) {
        Xml x = Xml.part(1024);
        x.open("w:hdr", "xmlns:w", Ooxml.W, "xmlns:r", Ooxml.R)
                .open("w:p").open("w:pPr").empty("w:pStyle", "w:val", styleId).close("w:pPr");
        if (pageField) {
            x.open("w:r").empty("w:fldChar", "w:fldCharType", "begin").close("w:r")
                    .open("w:r").open("w:instrText", "xml:space", "preserve").text(" PAGE ").close("w:instrText").close("w:r")
                    .open("w:r").empty("w:fldChar", "w:fldCharType", "separate").close("w:r")
                    .open("w:r").element("w:t", "2").close("w:r")
                    .open("w:r").empty("w:fldChar", "w:fldCharType", "end").close("w:r");
        }
        return x.close("w:p").close("w:hdr").bytes();
    }

    /** Core properties from the document's metadata; the dates are its own date, never the clock. */
    static byte[] core(LayoutDocument.Metadata m) {
        Xml x = Xml.part(1024);
        x.open("cp:coreProperties",
                "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                "xmlns:dc", "http://purl.org/dc/elements/1.1/",
                "xmlns:dcterms", "http://purl.org/dc/terms/",
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        if (m != null) {
            optional(x, "dc:title", m.title());
            optional(x, "dc:subject", m.subject());
            optional(x, "dc:creator", m.author());
            optional(x, "dc:language", m.language());
            if (m.date() != null) {
                String w3cdtf = m.date() + "T00:00:00Z";
                x.open("dcterms:created", "xsi:type", "dcterms:W3CDTF").text(w3cdtf).close("dcterms:created");
                x.open("dcterms:modified", "xsi:type", "dcterms:W3CDTF").text(w3cdtf).close("dcterms:modified");
            }
        }
        return x.close("cp:coreProperties").bytes();
    }

    private static void optional(Xml x, String name, String value) {
        if (value != null && !value.isEmpty()) {
            x.element(name, value);
        }
    }
}
