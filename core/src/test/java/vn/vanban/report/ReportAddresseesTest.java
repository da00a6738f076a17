package vn.vanban.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial 6 §6: a Sở's report to the province's committee is addressed ("Kính gửi", box 9a), as
 * the README says a Báo cáo may be: the progress file takes {@code addressees} as a plan does, and
 * the report prints them under its title as a Công văn prints them under its number.
 */
class ReportAddresseesTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static byte[] render(Report report, OutputFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(report.document(), format, out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace('\u00A0', ' ');
        }
    }

    @Test
    void oneAddresseeIsSetOnTheLineOfKinhGuiUnderTheTitle(@TempDir Path dir) throws Exception {
        Path progress = ReportsTest.files(dir, ReportsTest.PLAN, ReportsTest.HEADER + """
                period: Quý I/2024
                addressees: [Ủy ban nhân dân tỉnh Quảng Ngãi]
                """);
        Report report = Reports.read(progress);
        assertEquals(List.of("Ủy ban nhân dân tỉnh Quảng Ngãi"), report.document().addressees());
        List<String> p = DocxText.nonEmptyParagraphs(render(report, OutputFormat.DOCX));
        int title = p.indexOf("BÁO CÁO");
        int to = p.indexOf("Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi");
        assertTrue(title > 0 && to > title, p.toString());
        assertTrue(p.get(to - 1).endsWith("quý I năm 2024"), "under the summary: " + p);
        assertTrue(p.get(to + 1).startsWith("Thực hiện Kế hoạch số 07/KH-UBND"), p.toString());
        String pdf = pdfText(render(report, OutputFormat.PDF));
        assertTrue(pdf.contains("Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi"), pdf);
        assertTrue(pdf.indexOf("Kính gửi:") < pdf.indexOf("Thực hiện Kế hoạch"), pdf);
    }

    @Test
    void severalAddresseesAreAListEndingWithAPeriodAndNoneIsNoKinhGui(@TempDir Path dir) throws Exception {
        Path progress = ReportsTest.files(dir, ReportsTest.PLAN, ReportsTest.HEADER + """
                period: Quý I/2024
                addressees:
                  - Ủy ban nhân dân tỉnh Quảng Ngãi
                  - Sở Nội vụ tỉnh Quảng Ngãi
                """);
        List<String> p = DocxText.nonEmptyParagraphs(render(Reports.read(progress), OutputFormat.DOCX));
        int at = p.indexOf("Kính gửi:");
        assertEquals(List.of("Kính gửi:", "- Ủy ban nhân dân tỉnh Quảng Ngãi;", "- Sở Nội vụ tỉnh Quảng Ngãi."),
                p.subList(at, at + 3), p.toString());
        Path none = ReportsTest.files(dir, ReportsTest.PLAN, ReportsTest.HEADER + "period: Quý I/2024\n");
        List<String> without = DocxText.nonEmptyParagraphs(render(Reports.read(none), OutputFormat.DOCX));
        assertFalse(without.stream().anyMatch(l -> l.startsWith("Kính gửi")), without.toString());
    }

    @Test
    void anAddresseeIsCheckedByThePlansRulesAtItsLineInTheProgressFile(@TempDir Path dir) throws Exception {
        Path progress = ReportsTest.files(dir, ReportsTest.PLAN, ReportsTest.HEADER + """
                period: Quý I/2024
                addressees: ['- Ủy ban nhân dân tỉnh;', {name: x}]
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(progress));
        List<Problem> problems = e.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("addressees[0]", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("write the addressee without the leading '- '"),
                problems.toString());
        assertEquals(8, problems.get(0).line());
        assertEquals("addressees[1]", problems.get(1).path());
        assertEquals(8, problems.get(1).line());
        assertTrue(problems.stream().allMatch(p -> p.file().equals(progress.toString())), problems.toString());
    }
}
