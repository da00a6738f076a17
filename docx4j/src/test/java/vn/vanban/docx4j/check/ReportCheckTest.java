package vn.vanban.docx4j.check;

import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.DocumentType;
import vn.vanban.report.Report;
import vn.vanban.report.Reports;
import vn.vanban.DocumentPart;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sample report (a Báo cáo made by vn.vanban.report) meets every rule, as a DOCX and as a PDF. */
class ReportCheckTest {

    @Test
    void theSampleReportMeetsEveryRule() throws Exception {
        Report report = Reports.read(Samples.SAMPLES.resolve("duc-pho-2024-6-thang-progress.yaml"));
        LayoutDocument layout = Samples.vanban().layout(report.document(), DocumentPart.WHOLE);
        Files.createDirectories(Samples.OUT);
        for (OutputFormat format : OutputFormat.values()) {
            Path file = Samples.OUT.resolve("duc-pho-2024-6-thang-report." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                Samples.vanban().render(layout, format, out);
            }
            CheckReport checked = Checker.check(file, DocumentType.BAO_CAO);
            assertEquals(List.of(), checked.findings().stream().map(Finding::toString).toList(), "findings in " + file);
        }
    }
}
