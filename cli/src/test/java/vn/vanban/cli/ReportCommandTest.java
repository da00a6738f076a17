package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vanban report} on the sample progress file: the report, the next period, the mistakes. */
class ReportCommandTest {

    static final Path PROGRESS = Cli.samples().resolve("duc-pho-2024-6-thang-progress.yaml");

    @Test
    void writesTheReportAsDocxAndPdfNamedAfterTheProgressFile(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("report", PROGRESS.toString(), "-o", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Path docx = dir.resolve("duc-pho-2024-6-thang-bao-cao.docx");
        Path pdf = dir.resolve("duc-pho-2024-6-thang-bao-cao.pdf");
        assertTrue(Files.size(docx) > 0 && Files.size(pdf) > 0, r.toString());
        assertTrue(r.out().contains(docx.toString()) && r.out().contains(pdf.toString()), r.toString());
        String text;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            text = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
        }
        assertTrue(text.contains("BÁO CÁO") && text.contains("Kết quả thực hiện Kế hoạch số"), text);
    }

    @Test
    void nextWritesTheNextPeriodsProgressFile(@TempDir Path dir) throws Exception {
        // The progress file names its plan relative to itself: both go to the temporary folder.
        Path progress = Files.copy(PROGRESS, dir.resolve(PROGRESS.getFileName()));
        Files.copy(Cli.samples().resolve("duc-pho-2024.yaml"), dir.resolve("duc-pho-2024.yaml"));
        Cli.Run stdout = Cli.run("report", "--next", progress.toString());
        assertEquals(0, stdout.exitCode(), stdout.toString());
        assertTrue(stdout.out().contains("period:") && stdout.out().contains("9 tháng"), stdout.out());
        Path target = dir.resolve("next-progress.yaml");
        Cli.Run file = Cli.run("report", "--next", progress.toString(), "-o", target.toString());
        assertEquals(0, file.exitCode(), file.toString());
        assertEquals(stdout.out(), Files.readString(target));
        Cli.Run report = Cli.run("report", target.toString(), "-o", dir.toString());
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(Files.size(dir.resolve("next-bao-cao.pdf")) > 0, report.toString());
    }

    @Test
    void aProgressFileWithMistakesListsThemAndExitsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad-progress.yaml");
        Files.writeString(bad, "plan: {file: nowhere.yaml}\nperiod: Quý V/2024\n");
        Cli.Run r = Cli.run("report", bad.toString(), "-o", dir.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("bad-progress.yaml:"), r.toString());
        assertTrue(Files.notExists(dir.resolve("bad-bao-cao.pdf")), r.toString());
    }

    @Test
    void withoutOutputIsWrongUsage() {
        Cli.Run r = Cli.run("report", PROGRESS.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--output"), r.toString());
    }
}
