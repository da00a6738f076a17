package vn.vanban.docx4j.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.model.DocumentType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * No false alarms: every sample and test plan, as our DOCX, our PDF and LibreOffice's PDF of our
 * DOCX, meets every rule. And the rules did look: each part they check was found in each file, so
 * a clean report is not the silence of a checker that found nothing to check.
 */
class CleanDocumentsTest {

    static Stream<String> plans() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void ourDocxMeetsEveryRule(String name) {
        Samples.Rendered r = Samples.render(name);
        CheckReport report = Checker.check(r.docxFile());
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList(), "findings in " + name);
        assertEquals(0, report.exitCode());
        assertEquals(Rules.all().stream().filter(x -> x.formats().contains(Rule.Format.DOCX)).toList(), report.rules());
        partsFound(read(r.docx(), name + ".docx"), r);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void ourPdfMeetsEveryRule(String name) {
        Samples.Rendered r = Samples.render(name);
        CheckReport report = Checker.check(r.pdfFile());
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList(), "findings in " + name);
        partsFound(read(r.pdf(), name + ".pdf"), r);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void libreOfficesPdfOfOurDocxMeetsEveryRule(String name) throws Exception {
        assumeTrue(Samples.onPath("soffice"), "needs LibreOffice");
        Samples.Rendered r = Samples.render(name);
        Path pdf = Samples.libreOffice(name);
        CheckReport report = Checker.check(pdf);
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList(), "findings in LibreOffice's " + name);
        partsFound(read(Files.readAllBytes(pdf), name + ".pdf"), r);
    }

    private static CheckedDocument read(byte[] content, String name) {
        Measures m = new Measures(vn.vanban.layout.ProfileLoader.loadDefault());
        return name.endsWith(".pdf") ? PdfReader.read(content, name, DocumentType.KE_HOACH, m)
                : DocxReader.read(content, name, DocumentType.KE_HOACH, m);
    }

    /** Each part a rule checks was found where the plan puts it. */
    private static void partsFound(CheckedDocument doc, Samples.Rendered r) {
        Landmarks k = doc.marks();
        assertNotNull(k.nationalTitle, "national title");
        assertNotNull(k.motto, "motto");
        assertNotNull(k.number, "number");
        assertNotNull(k.placeDate, "place and date");
        assertNotNull(k.typeLine, "type line");
        assertFalse(k.summary.isEmpty(), "summary");
        assertEquals(r.plan().summary(), TextForms.fold(String.join(" ", k.summary.stream().map(Block::text).toList())));
        assertFalse(HeaderRules.agencyLines(doc).isEmpty(), "agency");
        assertTrue(k.body().size() >= 3, "body");
        assertTrue(k.body().get(k.body().size() - 1).text().endsWith("./."), "the body's last paragraph");
        assertNotNull(k.recipientsLabel, "Nơi nhận");
        var recipients = r.plan().recipients();
        boolean box12Line = recipients.drafter() != null && recipients.ownLine();
        assertEquals(recipients.to().size() + 1 + (box12Line ? 1 : 0), k.recipients.size(),
                "one item a recipient, and Lưu" + (box12Line ? ", and box 12 on its own line" : ""));
        assertEquals(r.plan().signatory().fullName(), k.signature.get(k.signature.size() - 1).text(), "the signer's name last");
        assertEquals(r.plan().appendices().size(), k.appendices.size(), "appendices");
        k.appendices.forEach(a -> assertTrue(a.referenceText().startsWith("(Kèm theo Kế hoạch số"), a.referenceText()));
        if (!doc.isPdf()) {
            assertNotNull(k.summaryLine, "the line under the summary");
            assertEquals(1 + r.plan().appendices().size(), doc.sections().size(), "sections");
        } else {
            assertTrue(doc.pages().stream().skip(1).anyMatch(p -> !p.top().isEmpty()) || doc.pages().size() == 1,
                    "page numbers in the top margin");
        }
    }
}
