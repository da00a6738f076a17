package vn.vanban.robustness;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vanban.testing.Strings.count;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 5,000-row catalogue renders in a JVM of its own with a 256 MB heap (it needed 512 MB before
 * the limits of issue 19 §5 were measured), its header on every page.
 */
class ScaleTest {

    static final int ROWS = 5_000;
    static final int ROWS_PER_SECTION =
            vn.vanban.layout.ProfileLoader.loadDefault().table("catalogue").rowsPerSection();

    @Test
    void theProfileSplitsSuchACatalogue() {
        assertTrue(ROWS_PER_SECTION > 0 && ROWS_PER_SECTION < ROWS, "rowsPerSection " + ROWS_PER_SECTION);
    }

    @Test
    void aFiveThousandRowCatalogueFitsIn256Megabytes(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), LargeCatalogue.class.getName(),
                dir.toString(), Integer.toString(ROWS)).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finishes");
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("max heap"), log);

        // The catalogue goes on in a new section every rowsPerSection rows (group rows included).
        int bodyRows = ROWS + (ROWS + LargeCatalogue.GROUP_EVERY - 1) / LargeCatalogue.GROUP_EVERY;
        int parts = (bodyRows + ROWS_PER_SECTION - 1) / ROWS_PER_SECTION;
        String docx = new String(vn.vanban.testing.DocxText.part(Files.readAllBytes(dir.resolve("large.docx")),
                "word/document.xml"), StandardCharsets.UTF_8);
        assertEquals(parts, count(docx, "<w:tblHeader/>"), "each part of the table repeats its header");
        assertEquals(1 + parts, count(docx, "<w:sectPr>"), "the plan's section and the catalogue's parts");
        assertEquals(2, count(docx, "<w:titlePg/>"), "only the plan and the appendix hide their first number");
        assertTrue(docx.contains(LargeCatalogue.label(ROWS) + " "), "the last row is in the DOCX");

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("large.pdf").toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            int appendixPages = 0;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                String text = s.getText(pdf);
                if (text.contains("Nhiệm vụ số ")) {
                    appendixPages++;
                    assertTrue(text.contains("STT") && text.contains("Nội dung công việc"),
                            "the header row repeats on page " + i);
                    if (appendixPages > 1) {
                        assertEquals(Integer.toString(appendixPages), text.lines().findFirst().orElse("").strip(),
                                "page " + i + " is the appendix's page " + appendixPages + " and says so at the top");
                    }
                }
            }
            assertTrue(appendixPages > 500, "the catalogue spans " + appendixPages + " pages");
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains(LargeCatalogue.label(ROWS) + " "), "the last row is in the PDF");
        }
    }
}
