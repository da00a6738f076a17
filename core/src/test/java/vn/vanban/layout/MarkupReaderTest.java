package vn.vanban.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.common.VanbanException;
import vn.vanban.fonts.FontSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column widths and balanced headings of the neutral layout, shared by the DOCX and the PDF. */
class MarkupReaderTest {

    private static final LayoutProfile PROFILE = ProfileLoader.loadDefault();
    private static final FontSet FONTS = FontSet.liberationSerif();
    private static final MarkupReader READER = new MarkupReader(PROFILE, FONTS);

    private static LayoutDocument.Table catalogue(String columns, String... cells) {
        return (LayoutDocument.Table) catalogueDocument(columns, cells).sections().get(0).blocks().get(0);
    }

    private static LayoutDocument catalogueDocument(String columns, String... cells) {
        StringBuilder row = new StringBuilder("<row>");
        for (String c : cells) {
            row.append("<cell>").append(c).append("</cell>");
        }
        row.append("</row>");
        String markup = "<document title=\"t\" subject=\"s\" author=\"a\" language=\"vi-VN\" date=\"2024-01-01\">"
                + "<section orientation=\"landscape\" restart-numbering=\"false\">"
                + "<table layout=\"catalogue\" header-rows=\"1\"><columns>" + columns + "</columns>" + row
                + "</table></section></document>";
        return READER.read(markup);
    }

    /** What a cell's text keeps clear of on each side: its padding, as Word and LibreOffice count it. */
    private static double inset() {
        return PROFILE.table("catalogue").cellPadding();
    }

    /** "STT" in its heading's style, as Word and LibreOffice measure it, with the cell's padding. */
    private static double sttColumn() {
        LayoutProfile.ParagraphStyle h = PROFILE.style("table-number-header");
        return new TextWidth(FONTS).of("STT", h.size(), true, false) + 2 * inset();
    }

    /** A width Word can hold: whole twips. */
    private static void assertWholeTwips(double width) {
        assertEquals(Math.round(width * 20), width * 20, 1e-6, width + " pt");
    }

