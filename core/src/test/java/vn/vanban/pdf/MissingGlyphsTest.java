package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.vanban.common.Warning;
import vn.vanban.layout.ProfileLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Characters the font lacks (an emoji, other scripts, a check mark) each keep a place of their
 * own, are reported, and are still what the text says they are: read back with PDFBox (glyph
 * positions, tags) and, where poppler is installed, extracted with pdftotext.
 */
class MissingGlyphsTest {

    static final String TEXT = "Trước 😀 sau, chữ 中文 và ไทย rồi ✓ hết; 👍🏽 và ❤️ cuối.";
    /** What the placeholders stand for, each extracted as itself (PDFBox reads /ActualText). */
    static final List<String> MISSING = List.of("😀", "中", "文", "ไ", "ท", "ย", "✓", "👍🏽", "❤️");
    static byte[] pdf;
    static PdfResult result;

    @BeforeAll
    static void render() throws IOException {
        PdfRenderer renderer = new PdfRenderer(ProfileLoader.loadDefault(), PdfOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = renderer.render(PdfFixtures.single(TEXT), out);
        pdf = out.toByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "missing-glyphs.pdf"), pdf);
    }

    @Test
    void eachMissingCharacterIsReportedOnce() {
        String all = result.warnings().stream().map(Warning::message).collect(Collectors.joining("\n"));
        for (String cp : List.of("U+1F600", "U+4E2D", "U+6587", "U+0E44", "U+2713", "U+1F44D")) {
            assertTrue(all.contains(cp), cp + " in " + all);
        }
        assertTrue(all.contains("they print as '□'"), all);
        assertEquals(1, result.warnings().size(), "one warning for the paragraph, naming each character: " + all);
        assertTrue(result.warnings().stream().noneMatch(w -> w.message().startsWith("FOP:")), "FOP met no missing glyph: " + all);
    }

    @Test
    void aParagraphInAnotherScriptGetsOneWarningNotOneACharacter() throws IOException {
        StringBuilder chinese = new StringBuilder("Họ tên: ");
        for (int cp = 0x4E00; cp < 0x4E00 + 300; cp++) {
            chinese.appendCodePoint(cp);
        }
        PdfResult r = new PdfRenderer(ProfileLoader.loadDefault(), PdfOptions.defaults())
                .render(PdfFixtures.single(chinese.toString()), new ByteArrayOutputStream());
        assertEquals(1, r.warnings().size(), "300 lines for one paragraph before (trial 5)");
        String w = r.warnings().get(0).message();
        assertTrue(w.startsWith("U+4E00 '一', U+4E01 '丁', ") && w.contains(" and 288 more are not in the font "), w);
    }

    /**
     * No placeholder overlaps the glyphs beside it, and no glyph starts before the one before it
     * (kerning may pull a pair such as "Tr" a little closer, so other pairs may touch).
     */
    @Test
    void noGlyphOverprintsItsNeighbours() throws IOException {
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.writeText(d, new StringWriter());
        }
        float y = all.stream().filter(t -> t.getUnicode().equals("T")).findFirst().orElseThrow().getYDirAdj();
        List<TextPosition> line = all.stream().filter(t -> Math.abs(t.getYDirAdj() - y) < 1).toList();
        assertTrue(line.size() > 30, "glyphs on the line: " + line.size());
        int placeholders = 0;
        for (int i = 1; i < line.size(); i++) {
            TextPosition before = line.get(i - 1);
            TextPosition after = line.get(i);
            assertTrue(after.getXDirAdj() > before.getXDirAdj(), "'" + after.getUnicode() + "' after '" + before.getUnicode() + "'");
            boolean placeholder = MISSING.contains(before.getUnicode()) || MISSING.contains(after.getUnicode());
            placeholders += MISSING.contains(after.getUnicode()) ? 1 : 0;
            assertTrue(!placeholder || after.getXDirAdj() >= before.getXDirAdj() + before.getWidthDirAdj() - 0.01,
                    "'" + after.getUnicode() + "' at " + after.getXDirAdj() + " overprints '" + before.getUnicode()
                            + "', which ends at " + (before.getXDirAdj() + before.getWidthDirAdj()));
        }
        assertEquals(9, placeholders, "one placeholder for each missing character: " + line.stream().map(TextPosition::getUnicode).toList());
    }

    /** Each placeholder is tagged with the text it stands for, and so is its marked content. */
    @Test
    void eachPlaceholderCarriesItsCharacterAsActualText() throws IOException {
        List<String> actual = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            collect(d.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), actual);
            String content = new String(d.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("/ActualText <FEFF"), "marked content with /ActualText");
        }
        assertEquals(MISSING, actual);
    }

    private static void collect(COSBase node, List<String> out) {
        if (node instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.getObject(i), out);
            }
        } else if (node instanceof COSDictionary d) {
            String text = d.getString(COSName.getPDFName("ActualText"));
            if (text != null) {
                out.add(text);
            }
            collect(d.getDictionaryObject(COSName.K), out);
        }
    }

    @Test
    void pdfBoxExtractsTheCharactersThemselves() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains(TEXT), text);
        }
    }

    /** poppler (behind most Linux text tools) extracts the characters, not the placeholders. */
    @Test
    void textToolsExtractTheCharactersThemselves() throws Exception {
        Path file = Files.createTempFile("missing-glyphs", ".pdf");
        Files.write(file, pdf);
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "pdftotext is not installed");
            return;
        }
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Files.delete(file);
        assertTrue(text.contains(TEXT), text);
        assertTrue(!text.contains("□"), text);
    }

    /** A word joiner the font lacks has no visible form: it is left out, and said so. */
    @Test
    void anInvisibleFormatCharacterIsLeftOutNotBoxed() throws IOException {
        PdfRenderer renderer = new PdfRenderer(ProfileLoader.loadDefault(), PdfOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfResult r = renderer.render(PdfFixtures.single("Bùi\u2060Văn Lý"), out);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        String warning = r.warnings().get(0).message();
        assertTrue(warning.startsWith("U+2060") && warning.contains("it is left out"),
                r.warnings().toString());
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("BùiVăn Lý") && !text.contains("□"), text);
        }
    }

    @Test
    void thePdfWithPlaceholdersStillPassesPdfUa1() throws Exception {
        List<String> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
