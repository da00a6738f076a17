package vn.vanban.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.MarkupReader;
import vn.vanban.layout.ProfileLoader;
import vn.vanban.model.Agency;
import vn.vanban.model.BodyNode;
import vn.vanban.model.DocumentType;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.testing.Layouts;
import vn.vanban.view.PlanViews;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a data file holds, it reaches the layout literally: markup, template syntax and odd
 * characters are text, never structure or code.
 */
class HostileTextTest {

    private static final Templates TEMPLATES = new Templates(null);
    private static final MarkupReader READER =
            new MarkupReader(ProfileLoader.loadDefault(), FontSet.liberationSerif());

    @ParameterizedTest
    @ValueSource(strings = {
        "<b>not bold</b>", "a & b", "]]>", "${doc.summary()}", "<#if true>x</#if>", "[#if true]x[/#if]",
        "\"quoted\" 'single'", "tab\there", "line\nbreak", "soft\u00ADhyphen", "zero\u200Bwidth",
        "rtl\u200Fmark", "emoji 🇻🇳😀", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;",
        "?api ?new freemarker.template.utility.Execute", "&amp; &lt;"})
    void hostileTextIsPrintedLiterally(String hostile) {
        List<String> texts = paragraphs(plan(hostile, hostile, hostile));
        assertTrue(texts.contains("- " + ended(hostile)), () -> "dash item missing: " + texts);
        assertEquals(fold(hostile), summary(texts));
        assertTrue(texts.contains("- " + hostile + ";"), () -> "recipient missing: " + texts);
    }

    /** The same texts through both writers: literal in the DOCX, and in the PDF where they have glyphs. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<b>not bold</b>", "a & b", "]]>", "${doc.summary()}", "<#if true>x</#if>", "[#if true]x[/#if]",
        "\"quoted\" 'single'", "tab\there", "line\nbreak", "soft\u00ADhyphen", "zero\u200Bwidth",
        "emoji 😀", "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;", "&amp; &lt;"})
    void hostileTextIsPrintedLiterallyInBothOutputs(String hostile) throws Exception {
        Plan plan = plan("Tóm tắt", hostile, "Nơi nhận");
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        VANBAN.render(plan, vn.vanban.OutputFormat.DOCX, docx);
        vn.vanban.common.RenderResult r = VANBAN.render(plan, vn.vanban.OutputFormat.PDF, pdf);
        String expected = hostile.replaceAll("[\\t\\n]", " ");
        List<String> paragraphs = vn.vanban.testing.DocxText.paragraphs(docx.toByteArray()).stream()
                .map(t -> t.replaceAll("[\\t\\n]", " ")).toList();
        assertTrue(paragraphs.contains("- " + ended(expected)), () -> "DOCX: " + paragraphs);
        String text;
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        if (hostile.codePoints().anyMatch(c -> c == 0xAD || c == 0x200B || c > 0xFFFF)) {
            // Invisible marks have no glyph to extract, and the serif has no emoji: the page shows
            // the rest, and a missing glyph is reported, never a silent '#'.
            assertTrue(!text.contains("#") || hostile.contains("#"), text);
            if (hostile.contains("😀")) {
                assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("U+1F600")), () -> "warnings: " + r.warnings());
            }
        } else {
            assertTrue(text.contains("- " + ended(expected.replaceAll("\\s+", " "))), () -> "PDF: " + text);
        }
    }

    private static final vn.vanban.Vanban VANBAN = vn.vanban.Vanban.builder().build();

    /** NFD text of a plan built in Java reaches the DOCX composed, as a file's text does. */
    @org.junit.jupiter.api.Test
    void decomposedTextIsWrittenComposed() {
        String nfd = java.text.Normalizer.normalize("Nguyễn Thị Hường", java.text.Normalizer.Form.NFD);
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        VANBAN.render(plan("Tóm tắt", nfd, "Nơi nhận"), vn.vanban.OutputFormat.DOCX, docx);
        List<String> paragraphs = vn.vanban.testing.DocxText.paragraphs(docx.toByteArray());
        assertTrue(paragraphs.contains("- Nguyễn Thị Hường./."), () -> "DOCX: " + paragraphs);
    }

