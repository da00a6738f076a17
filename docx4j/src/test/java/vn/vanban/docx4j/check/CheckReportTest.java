package vn.vanban.docx4j.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.model.DocumentType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report as the command line will print it: one finding a line, JSON, exit codes; and unreadable input. */
class CheckReportTest {

    private static CheckReport brokenReport() {
        byte[] docx = DocxEdit.edit(Samples.render("second-plan").docx(), "word/document.xml", DocxEdit.then(
                DocxEdit.first("ngày 15 tháng 3 năm 2025</w:t>", "ngày 5 tháng 3 năm 2025</w:t>"),
                DocxEdit.first("để chỉ đạo./.", "để chỉ đạo../.")));
        return Checker.of(DocumentType.KE_HOACH).check(docx, "plan.docx");
    }

    @Test
    void aCleanDocumentSaysSoOnOneLineAndExitsZero() {
        CheckReport r = Checker.check(Samples.render("second-plan").docxFile());
        assertTrue(r.clean());
        assertEquals(0, r.exitCode());
        assertEquals(1, r.lines().size());
        assertTrue(r.text().matches("(?s).*second-plan\\.docx: meets the \\d+ presentation rules checked \\(DOCX, Kế hoạch\\)\n"), r.text());
    }

    @Test
    void eachFindingIsOneLineNamingRulePlaceFoundAndRequired() {
        CheckReport r = brokenReport();
        assertEquals(1, r.exitCode());
        assertEquals(List.of("date-form", "end-mark"), r.findings().stream().map(f -> f.rule().name()).toList());
        assertEquals(r.findings().size(), r.text().lines().count());
        assertEquals("plan.docx: paragraph 8 «Quảng Ngãi, ngày 5 tháng 3 năm 2025»: C10 date-form (NĐ 30/2020, Phụ lục I, "
                + "Phần I, II.4.b–c): found 'Quảng Ngãi, ngày 5 tháng 3 năm 2025'; required: days 1–9 with a leading zero "
                + "and days from 10 without: 'ngày 05', not 'ngày 5'", r.lines().get(0));
        assertTrue(r.lines().get(1).startsWith("plan.docx: paragraph 40 «Trong quá trình thực hiện, nếu có khó khăn,…»: "
                + "C16 end-mark (NĐ 30/2020, Phụ lục III, Mẫu 1.4): found the end mark written '… chỉ đạo../.'"), r.lines().get(1));
    }

    @Test
    void theJsonFormCarriesTheSameFindings() throws Exception {
        CheckReport r = brokenReport();
        JsonNode json = new ObjectMapper().readTree(r.json());
        assertEquals("plan.docx", json.get("file").asText());
        assertEquals("DOCX", json.get("format").asText());
        assertEquals("Kế hoạch", json.get("type").asText());
        assertFalse(json.get("clean").asBoolean());
        assertEquals(r.rules().size(), json.get("rules").size());
        JsonNode first = json.get("findings").get(0);
        assertEquals("C10", first.get("rule").get("id").asText());
        assertEquals("date-form", first.get("rule").get("name").asText());
        assertEquals("NĐ 30/2020, Phụ lục I, Phần I, II.4.b–c", first.get("rule").get("reference").asText());
        assertEquals("paragraph", first.get("place").get("kind").asText());
        assertEquals(8, first.get("place").get("number").asInt());
        assertEquals("Quảng Ngãi, ngày 5 tháng 3 năm 2025", first.get("place").get("excerpt").asText());
        assertEquals(r.findings().get(0).required(), first.get("required").asText());
    }

    @Test
    void theSameFaultInManyParagraphsIsOneFindingNamingThemAll() {
        byte[] docx = DocxEdit.edit(Samples.render("duc-pho-2024").docx(), "word/styles.xml",
                DocxEdit.inStyle("VbBody", "<w:sz w:val=\"28\"/>", "<w:sz w:val=\"24\"/>"));
        CheckReport r = Checker.of(DocumentType.KE_HOACH).check(docx, "small.docx");
        List<Finding> body = r.findings().stream().filter(f -> f.rule().name().equals("body-text")).toList();
        assertEquals(1, body.size(), r.text());
        assertTrue(body.get(0).also().size() > 5);
        assertTrue(body.get(0).toString().contains("found text at 12 pt (also in paragraphs "), body.get(0).toString());
    }

    @Test
    void unreadableFilesAreNamedWithWhatIsWrong(@TempDir Path dir) throws Exception {
        UnreadableDocumentException missing = assertThrows(UnreadableDocumentException.class,
                () -> Checker.check(dir.resolve("plan.docx")));
        assertEquals(dir.resolve("plan.docx") + ": no such file", missing.getMessage());

        Path text = Files.writeString(dir.resolve("plan.txt"), "Kế hoạch", StandardCharsets.UTF_8);
        assertEquals(text + ": neither a DOCX nor a PDF file; check a document saved as .docx or .pdf",
                assertThrows(UnreadableDocumentException.class, () -> Checker.check(text)).getMessage());

        byte[] docx = Samples.render("no-appendix").docx();
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));
        String m = assertThrows(UnreadableDocumentException.class, () -> Checker.check(cut)).getMessage();
        assertTrue(m.startsWith(cut + ": not a readable DOCX file ("), m);
        assertTrue(m.endsWith("open it in Word or LibreOffice and save it again as .docx"), m);

        byte[] pdf = Samples.render("no-appendix").pdf();
        Path cutPdf = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, 200));
        String p = assertThrows(UnreadableDocumentException.class, () -> Checker.check(cutPdf)).getMessage();
        assertTrue(p.startsWith(cutPdf + ": not a readable PDF file"), p);
    }
}
