package vn.vanban.docx4j;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Names the XML part of a package that is not XML, for the message of a DOCX that docx4j could
 * not read: docx4j's own words are its parser's ("ParseError at [row,col]:[1,2]"), or a null it
 * met after logging the parse error. Looked for only after a failure, so that a good file is read
 * once; the package has passed {@link Bounds} by then, so inflating it is bounded.
 */
public final class XmlParts {

    private XmlParts() {
    }

    /**
     * The first XML part (".xml", ".rels") of {@code docx} that does not parse, as a phrase for a
     * clerk: "its part word/document.xml is not XML (it goes wrong at line 1, column 1)"; empty
     * when every XML part parses or the bytes are no zip.
     */
    public static Optional<String> notXml(byte[] docx) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // Well-formedness is all that is asked: no DTD is read, no entity fetched.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!e.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                    String where = wrongAt(factory, zip.readAllBytes());
                    if (where != null) {
                        return Optional.of("its part " + name + " is not XML (" + where + ")");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // a damaged zip: Bounds names that before docx4j reads anything
        }
        return Optional.empty();
    }

    /** Where the part stops being XML, in words, or null when it is XML. */
    private static String wrongAt(XMLInputFactory factory, byte[] part) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(part));
            while (reader.hasNext()) {
                reader.next();
            }
            return null;
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            return at == null || at.getLineNumber() < 1 ? "it cannot be parsed"
                    : "it goes wrong at line " + at.getLineNumber() + ", column " + Math.max(1, at.getColumnNumber());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open beyond the bytes in memory
                }
            }
        }
    }
}
