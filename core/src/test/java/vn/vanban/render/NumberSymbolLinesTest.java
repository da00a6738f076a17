package vn.vanban.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.Format;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.model.Plan;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document's number and symbol is never broken across lines at its hyphen (trials 1–3: "Kế
 * hoạch số 12/KH-⏎UBND" in a letter, "20/2025/QĐ-⏎UBND" in a report's narrow column), neither in
 * our PDF nor in the DOCX, which carries a non-breaking hyphen there for Word and LibreOffice.
 * The sample plan is given a body paragraph and catalogue cells that cite numbers at every offset,
 * so that before the rule some line ended inside a symbol.
 */
class NumberSymbolLinesTest {

    private static final String[] SYMBOLS = {"12/KH-UBND", "15/2024/QĐ-UBND", "05/TTr-ĐCXD", "101/2020/NĐ-CP",
        "123/BC-UBND-VP", "20/2025/QĐ-UBND"};
    private static final String[] LEADS = {"Kế hoạch số", "Quyết định số", "Tờ trình số", "Nghị định số",
        "Báo cáo số", "đã ban hành Quyết định số"};
    /** A line that ends inside a symbol: its last word is a symbol cut after one of its hyphens. */
    /** A number and symbol, its hyphens plain or marked. */
    private static final Pattern SYMBOL = Pattern.compile("\\d*/(\\d{4}/)?\\p{Lu}[\\p{L}\\p{N}]*([-\u2011]\\p{Lu}[\\p{L}\\p{N}]*)+");
    private static final Pattern CUT_SYMBOL = Pattern.compile("\\d*/(\\d{4}/)?\\p{Lu}[\\p{L}\\p{N}]*(-\\p{Lu}[\\p{L}\\p{N}]*)*-$");

    private static byte[] docx;
    private static byte[] pdf;
    private static RenderResult pdfResult;

    @BeforeAll
    static void render() throws IOException {
        StringBuilder body = new StringBuilder("Thực hiện");
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            body.append(i == 0 ? " " : filler.append("x").length() % 3 == 0 ? "; và " + filler + " " : "; ")
                    .append(LEADS[i % LEADS.length]).append(' ').append(SYMBOLS[(i / 2) % SYMBOLS.length])
                    .append(" ngày 15/3/2024");
        }
        String yaml = Files.readString(Path.of("../samples/duc-pho-2024.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("paragraph: Đảm bảo theo dự toán năm 2024[^\\n]*", "paragraph: " + body + ".");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            rows.append("      - content: Nội dung ").append(i).append('\n')
                    .append("        product: ").append("Đã ").append("x".repeat(i % 5)).append(' ')
                    .append(LEADS[i % LEADS.length]).append(' ').append(SYMBOLS[i % SYMBOLS.length]).append('\n');
        }
        yaml = yaml.replaceFirst("    rows:\\n", "    rows:\n" + rows);
        Vanban vanban = Vanban.builder().build();
        Plan plan = vanban.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "symbols.yaml", Format.YAML);
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        vanban.render(plan, OutputFormat.DOCX, d);
        docx = d.toByteArray();
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        pdfResult = vanban.render(plan, OutputFormat.PDF, p);
        pdf = p.toByteArray();
    }

    private static List<String> pdfLines() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).lines().map(String::strip).toList();
        }
    }

    @Test
    void noLineOfThePdfEndsInsideANumberAndSymbol() throws IOException {
        List<String> lines = pdfLines();
        List<String> cut = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.split("\\s+");
            if (CUT_SYMBOL.matcher(words[words.length - 1]).matches()) {
                cut.add(line);
            }
        }
        assertEquals(List.of(), cut, "lines ending inside a symbol");
        String text = String.join("\n", lines);
        for (String symbol : SYMBOLS) {
            assertTrue(text.contains(symbol), symbol + " whole, with its plain hyphens, in the PDF's text");
        }
        assertFalse(text.contains("\u2011"), "the PDF prints the face's own '-'");
    }

    @Test
    void thePdfWarnsOfNoMissingGlyph() {
        List<String> glyphs = pdfResult.warnings().stream().map(Warning::message)
                .filter(m -> m.startsWith("U+") || m.startsWith("FOP:")).toList();
        assertEquals(List.of(), glyphs);
    }

    /**
     * The body's symbols as the DOCX writes them, in order, each with whether its hyphens are
     * marked non-breaking; and as our PDF sets them, each with whether it opens a line.
     */
    @Test
    void theDocxMarksOnlyTheSymbolsMovedWholeToANewLineAndLeavesTheOthersPlain() throws IOException {
        String xml = new String(DocxText.part(docx, "word/document.xml"), StandardCharsets.UTF_8);
        int at = xml.indexOf(">Thực hiện Kế hoạch số 12/");
        String body = xml.substring(at, xml.indexOf("</w:t>", at));
        List<String> written = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        Matcher m = SYMBOL.matcher(body);
        while (m.find()) {
            written.add(m.group().replace('\u2011', '-'));
            marked.add(m.group().indexOf('\u2011') >= 0);
            assertFalse(m.group().contains("-") && m.group().contains("\u2011"), "a symbol marked whole or not at all");
        }
        List<String> set = new ArrayList<>();
        List<Boolean> opensLine = new ArrayList<>();
        List<String> lines = pdfLines();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Thực hiện Kế hoạch số 12/")).findFirst().orElseThrow());
        for (int i = first; i == first || !lines.get(i - 1).endsWith("ngày 15/3/2024."); i++) {
            String[] words = lines.get(i).split("\\s+");
            for (int k = 0; k < words.length; k++) {
                if (SYMBOL.matcher(words[k]).matches()) {
                    set.add(words[k]);
                    opensLine.add(k == 0);
                }
            }
        }
        assertEquals(written, set, "the body's symbols, in order, in the DOCX and in the PDF");
        int kept = 0;
        int plainInside = 0;
        for (int i = 0; i < written.size(); i++) {
            if (marked.get(i)) {
                assertTrue(opensLine.get(i), written.get(i) + " (the " + i + "th) is marked, so it was moved whole to a new line");
                kept++;
            } else if (!opensLine.get(i)) {
                plainInside++;
            }
        }
        assertTrue(kept > 0, "some symbol would have straddled a line's end: " + marked);
        assertTrue(plainInside > 0, "the symbols inside a line keep their plain hyphens: " + marked);
        // One line, where nothing can break: the draft's number as readers of the header look for it.
        String number = DocxText.paragraphs(docx).stream().filter(p -> p.startsWith("Số:")).findFirst().orElseThrow();
        assertTrue(xml.contains(number.replace(" ", "\u00A0") + "<") || xml.contains(number + "<"),
                "the header's number keeps its plain hyphen: " + number);
        assertTrue(number.endsWith("/KH-UBND"), number);
    }
}
