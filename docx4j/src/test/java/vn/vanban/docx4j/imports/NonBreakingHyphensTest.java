package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import vn.vanban.docx4j.ZipParts;
import vn.vanban.docx4j.check.CheckReport;
import vn.vanban.docx4j.check.Checker;
import vn.vanban.model.Citation;
import vn.vanban.model.Plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document's number and symbol reaches a DOCX with non-breaking hyphens: vanban's own U+2011 in
 * the text, or Word's {@code w:noBreakHyphen} once a clerk's LibreOffice or Word saved it again.
 * Import and check read either as "-", so an imported plan cites "25/KH-UBND" as the data did.
 */
class NonBreakingHyphensTest {

    private static final String DOCUMENT = "word/document.xml";

    /** The sample whose basis cites "25/KH-UBND" where a line would have ended after its hyphen. */
    private static Plan sample() {
        return Documents.vanban().read(Documents.SAMPLES.resolve("so-tu-phap-ngay-phap-luat-2025.yaml"));
    }

    /** The same DOCX with each U+2011 as Word writes a non-breaking hyphen: a run element of its own. */
    private static byte[] asWordWritesThem(byte[] docx) {
        Map<String, byte[]> parts = ZipParts.read(docx);
        String xml = new String(parts.get(DOCUMENT), StandardCharsets.UTF_8);
        parts.put(DOCUMENT, xml.replace("\u2011", "</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">")
                .getBytes(StandardCharsets.UTF_8));
        return ZipParts.write(parts);
    }

    private static List<String> numbers(Plan plan) {
        return plan.basis().citations().stream().map(Citation::number).toList();
    }

    @Test
    void eitherFormIsImportedAsThePlainHyphenTheDataWrote() {
        Plan plan = sample();
        byte[] ours = Documents.render(plan);
        String xml = new String(ZipParts.read(ours).get(DOCUMENT), StandardCharsets.UTF_8);
        assertTrue(xml.contains("25/KH\u2011UBND"), "the symbol at a line's end carries U+2011");
        byte[] word = asWordWritesThem(ours);
        assertTrue(new String(ZipParts.read(word).get(DOCUMENT), StandardCharsets.UTF_8).contains("<w:noBreakHyphen/>"));

        for (byte[] docx : List.of(ours, word)) {
            Import imported = new Importer().read(docx, "plan.docx");
            assertEquals(List.of(), imported.unmapped());
            assertEquals(numbers(plan), numbers(imported.plan()));
            assertFalse(imported.plan().toString().contains("\u2011"), "no U+2011 reaches the data");
        }
        assertEquals(new Importer().read(ours, "a.docx").plan(), new Importer().read(word, "a.docx").plan());
    }

    @Test
    void eitherFormChecksAsThePlainHyphen() {
        Plan plan = sample();
        byte[] ours = Documents.render(plan);
        CheckReport a = Checker.of(plan.type()).check(ours, "ours.docx");
        CheckReport b = Checker.of(plan.type()).check(asWordWritesThem(ours), "word.docx");
        assertTrue(a.clean(), a.text());
        assertEquals(a.lines(), b.lines().stream().map(l -> l.replace("word.docx", "ours.docx")).toList());
    }
}
