package vn.vanban.docx4j.check;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our PDF broken with PDFBox, one fault each, and the rule that must say so. */
class BrokenPdfTest {

    private interface Edit {
        void apply(PDDocument d) throws IOException;
    }

    private static Set<String> broken(String name, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(Samples.render("duc-pho-2024").pdf())) {
            edit.apply(d);
            d.save(out);
        }
        Files.createDirectories(Samples.OUT.resolve("broken"));
        Files.write(Samples.OUT.resolve("broken").resolve(name + ".pdf"), out.toByteArray());
        CheckReport report = Checker.of(vn.vanban.model.DocumentType.KE_HOACH).check(out.toByteArray(), name + ".pdf");
        return report.findings().stream().map(f -> f.rule().name()).collect(Collectors.toSet());
    }

    private static void text(PDDocument d, int page, float x, float y, String text) throws IOException {
        PDPage p = d.getPage(page);
        try (PDPageContentStream s = new PDPageContentStream(d, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
            s.beginText();
            s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 13);
            s.newLineAtOffset(x, p.getMediaBox().getHeight() - y);
            s.showText(text);
            s.endText();
        }
    }

    private static void each(PDDocument d, Consumer<PDPage> edit) {
        d.getPages().forEach(edit);
    }

    @Test
    void letterPaper() throws IOException {
        Set<String> found = broken("letter-paper", d -> each(d, p -> {
            p.setMediaBox(PDRectangle.LETTER);
            p.setCropBox(PDRectangle.LETTER);
        }));
        assertTrue(found.contains("paper"), found.toString());
    }

    @Test
    void firstPageTurnedToLandscape() throws IOException {
        Set<String> found = broken("landscape-first-page", d -> d.getPage(0).setRotation(90));
        assertTrue(found.contains("portrait"), found.toString());
    }

    @Test
    void aNumberOnThePageOne() throws IOException {
        Set<String> found = broken("number-on-page-one", d -> text(d, 0, 310, 40, "1"));
        assertTrue(found.contains("page-numbers"), found.toString());
    }

    @Test
    void aLineInHelveticaNotEmbedded() throws IOException {
        Set<String> found = broken("helvetica", d -> text(d, 1, 120, 760, "Ghi chu"));
        assertTrue(found.containsAll(Set.of("font", "fonts-embedded")), found.toString());
    }

    @Test
    void textInTheLeftMargin() throws IOException {
        Set<String> found = broken("left-margin", d -> text(d, 1, 40, 400, "Ghi chu"));
        assertTrue(found.contains("margins"), found.toString());
    }
}
