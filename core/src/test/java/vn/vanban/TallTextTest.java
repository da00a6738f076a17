package vn.vanban;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text that no page break may cut and no page can hold is refused as the user's input, by its
 * field, before either format is written; what may break across pages still renders (trial 6 §6:
 * the DOCX was written, then the PDF failed "as a fault of vanban's layout").
 */
class TallTextTest {

    private static Vanban vanban;

    @BeforeAll
    static void engine() {
        vanban = Vanban.builder().build();
    }

    /** {@code chars} characters or so of words, ending with "cuốicùng", a word found nowhere else. */
    static String words(int chars) {
        return words(chars, "cuốicùng");
    }

    /** {@code chars} characters or so of words, ending with {@code last}. */
    static String words(int chars, String last) {
        String[] w = {"phổ", "biến", "giáo", "dục", "pháp", "luật", "cho", "cán", "bộ", "Nhân", "dân"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars - last.length() - 4; i++) {
            b.append(w[i % w.length]).append(' ');
        }
        return b.append(last).toString();
    }

    private static Plan.Builder plan() {
        return Plan.builder().issuer("Ủy ban nhân dân xã An Phú", "UBND", "An Phú").number(3).date("2025-03-04")
                .summary("Thử nghiệm các trường hợp đặc biệt").body(BodyNode.paragraph("Một."))
                .closing("Yêu cầu các đơn vị thực hiện").recipients("VT", "Các thôn")
                .signatory(Signatory.head("Chủ tịch", "Lê Văn Tám"));
    }

    private static Problem refused(Plan plan, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> vanban.render(plan, format, out));
        assertEquals(0, out.size(), "nothing written");
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(!e.getMessage().contains("fault of vanban"), e::getMessage);
        return e.problems().get(0);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aSummaryTallerThanAPageIsRefusedByItsFieldInEitherFormat(OutputFormat format) {
        String summary = words(4000);
        Problem p = refused(plan().summary(summary).build(), format);

        assertEquals("summary", p.path());
        assertTrue(p.message().matches("the summary takes 1\\.[2-5] pages, and it cannot break across pages: "
                + "shorten it to about [23],\\d00 characters \\(it has " + String.format(Locale.ROOT, "%,d", summary.length())
                + "\\)"), p::message);
    }

    @Test
    void layoutRefusesItToo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> vanban.layout(plan().summary(words(4000)).build(), DocumentPart.WHOLE));
        assertEquals("summary", e.problems().get(0).path());
    }

    @Test
    void aSummaryOfTheLengthTheMessageSuggestsRendersWhole() throws IOException {
        Problem p = refused(plan().summary(words(5000)).build(), OutputFormat.PDF);
        Matcher m = Pattern.compile("about ([\\d,]+) characters").matcher(p.message());
        assertTrue(m.find(), p::message);
        int suggested = Integer.parseInt(m.group(1).replace(",", ""));

        String text = pdfText(plan().summary(words(suggested)).build());

        assertTrue(text.contains("cuốicùng"), "the summary's last word is printed");
    }

    @Test
    void anAppendixTitleTallerThanAPageIsRefusedByItsField() {
        String title = words(2500);
        Plan plan = plan().appendix(Appendix.builder(title).column("a", "A", 1).row(Map.of("a", "1")).build()).build();

        Problem p = refused(plan, OutputFormat.PDF);

        assertEquals("appendices[0].title", p.path());
        assertTrue(p.message().startsWith("the appendix's title takes "), p::message);
        assertTrue(p.message().endsWith(String.format(Locale.ROOT, "characters (it has %,d)", title.length())), p::message);
    }

    @Test
    void aColumnHeadingTallerThanAPageIsRefusedByItsField() {
        // The heading row repeats at the top of every page with a row under it: it cannot break.
        Plan plan = plan().appendix(Appendix.builder("Danh mục").column("a", "Nội dung", 3)
                .column("b", words(1800), 1).row(Map.of("a", "1", "b", "2")).build()).build();

        Problem p = refused(plan, OutputFormat.DOCX);

        assertEquals("appendices[0].columns[1].header", p.path());
        assertTrue(p.message().startsWith("the column's heading takes "), p::message);
        assertTrue(p.message().contains("a table's heading row, repeated at the top of every page above a row, cannot break "
                + "across pages: shorten it to about "), p::message);
    }

    @Test
    void textThatMayBreakAcrossPagesStillRendersWhole() throws IOException {
        // Each is far taller than a page, and breaks: a title, a group row, the signature, a cell.
        Plan plan = plan().body(BodyNode.section(words(12_000, "tiêuđề"), BodyNode.paragraph("Một.")))
                .signatory(Signatory.head(words(6_000, "kýtên"), "Lê Văn Tám"))
                .appendix(Appendix.builder("Danh mục").column("a", "A", 1).group(words(12_000, "nhómhàng"))
                        .row(Map.of("a", words(12_000, "ôbảng"))).build())
                .build();

        String text = pdfText(plan).toLowerCase(Locale.ROOT);

        for (String last : List.of("tiêuđề", "kýtên", "nhómhàng", "ôbảng")) {
            assertTrue(text.contains(last), last);
        }
    }

    private static String pdfText(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vanban.render(plan, OutputFormat.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void eachTallTextIsToldOnce() {
        Plan plan = plan().summary(words(4000))
                .appendix(Appendix.builder(words(2500)).column("a", "A", 1).row(Map.of("a", "1")).build()).build();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> vanban.layout(plan, DocumentPart.WHOLE));

        assertEquals(List.of("summary", "appendices[0].title"), e.problems().stream().map(Problem::path).toList());
    }
}
