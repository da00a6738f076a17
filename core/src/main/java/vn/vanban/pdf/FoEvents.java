package vn.vanban.pdf;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.XMLConstants;

import static vn.vanban.pdf.FoWriter.FO_NS;

/** SAX events of an XSL-FO document, written through one handler: what FoWriter's parts share. */
class FoEvents {
    final ContentHandler h;

    FoEvents(ContentHandler h) {
        this.h = h;
    }

    final void start(String name, String... attrs) throws SAXException {
        Attrs a = new Attrs();
        for (int i = 0; i < attrs.length; i += 2) {
            a.add(attrs[i], attrs[i + 1]);
        }
        start(name, a);
    }

    final void start(String name, Attrs a) throws SAXException {
        h.startElement(FO_NS, name, "fo:" + name, a.sax);
    }

    final void end(String name) throws SAXException {
        h.endElement(FO_NS, name, "fo:" + name);
    }

    final void empty(String name, String... attrs) throws SAXException {
        start(name, attrs);
        end(name);
    }

    final void chars(String s) throws SAXException {
        if (!s.isEmpty()) {
            char[] c = s.toCharArray();
            h.characters(c, 0, c.length);
        }
    }

    final void foreignStart(String ns, String qName) throws SAXException {
        h.startElement(ns, qName.substring(qName.indexOf(':') + 1), qName, new AttributesImpl());
    }

    final void foreignEnd(String ns, String qName) throws SAXException {
        h.endElement(ns, qName.substring(qName.indexOf(':') + 1), qName);
    }

    /** A small fluent wrapper over SAX attributes. */
    static final class Attrs {
        final AttributesImpl sax = new AttributesImpl();

        /** The structure type FOP tags the element with, instead of its own; none when null. */
        Attrs role(String role) {
            return role == null ? this : add("role", role);
        }

        Attrs add(String name, String value) {
            if (name.equals("xml:lang")) {
                sax.addAttribute(XMLConstants.XML_NS_URI, "lang", name, "CDATA", value);
            } else {
                sax.addAttribute("", name, name, "CDATA", value);
            }
            return this;
        }
    }
}
