package vn.vanban.pdf;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

import javax.xml.XMLConstants;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The FO document's metadata (XMP in fo:declarations) and its bookmarks, for {@link FoWriter}. */
final class FoMetadata {

    private static final String XMP_META_NS = "adobe:ns:meta/";
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private FoMetadata() {
    }

    /**
     * Title, subject and author as XMP. FOP's own XMP writes dc:title and dc:description as
     * simple text, which PDF/A validators reject (they are language alternatives); FOP keeps
     * the XMP given here, fills the document information dictionary from it and adds the rest.
     */
    static void declarations(FoEvents out, LayoutDocument.Metadata m, String lang) throws SAXException {
        if (m == null) {
            return;
        }
        out.start("declarations");
        out.h.startPrefixMapping("x", XMP_META_NS);
        out.h.startPrefixMapping("rdf", RDF_NS);
        out.h.startPrefixMapping("dc", DC_NS);
        out.foreignStart(XMP_META_NS, "x:xmpmeta");
        out.foreignStart(RDF_NS, "rdf:RDF");
        AttributesImpl about = new AttributesImpl();
        about.addAttribute(RDF_NS, "about", "rdf:about", "CDATA", "");
        out.h.startElement(RDF_NS, "Description", "rdf:Description", about);
        langAlt(out, "dc:title", m.title(), lang);
        langAlt(out, "dc:description", m.subject(), lang);
        if (m.author() != null) {
            out.foreignStart(DC_NS, "dc:creator");
            out.foreignStart(RDF_NS, "rdf:Seq");
            out.foreignStart(RDF_NS, "rdf:li");
            out.chars(m.author());
            out.foreignEnd(RDF_NS, "rdf:li");
            out.foreignEnd(RDF_NS, "rdf:Seq");
            out.foreignEnd(DC_NS, "dc:creator");
        }
        out.foreignEnd(RDF_NS, "rdf:Description");
        out.foreignEnd(RDF_NS, "rdf:RDF");
        out.foreignEnd(XMP_META_NS, "x:xmpmeta");
        out.h.endPrefixMapping("dc");
        out.h.endPrefixMapping("rdf");
        out.h.endPrefixMapping("x");
        out.end("declarations");
    }

    private static void langAlt(FoEvents out, String qName, String value, String lang) throws SAXException {
        if (value == null) {
            return;
        }
        out.foreignStart(DC_NS, qName);
        out.foreignStart(RDF_NS, "rdf:Alt");
        for (String l : new String[] {"x-default", lang}) {
            AttributesImpl a = new AttributesImpl();
            a.addAttribute(XMLConstants.XML_NS_URI, "lang", "xml:lang", "CDATA", l);
            out.h.startElement(RDF_NS, "li", "rdf:li", a);
            out.chars(value);
            out.foreignEnd(RDF_NS, "rdf:li");
        }
        out.foreignEnd(RDF_NS, "rdf:Alt");
        out.foreignEnd(DC_NS, qName);
    }

    /**
     * The headings as the PDF's bookmarks, nested by level, each leading to its heading: the
     * reader's counterpart of Word's navigation pane. None when the document has no heading.
     */
    static void bookmarks(FoEvents out, LayoutDocument doc, LayoutProfile profile) throws SAXException {
        List<LayoutDocument.Paragraph> found = doc.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(LayoutDocument.Paragraph.class::isInstance).map(LayoutDocument.Paragraph.class::cast)
                .filter(p -> FoWriter.heading(profile.style(p.style()), false)).toList();
        if (found.isEmpty()) {
            return;
        }
        out.start("bookmark-tree");
        Deque<Integer> open = new ArrayDeque<>(); // levels of the bookmarks still open
        for (int i = 0; i < found.size(); i++) {
            int level = profile.style(found.get(i).style()).outline();
            while (!open.isEmpty() && open.peek() >= level) {
                out.end("bookmark");
                open.pop();
            }
            out.start("bookmark", "internal-destination", FoWriter.HEADING_ID + i);
            out.start("bookmark-title");
            out.chars(FoText.nfc(found.get(i).text()).replace('\n', ' ').strip());
            out.end("bookmark-title");
            open.push(level);
        }
        while (!open.isEmpty()) {
            out.end("bookmark");
            open.pop();
        }
        out.end("bookmark-tree");
    }
}
