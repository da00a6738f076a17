package vn.vanban.docx4j.check;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.model.DocumentType;
import vn.vanban.testing.DocxText;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input: our documents damaged at random — an element of the text or the styles torn out,
 * an attribute dropped, a PDF's bytes cut or overwritten. The checker answers with a report, or
 * says the file cannot be read; it never fails with anything else.
 */
class DamagedDocumentProperties {

    private static final Checker CHECKER = Checker.of(DocumentType.KE_HOACH);

    /** The check's outcome: a report, or a plain message naming the file. */
    private static void answers(byte[] content, String name) {
        try {
            CheckReport r = CHECKER.check(content, name);
            assertNotNull(r.text());
            assertEquals(r.clean() ? 0 : 1, r.exitCode());
        } catch (UnreadableDocumentException e) {
            assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        }
    }

    @Property(tries = 30)
    void aDocxWithAnElementTornOutIsStillChecked(@ForAll @IntRange(min = 0, max = 1) int inStyles,
                                                 @ForAll @IntRange(min = 0, max = 100_000) int pick,
                                                 @ForAll boolean attributeOnly) throws Exception {
        String part = inStyles == 1 ? "word/styles.xml" : "word/document.xml";
        byte[] docx = Samples.render("second-plan").docx();
        Document dom = DocxText.parse(DocxText.part(docx, part));
        NodeList all = dom.getElementsByTagName("*");
        Element victim = (Element) all.item(1 + pick % (all.getLength() - 1));
        if (attributeOnly && victim.getAttributes().getLength() > 0) {
            victim.removeAttributeNode((org.w3c.dom.Attr) victim.getAttributes().item(pick % victim.getAttributes().getLength()));
        } else {
            victim.getParentNode().removeChild(victim);
        }
        StringWriter xml = new StringWriter();
        var t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(dom), new StreamResult(xml));
        answers(DocxEdit.edit(docx, part, old -> xml.toString()), "damaged.docx");
    }

    @Property(tries = 30)
    void aPdfCutOrOverwrittenIsStillCheckedOrRefused(@ForAll @IntRange(min = 0, max = 1_000_000) int at,
                                                     @ForAll @IntRange(min = 1, max = 4096) int length,
                                                     @ForAll boolean cut) {
        byte[] pdf = Samples.render("no-appendix").pdf();
        int from = 8 + at % (pdf.length - 8);
        byte[] damaged = cut ? Arrays.copyOf(pdf, from) : pdf.clone();
        if (!cut) {
            Arrays.fill(damaged, from, Math.min(damaged.length, from + length), (byte) 'x');
        }
        answers(damaged, "damaged.pdf");
    }
}
