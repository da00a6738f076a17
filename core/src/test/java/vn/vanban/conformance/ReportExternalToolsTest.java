package vn.vanban.conformance;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.report.Report;
import vn.vanban.report.Reports;
import vn.vanban.testing.DocxText;
import vn.vanban.view.PlanViews;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample report (samples/duc-pho-2024-6-thang-progress.yaml) as others see it: its sentences
 * read back from our DOCX and PDF, the independent checker run with {@code --type "BÁO CÁO"} on our
 * PDF and on LibreOffice's PDF of our DOCX, and LibreOffice laying the DOCX out on the same pages.
 * The files stay under {@code target/external/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExternalToolsTest {

    static final Path PROGRESS = Path.of("..", "samples", "duc-pho-2024-6-thang-progress.yaml");
    static final String NAME = "duc-pho-2024-6-thang-report";

    /** Sentences a clerk would write, each in one paragraph of the report. */
    static final List<String> SENTENCES = List.of(
            "Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2024",
            "- Đã hoàn thành 05/12 nhiệm vụ, đạt 41,7 %.",
            // A task done, named before its result.
            "- Niêm yết công khai số điện thoại, địa chỉ tiếp nhận phản ánh, kiến nghị về quy định hành chính tại Bộ "
                    + "phận tiếp nhận và trả kết quả: đã niêm yết tại Bộ phận tiếp nhận và trả kết quả của thị xã và 15/15 "
                    + "xã, phường.",
            "- Đang thực hiện 05 nhiệm vụ, trong đó 01 nhiệm vụ chậm tiến độ so với Kế hoạch.",
            // Box 13, the progress file's own.
            "Địa chỉ: 01 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thị xã Đức Phổ",
            "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 45/KH-UBND 06 tháng đầu năm 2024 của Chủ tịch Ủy ban "
                    + "nhân dân thị xã Đức Phổ./.");

    private Path docx;
    private Path pdf;

    @BeforeAll
    void render() throws IOException {
        Report report = Reports.read(PROGRESS);
        assertEquals(List.of(), report.warnings());
        Vanban vanban = Vanban.builder().build();
        LayoutDocument layout = vanban.layout(report.document(), DocumentPart.WHOLE);
        assertEquals(List.of(), layout.warnings());
        Files.createDirectories(ExternalToolsTest.OUT);
        docx = ExternalToolsTest.OUT.resolve(NAME + ".docx");
        pdf = ExternalToolsTest.OUT.resolve(NAME + ".pdf");
        try (OutputStream o = Files.newOutputStream(docx)) {
            assertEquals(List.of(), vanban.render(layout, OutputFormat.DOCX, o).warnings());
        }
        try (OutputStream o = Files.newOutputStream(pdf)) {
            assertEquals(List.of(), vanban.render(layout, OutputFormat.PDF, o).warnings());
        }
    }

    @Test
    void theSentencesReadBackFromTheDocxAndThePdf() throws IOException {
        List<String> paragraphs = DocxText.nonEmptyParagraphs(Files.readAllBytes(docx)).stream()
                .map(p -> p.replace('\u00A0', ' ')).toList();
        String joined = String.join("\n", paragraphs);
        for (String s : SENTENCES.subList(1, SENTENCES.size())) {
            assertTrue(paragraphs.contains(s), s + " in\n" + joined);
        }
        assertTrue(joined.contains(SENTENCES.get(0)), joined);
        assertTrue(paragraphs.contains("BÁO CÁO"), joined);
        assertTrue(paragraphs.contains("Số: 112/BC-UBND"), joined);
        PdfInspector read = new PdfInspector(Files.readAllBytes(pdf), 20 * SampleConformanceTest.MM);
        String pdfText = SameWords.fold(String.join(" ", read.pages.stream().map(PdfInspector.Page::body).toList()));
        for (String s : SENTENCES) {
            assertTrue(pdfText.contains(SameWords.fold(s)), s);
        }
        int table = firstTablePage();
        assertTrue(table >= 2, "the body, then the table: " + table);
        for (int i = 0; i < read.pages.size(); i++) {
            assertEquals(i >= table - 1, read.pages.get(i).landscape(), "page " + (i + 1) + ": only the table is landscape");
        }
    }

    /** The first page of the table, from 1: the page that prints its title. */
    private int firstTablePage() throws IOException {
        for (int page = 1; ; page++) {
            String text = pdfText(page, page);
            if (text.isEmpty()) {
                throw new AssertionError("no page prints the table's title");
            }
            if (text.contains("KẾT QUẢ THỰC HIỆN NHIỆM VỤ")) {
                return page;
            }
        }
    }

    /** The text of the PDF's pages {@code from} to {@code to}, no-break spaces as spaces. */
    private String pdfText(int from, int to) throws IOException {
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(d).replace('\u00A0', ' ');
        }
    }

    @Test
    void aPlannedTimeIsKeptWholeOnOneLineOfTheTable() throws IOException {
        String table = pdfText(firstTablePage(), Integer.MAX_VALUE);
        List<String> lines = table.lines().map(String::strip).toList();
        for (String time : List.of("Quý II/2024", "Tháng 3/2024", "Tháng 6/2024", "Năm 2024")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(time)), time + " on one line of\n" + table);
        }
        assertTrue(lines.stream().noneMatch(l -> l.endsWith(" Quý") || l.equals("Quý") || l.endsWith(" Tháng")
                || l.equals("Tháng")), "no line ends before a period's number:\n" + table);
        // Word and LibreOffice keep it whole for the same reason: a no-break space in the cell.
        assertTrue(DocxText.nonEmptyParagraphs(Files.readAllBytes(docx)).contains("Quý\u00A0II/2024"));
    }

    /**
     * Each section heading of the report prints whole on one line of the PDF: a heading for the
     * steps ahead and the proposals together once left "NGHỊ" alone on a second line.
     */
    @Test
    void eachSectionHeadingPrintsOnOneLine() throws IOException {
        String text = pdfText(1, firstTablePage() - 1);
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> headings = PlanViews.of(Reports.read(PROGRESS).document()).body().stream()
                .map(n -> n.label() + " " + n.title()).toList();
        assertTrue(headings.size() >= 3, headings.toString());
        for (String heading : headings) {
            assertTrue(lines.contains(heading), heading + " on a line of its own in\n" + text);
        }
    }

    @Test
    void theIndependentCheckerPassesOurDocxAndPdf() throws Exception {
        assumeTrue(Files.isExecutable(ExternalToolsTest.CHECKER) && onPath("python3") && onPath("pdftotext"),
                "needs ../shared/nd30/check, python3 and poppler-utils");
        assertEquals(List.of(), check(docx, pdf));
    }

    @Test
    void libreOfficeLaysOurDocxOutPageForPageAsOurPdfAndTheCheckerPassesIt() throws Exception {
        assumeTrue(onPath("soffice"), "needs LibreOffice");
        Path lo = ExternalToolsTest.OUT.resolve("libreoffice");
        Files.createDirectories(lo);
        Path converted = lo.resolve(NAME + ".pdf");
        Files.deleteIfExists(converted);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + Files.createTempDirectory("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", lo.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finishes");
        assertTrue(Files.exists(converted), log);
        Parity parity = Parity.of(Files.readAllBytes(pdf), Files.readAllBytes(converted));
        System.out.println("parity with LibreOffice, " + NAME + ": " + parity.describe());
        assertEquals(parity.pages(), parity.otherPages(), "LibreOffice breaks our DOCX into as many pages as our PDF");
        assertTrue(parity.worstPage() >= 0.98, "LibreOffice puts our pages' words on the same pages: " + parity.describe());
        if (Files.isExecutable(ExternalToolsTest.CHECKER) && onPath("pdftotext")) {
            assertEquals(List.of(), check(docx, pdf), "our PDF");
            assertEquals(List.of(), check(docx, converted), "LibreOffice's PDF");
        }
    }

    /**
     * The checker's FAIL lines with {@code --type "BÁO CÁO"}, every one of them: the table's heading
     * row, repeated on its second page in the PDF only, is few enough words for {@code same-text}.
     */
    private static List<String> check(Path docx, Path pdf) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ExternalToolsTest.CHECKER.toString(), docx.toString(), pdf.toString(),
                "--type", "BÁO CÁO"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains(" passed, "), out);
        assertTrue(out.contains("PASS docx.type-name"), out);
        return out.lines().filter(l -> l.startsWith("FAIL")).toList();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