    /**
     * A custom template may name a style, rule or table the profile lacks, or write a number
     * badly: the user's mistake, said as such, never an IllegalArgumentException taken for a bug.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p style=\"nope\">x</p>|the paragraph style 'nope', which the layout profile does not define (it defines addressee, ",
            "<rule kind=\"nope\"/>|the rule 'nope', which the layout profile does not define",
            "<table layout=\"nope\"><row><cell/></row></table>|the table layout 'nope', which the layout profile does not define",
            "<table layout=\"catalogue\" header-rows=\"one\"><row><cell/></row></table>|<table> has header-rows=\"one\"; expected a whole number, at least 0",
            "<table layout=\"catalogue\"><columns><column weight=\"-2\"/></columns><row><cell/></row></table>|<column> has weight=\"-2\"; expected a positive number",
            "<table layout=\"catalogue\"><columns><column weight=\"1\"/></columns><row><cell span=\"0\"/></row></table>|<cell> has span=\"0\"; expected a whole number, at least 1"})
    void aTemplatesMistakeIsNamedForTheUser(String body, String expected) {
        String markup = "<document title=\"t\" subject=\"s\" author=\"a\" language=\"vi-VN\" date=\"2024-01-01\">"
                + "<section orientation=\"portrait\" restart-numbering=\"false\">" + body + "</section></document>";
        VanbanException e = assertThrows(VanbanException.class, () -> READER.read(markup));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("layout markup line 1"), e.getMessage());
    }

    @Test
    void aColumnIsNeverNarrowerThanTheLongestWordInIt() {
        LayoutDocument.Table t = catalogue("<column weight=\"1\"/><column weight=\"60\"/>",
                "<p style=\"table-number-header\">STT</p>", "<p style=\"table-header\">Nội dung công việc</p>");
        double stt = sttColumn();
        double total = PROFILE.page().textWidth(true);
        // At its weight (1 of 61) the column would be about 12 pt: far too narrow for "STT" in bold.
        assertTrue(total / 61 < stt);
        // Rounded up to whole twips and one more, so that Word's rounding cannot cut "STT" in two.
        double column = t.columnWidths().get(0);
        assertTrue(column > stt && column <= stt + 0.1, column + " for " + stt);
        t.columnWidths().forEach(MarkupReaderTest::assertWholeTwips);
        // A twip short of the text's width: LibreOffice narrows a table exactly as wide.
        assertEquals(total - 0.05, t.width(), 1e-6, "the other columns give up what the narrow one takes");
    }

    @Test
    void aWordWiderThanItsLineIsWarnedOfAndTheOtherColumnsStillFit() {
        String word = "Đ".repeat(300);
        LayoutDocument doc = catalogueDocument("<column weight=\"1\"/><column weight=\"60\"/>",
                "<p style=\"table-number-header\">STT</p>", "<p style=\"table-cell\">một " + word + "</p>");
        LayoutDocument.Table t = (LayoutDocument.Table) doc.sections().get(0).blocks().get(0);
        assertEquals(sttColumn(), t.columnWidths().get(0), 0.1,
                "STT still gets its width though no column could hold the long word");
        assertEquals(1, doc.warnings().size(), doc.warnings().toString());
        String warning = doc.warnings().get(0).message();
        assertTrue(warning.contains("a word is wider than its line"), warning);
        assertTrue(warning.endsWith("\"" + "Đ".repeat(40) + "…\""), warning);
        assertEquals("", doc.warnings().get(0).path(), "a paragraph without field=\"…\" is of no field");
    }

    @Test
    void wordsThatFitTheirLinesRaiseNoWarning() {
        LayoutDocument doc = catalogueDocument("<column weight=\"1\"/><column weight=\"60\"/>",
                "<p style=\"table-number-header\">STT</p>", "<p style=\"table-header\">Nội dung công việc</p>");
        assertEquals(List.of(), doc.warnings());
    }

    @Test
    void columnsWhoseWordsFitKeepTheirWeights() {
        LayoutDocument.Table t = catalogue("<column weight=\"1\"/><column weight=\"3\"/>",
                "<p style=\"table-cell\">một hai</p>", "<p style=\"table-cell\">ba bốn năm</p>");
        double total = PROFILE.page().textWidth(true) - 0.05;
        assertEquals(total / 4, t.columnWidths().get(0), 0.05);
        assertEquals(3 * total / 4, t.columnWidths().get(1), 0.05);
    }

    @Test
    void linesBreakAtSingleSpacesOnlyNeverInsideABlankLeftToFillIn() {
        assertEquals(List.of("(Kèm", "theo", "số      /KH-UBND", "ngày       tháng       năm 2024)"),
                LineBalancer.breakable("(Kèm theo số      /KH-UBND ngày       tháng       năm 2024)"));
        assertEquals(List.of("Kế", "hoạch", "số 07/KH-STP", "ngày 15", "tháng 3", "năm 2025"),
                LineBalancer.breakable("Kế hoạch số 07/KH-STP ngày 15 tháng 3 năm 2025"));
        assertEquals(List.of("a"), LineBalancer.breakable("a"));
        assertEquals(List.of(""), LineBalancer.breakable(""));
    }

    @Test
    void aPortraitAppendixReferenceIsBalancedWithItsBlanksWhole() {
        // Too long for a portrait page: FOP would balance its two lines, Word fill the first and
        // leave a stub; explicit breaks make both show these lines, blanks kept to be filled in.
        String reference = "(Kèm theo Kế hoạch số      /KH-UBND ngày       tháng       năm 2024 "
                + "của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ)";
        String markup = "<document title=\"t\" subject=\"s\" author=\"a\" language=\"vi-VN\" date=\"2024-01-01\">"
                + "<section orientation=\"portrait\" restart-numbering=\"true\">"
                + "<p style=\"appendix-reference\" balanced=\"breaks\">" + reference + "</p></section></document>";
        LayoutDocument.Paragraph p = (LayoutDocument.Paragraph) READER.read(markup).sections().get(0).blocks().get(0);
        // The blanks and "năm 2024" cannot be broken: of the two lines left, the shorter longest line.
        assertEquals("(Kèm theo Kế hoạch số      /KH-UBND ngày       tháng       năm 2024\n"
                + "của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ)", p.text());
        LayoutProfile.ParagraphStyle st = PROFILE.style("appendix-reference");
        for (String line : p.text().split("\n")) {
            assertTrue(FONTS.width(line, st.size(), st.bold(), st.italic()) <= PROFILE.page().textWidth(false), line);
        }
    }

    @Test
    void aBalancedHeadingBreaksIntoEvenLinesInsideOneParagraph() {
        // "Cơ quan chủ trì" in a column too narrow for it: greedy wrapping leaves "trì" alone.
        LayoutProfile.ParagraphStyle h = PROFILE.style("table-header");
        double whole = FONTS.width("Cơ quan chủ trì", h.size(), true, false);
        double total = PROFILE.page().textWidth(true);
        double column = whole * 0.8 + 2 * inset();
        long other = Math.round((total - column) / column * 100);
        LayoutDocument.Table t = catalogue("<column weight=\"100\"/><column weight=\"" + other + "\"/>",
                "<p style=\"table-header\" balanced=\"breaks\">Cơ quan chủ trì</p>", "<p style=\"table-header\">x</p>");
        List<LayoutDocument.Block> blocks = t.rows().get(0).cells().get(0).blocks();
        assertEquals(1, blocks.size(), "one paragraph: no paragraph spacing between its lines");
        assertEquals("Cơ quan\nchủ trì", ((LayoutDocument.Paragraph) blocks.get(0)).text());
    }

    @Test
    void aHeadingIsBalancedInTheWidthItsColumnEndsWith() {
        // A heading that fits one line at its column's weight but not once the narrow column
        // beside it has taken the room "STT" needs: it must be balanced in the final width.
        LayoutProfile.ParagraphStyle h = PROFILE.style("table-header");
        double total = PROFILE.page().textWidth(true);
        double atWeight = total * 60 / 61 - 2 * inset();
        double stt = FONTS.width("STT", h.size(), true, false) + 2 * inset();
        double finalWidth = total - stt - 2 * inset();
        StringBuilder heading = new StringBuilder("Cơ quan");
        while (FONTS.width(heading + " phối hợp", h.size(), true, false) < finalWidth) {
            heading.append(" phối hợp");
        }
        while (FONTS.width(heading.toString(), h.size(), true, false) < (atWeight + finalWidth) / 2) {
            heading.append(" a");
        }
        double w = FONTS.width(heading.toString(), h.size(), true, false);
        assertTrue(w > finalWidth && w < atWeight, "the heading fits the weight's width only: " + w);
        LayoutDocument.Table t = catalogue("<column weight=\"1\"/><column weight=\"60\"/>",
                "<p style=\"table-number-header\">STT</p>",
                "<p style=\"table-header\" balanced=\"breaks\">" + heading + "</p>");
        String text = ((LayoutDocument.Paragraph) t.rows().get(0).cells().get(1).blocks().get(0)).text();
        List<String> lines = List.of(text.split("\n"));
        assertEquals(2, lines.size(), text);
        for (String line : lines) {
            assertTrue(FONTS.width(line, h.size(), true, false) <= t.columnWidths().get(1) - 2 * inset(), line);
        }
    }

    /**
     * The catalogue's measures keep text tools (pdftotext, screen readers reading the page) reading
     * it cell by cell: a full em between the texts of two columns, and more than one and a half
     * lines between the last line of a row and the first of the next.
     */
    @ParameterizedTest
    @ValueSource(strings = {"table-header", "table-number-header", "table-group", "table-cell", "table-number"})
    void catalogueCellsStandApartForTextTools(String style) {
        LayoutProfile.ParagraphStyle s = PROFILE.style(style);
        double padding = PROFILE.table("catalogue").cellPadding();
        assertTrue(2 * padding + LayoutDocument.Table.GRID_LINE >= s.size(), style + ": columns an em apart");
        double pitch = s.lineHeight() + s.spaceBefore() + s.spaceAfter() + LayoutDocument.Table.GRID_LINE;
        assertTrue(pitch > 1.5 * s.size() + 0.5, style + ": rows " + pitch + " pt apart, baseline to baseline");
    }
}
