/**
 * vanban: Vietnamese administrative documents (Decree 30/2020/NĐ-CP) from data, as DOCX and PDF.
 * Users need {@code vn.vanban} (the engine and its options), {@code vn.vanban.common} (its
 * results and errors, shared with the parts that raise them), {@code vn.vanban.model} (a
 * plan built in code), {@code vn.vanban.report} (the periodic report) and {@code vn.vanban.yearly}
 * (next year's copy); {@code vn.vanban.layout} is exported for writers of other formats, since
 * {@link vn.vanban.Vanban#layout} hands out its {@code LayoutDocument}.
 */
// FOP, FreeMarker, FontBox and PDFBox name their modules in their manifests only.
@SuppressWarnings("requires-automatic")
module vn.vanban {
    requires java.xml;
    requires java.desktop;
    requires freemarker;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.xmlgraphics.fop.core;
    requires org.apache.xmlgraphics.fop.events;
    requires org.apache.xmlgraphics.commons;
    requires org.apache.fontbox;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    // FOP, FontBox and PDFBox use these two, and their automatic modules do not bring them along.
    requires org.apache.commons.logging;
    requires org.apache.commons.io;
    // PDFBox frees its mapped buffers with sun.misc.Unsafe; without this module in the graph it
    // logs a SEVERE stack trace at the first PDF.
    requires jdk.unsupported;

    exports vn.vanban;
    exports vn.vanban.common;
    exports vn.vanban.model;
    exports vn.vanban.report;
    exports vn.vanban.yearly;
    exports vn.vanban.layout;

    // FreeMarker reads the views by reflection.
    opens vn.vanban.view to freemarker;
}
