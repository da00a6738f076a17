package vn.vanban.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of a DOCX file as a test sees it, read with nothing but {@code java.util.zip} and DOM so
 * that it depends on none of the writer's code.
 */
public final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxText() {
    }

    /**
     * The text of every paragraph of {@code word/document.xml} in document order, table cells
     * included (row by row, cell by cell); headers are not read. A run's {@code w:tab} is '\t' and
     * its {@code w:br}/{@code w:cr} '\n', a footnote reference its number ("1", "2" …, as Word
     * numbers them); field codes and deleted text are left out (footnotes' text is {@link #notes}).
     * A paragraph without text (a rule, a spacer) is the empty string.
     */
    public static List<String> paragraphs(byte[] docx) {
        Document doc = parse(part(docx, "word/document.xml"));
        NodeList ps = doc.getElementsByTagNameNS(W, "p");
        List<String> out = new ArrayList<>(ps.getLength());
        int[] notes = {0};
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(text((Element) ps.item(i), notes, Map.of()));
        }
        return out;
    }

    /**
     * The text of each footnote of {@code word/footnotes.xml}, in the order the document refers to
     * them, its paragraphs joined by '\n'; its {@code w:footnoteRef} is its number, as Word shows
     * it. None when the document has no footnotes.
     */
    public static List<String> notes(byte[] docx) {
        List<String> ids = new ArrayList<>();
        NodeList refs = parse(part(docx, "word/document.xml")).getElementsByTagNameNS(W, "footnoteReference");
        for (int i = 0; i < refs.getLength(); i++) {
            ids.add(((Element) refs.item(i)).getAttributeNS(W, "id"));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Element> byId = new HashMap<>();
        NodeList notes = parse(part(docx, "word/footnotes.xml")).getElementsByTagNameNS(W, "footnote");
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            byId.put(n.getAttributeNS(W, "id"), n);
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            Element note = byId.get(ids.get(k));
            if (note == null) {
                throw new IllegalStateException("footnote " + ids.get(k) + " is referred to but not in word/footnotes.xml");
            }
            NodeList ps = note.getElementsByTagNameNS(W, "p");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < ps.getLength(); i++) {
                lines.add(text((Element) ps.item(i), new int[] {0}, Map.of("footnoteRef", Integer.toString(k + 1))));
            }
            out.add(String.join("\n", lines));
        }
        return out;
    }

    /** The paragraphs that have text, in order. */
    public static List<String> nonEmptyParagraphs(byte[] docx) {
        List<String> all = paragraphs(docx);
        all.removeIf(String::isEmpty);
        return all;
    }

    /**
     * @param notes   the footnote references met so far: a {@code w:footnoteReference} is the next
     *                number, as Word numbers them
     * @param special the text of other elements of a run, by local name
     */
    private static String text(Element p, int[] notes, Map<String, String> special) {
        StringBuilder sb = new StringBuilder();
        NodeList all = p.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            Node parent = e.getParentNode();
            // w:tab also names a tab stop inside w:pPr/w:tabs; only a run's children are text.
            if (!(W.equals(parent.getNamespaceURI()) && "r".equals(parent.getLocalName()))) {
                continue;
            }
            switch (e.getLocalName()) {
                // A number's non-breaking hyphen is the "-" Word shows (NumberSymbolLinesTest reads the marks).
                case "t" -> sb.append(e.getTextContent().replace('\u2011', '-'));
                case "noBreakHyphen" -> sb.append('-');
                case "tab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "footnoteReference" -> sb.append(++notes[0]);
                default -> sb.append(special.getOrDefault(e.getLocalName(), ""));
            }
        }
        return sb.toString();
    }

    /** The bytes of one part of the package. */
    public static byte[] part(byte[] docx, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("the package has no part " + name);
    }

    /** A namespace-aware DOM of an XML part; DTDs are refused. */
    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
