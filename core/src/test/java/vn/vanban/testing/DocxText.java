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
import java.util.List;
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
     * its {@code w:br}/{@code w:cr} '\n'; field codes and deleted text are left out. A paragraph
     * without text (a rule, a spacer) is the empty string.
     */
    public static List<String> paragraphs(byte[] docx) {
        Document doc = parse(part(docx, "word/document.xml"));
        NodeList ps = doc.getElementsByTagNameNS(W, "p");
        List<String> out = new ArrayList<>(ps.getLength());
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(text((Element) ps.item(i)));
        }
        return out;
    }

    /** The paragraphs that have text, in order. */
    public static List<String> nonEmptyParagraphs(byte[] docx) {
        List<String> all = paragraphs(docx);
        all.removeIf(String::isEmpty);
        return all;
    }

    private static String text(Element p) {
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
                case "t" -> sb.append(e.getTextContent());
                case "tab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                default -> {
                }
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
