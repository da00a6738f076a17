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
        CheckReport report = Checker.check(r.docxFile(), r.plan().type());
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList(), "findings in " + name);
        assertEquals(0, report.exitCode());
        assertEquals(Rules.all().stream().filter(x -> x.formats().contains(Rule.Format.DOCX)).toList(), report.rules());
        partsFound(read(r.docx(), name + ".docx", r), r);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void ourPdfMeetsEveryRule(String name) {
        Samples.Rendered r = Samples.render(name);
        CheckReport report = Checker.check(r.pdfFile(), r.plan().type());
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList(), "findings in " + name);
        partsFound(read(r.pdf(), name + ".pdf", r), r);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void libreOfficesPdfOfOurDocxMeetsEveryRule(String name) throws Exception {
        assumeTrue(Samples.onPath("soffice"), "needs LibreOffice");
        Samples.Rendered r = Samples.render(name);
        Path pdf = Samples.libreOffice(name);
        CheckReport report = Checker.check(pdf, r.plan().type());
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList(), "findings in LibreOffice's " + name);
        partsFound(read(Files.readAllBytes(pdf), name + ".pdf", r), r);
    }

    /** The document read as the type it is: a plan, a decision, a letter. */
    private static CheckedDocument read(byte[] content, String name, Samples.Rendered r) {
        Measures m = new Measures(vn.vanban.layout.ProfileLoader.loadDefault());
        return name.endsWith(".pdf") ? PdfReader.read(content, name, r.plan().type(), m)
                : DocxReader.read(content, name, r.plan().type(), m);
    }

    /** Each part a rule checks was found where the plan puts it. */
    private static void partsFound(CheckedDocument doc, Samples.Rendered r) {
        Landmarks k = doc.marks();
        assertNotNull(k.nationalTitle, "national title");
        assertNotNull(k.motto, "motto");
        assertNotNull(k.number, "number");
        assertNotNull(k.placeDate, "place and date");
        boolean letter = r.plan().type() == DocumentType.CONG_VAN;
        assertEquals(letter, k.typeLine == null, "a type line, but in a letter");
        assertFalse(k.summary.isEmpty(), "summary");
        String summary = TextForms.fold(String.join(" ", k.summary.stream().map(Block::text).toList()));
        if (letter) {
            // "V/v …" is found by its first line, which is what its rules look at.
            String vv = "V/v " + vn.vanban.text.VietnameseCase.lowerFirst(r.plan().summary());
            assertTrue(summary.length() > 4 && vv.startsWith(summary), summary);
        } else {
            assertEquals(r.plan().summary(), summary);
        }
        assertFalse(HeaderRules.agencyLines(doc).isEmpty(), "agency");
        assertTrue(k.body().size() >= 3, "body");
        assertTrue(k.body().get(k.body().size() - 1).text().endsWith("./."), "the body's last paragraph");
        assertNotNull(k.recipientsLabel, "Nơi nhận");
        var recipients = r.plan().recipients();
        boolean box12Line = recipients.drafter() != null && recipients.ownLine();
        // A decision's list opens with "Như Điều N", a letter's with "Như trên".
        int opening = r.plan().type() == DocumentType.QUYET_DINH || letter ? 1 : 0;
        assertEquals(recipients.to().size() + opening + 1 + (box12Line ? 1 : 0), k.recipients.size(),
                "one item a recipient, and Lưu" + (box12Line ? ", and box 12 on its own line" : ""));
        assertEquals(r.plan().signatory().fullName(), k.signature.get(k.signature.size() - 1).text(), "the signer's name last");
        var attached = r.plan().attached();
        int appendices = r.plan().appendices().size() + (attached == null ? 0 : attached.appendices().size());
        assertEquals(appendices, k.appendices.size(), "appendices");
        String reference = "(Kèm theo " + (attached == null ? r.plan().type().vietnameseName() + " số"
                : attached.type().vietnameseName() + " ban hành kèm theo");
        k.appendices.forEach(a -> assertTrue(a.referenceText().startsWith(reference), a.referenceText()));
        if (!doc.isPdf()) {
            assertEquals(!letter, k.summaryLine != null, "the line under the summary, which a letter has not");
            assertEquals(1 + appendices + (attached == null ? 0 : 1), doc.sections().size(), "sections");
        } else {
            assertTrue(doc.pages().stream().skip(1).anyMatch(p -> !p.top().isEmpty()) || doc.pages().size() == 1,
                    "page numbers in the top margin");
        }
    }
}
