package vn.vanban.docx4j.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.OutputFormat;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.DocumentType;
import vn.vanban.report.Report;
import vn.vanban.report.Reports;
import vn.vanban.DocumentPart;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sample report (a Báo cáo made by vn.vanban.report) meets every rule, as a DOCX and as a PDF. */
class ReportCheckTest {

    private static final Path PROGRESS = Samples.SAMPLES.resolve("duc-pho-2024-6-thang-progress.yaml");

    /** The report's findings, as a DOCX and as a PDF, each written under {@code name}. */
    private static List<String> findings(Report report, String name) throws Exception {
        LayoutDocument layout = Samples.vanban().layout(report.document(), DocumentPart.WHOLE);
        Files.createDirectories(Samples.OUT);
        List<String> all = new java.util.ArrayList<>();
        for (OutputFormat format : OutputFormat.values()) {
            Path file = Samples.OUT.resolve(name + "." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                Samples.vanban().render(layout, format, out);
            }
            Checker.check(file, DocumentType.BAO_CAO).findings().forEach(f -> all.add(file.getFileName() + ": " + f));
        }
        return all;
    }

    /** Its table keeps the plan's STT, 9 then 12 (rows 10 and 11 are not due): no gap to find. */
    @Test
    void theSampleReportMeetsEveryRule() throws Exception {
        assertEquals(List.of(), findings(Reports.read(PROGRESS), "duc-pho-2024-6-thang-report"));
    }

    /** A report sent upward, its Kính gửi under its title: neither the summary nor the body (trial 6 §6). */
    @Test
    void anAddressedReportMeetsEveryRule(@TempDir Path dir) throws Exception {
        Files.copy(Samples.SAMPLES.resolve("duc-pho-2024.yaml"), dir.resolve("duc-pho-2024.yaml"));
        for (String to : List.of("[Ủy ban nhân dân tỉnh Quảng Ngãi]", "[Ủy ban nhân dân tỉnh Quảng Ngãi, Sở Tư pháp tỉnh Quảng Ngãi]")) {
            Path progress = Files.writeString(dir.resolve("progress.yaml"), Files.readString(PROGRESS)
                    .replaceFirst("\nrecipients:", "\naddressees: " + to + "\nrecipients:"));
            Report report = Reports.read(progress);
            assertEquals(List.of("Ủy ban nhân dân tỉnh Quảng Ngãi"), report.document().addressees().subList(0, 1));
            assertEquals(List.of(), findings(report, "duc-pho-2024-6-thang-report-addressed"), to);
        }
    }

    /** A report's STT may skip the tasks not due, never go back: the plan's order is kept. */
    @Test
    void aReportsNumberGoingBackIsFound() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.vanban().render(Reports.read(PROGRESS).document(), OutputFormat.DOCX, out);
        byte[] broken = DocxEdit.edit(out.toByteArray(), "word/document.xml", DocxEdit.first(
                "<w:pStyle w:val=\"VbTableCellCenter\"/></w:pPr><w:r><w:t xml:space=\"preserve\">12<",
                "<w:pStyle w:val=\"VbTableCellCenter\"/></w:pPr><w:r><w:t xml:space=\"preserve\">8<"));
        List<String> found = Checker.of(DocumentType.BAO_CAO).check(broken, "report.docx").findings().stream()
                .map(Finding::toString).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(true, found.get(0).contains("table-numbering") && found.get(0).contains("found STT 8 after 9"),
                found.toString());
    }
}