    /**
     * What Word or LibreOffice would show otherwise than the PDF is refused at its field: a bidi
     * override shows "‮000.001‬ đồng" as "100.000 đồng" in the DOCX alone; a line separator breaks
     * the PDF's line and joins the DOCX's words; a C1 control prints a box in one and nothing in
     * the other.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u202E000.001\u202C", "rtl\u200Fmark", "a\u2066b\u2069", "a\u061Cb", "Trước\u2028sau",
        "Trước\u2029sau", "Trước\u0085sau", "del\u007F", "c1\u009B"})
    void textThatShowsDifferentlyInWordIsRefusedAtItsField(String hostile) {
        Plan plan = plan("Tóm tắt", "Kinh phí hỗ trợ: " + hostile + " đồng.", "Nơi nhận");
        vn.vanban.common.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.vanban.common.InvalidInputException.class,
                () -> VANBAN.render(plan, vn.vanban.OutputFormat.PDF, java.io.OutputStream.nullOutputStream()));
        int cp = hostile.codePoints().filter(c -> !Character.isLetterOrDigit(c) && c != '.').findFirst().orElseThrow();
        assertEquals(String.format("body[0].section.content[0].dash: the text contains %s U+%04X, which a document "
                        + "cannot hold; %s", cp == 0x2028 || cp == 0x2029 ? "the separator"
                        : Character.isISOControl(cp) ? "the control character" : "the bidirectional control", cp,
                cp == 0x2028 || cp == 0x2029 || cp == 0x85 ? "write a line break (a new line in the text) instead"
                        : "remove it"), e.problems().get(0).toString());
    }

    /**
     * The last text of the body as printed: followed by "./.", which a final "." is part of and a
     * final ",", ";" or ":" gives way to (issue 20 §8); trailing spaces go.
     */
    private static String ended(String text) {
        String t = text.stripTrailing();
        if (t.endsWith("./.")) {
            return t;
        }
        if (t.endsWith(".")) {
            return t + "/.";
        }
        return (t.endsWith(",") || t.endsWith(";") || t.endsWith(":") ? t.substring(0, t.length() - 1) : t) + "./.";
    }

    @Property(tries = 200)
    void anyTextReachesTheLayoutUnchanged(@ForAll("text") String summary, @ForAll("text") String item,
                                          @ForAll("text") String recipient) {
        List<String> texts = paragraphs(plan(summary, item, recipient));
        assertEquals(fold(summary), summary(texts));
        assertTrue(texts.contains("- " + ended(item)), () -> "item missing: " + texts);
        assertTrue(texts.contains("- " + recipient + ";"));
    }

    /** Any text XML 1.0 can carry: what the reader lets through after NFC. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('\u0020', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD')
                .withChars('\t', '\n')
                .ofMinLength(1).ofMaxLength(40)
                .map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC));
    }

    /** A centred summary may be set as several balanced lines: compare it with spaces folded. */
    private static String summary(List<String> texts) {
        return fold(String.join(" ", texts.subList(texts.indexOf("KẾ HOẠCH") + 1, texts.indexOf("I. MỤC"))));
    }

    private static String fold(String s) {
        return s.replaceAll("[ \\t\\n]+", " ").strip();
    }

    private static Plan plan(String summary, String item, String recipient) {
        return new Plan(DocumentType.KE_HOACH, null, new Agency("Ủy ban nhân dân xã A", "UBND", "A"), null, null,
                PartialDate.ofYear(2024), summary, null,
                List.of(new BodyNode.Section("Mục", List.of(new BodyNode.Dash(Text.of(item), List.of())))),
                null, new Recipients(List.of(recipient), "VT"),
                new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", "Nguyễn Văn A"), List.of());
    }

    private static List<String> paragraphs(Plan plan) {
        LayoutDocument doc = READER.read(TEMPLATES.render(Templates.PLAN, PlanViews.of(plan)));
        return Layouts.paragraphs(doc.sections().get(0));
    }
}
