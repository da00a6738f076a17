package vn.vanban.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.LineSetter;
import vn.vanban.layout.ProfileLoader;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XSL-FO text: attributes from the profile, locale-proof numbers, the page-number scheme. */
class FoWriterTest {

    static LayoutProfile profile;
    static String fo;

    @BeforeAll
    static void write() {
        profile = ProfileLoader.loadDefault();
        StringWriter w = new StringWriter();
        new FoWriter(profile).write(PdfFixtures.plan(profile, FontSet.liberationSerif()), w);
        fo = w.toString();
    }

    @Test
    void lengthsNeverTakeTheDefaultLocalesDecimalComma() {
        // Surefire runs under a Turkish locale, whose decimal separator is a comma.
        Matcher m = Pattern.compile("=\"(-?[0-9.,]+)pt\"").matcher(fo);
        int n = 0;
        while (m.find()) {
            assertFalse(m.group(1).contains(","), m.group());
            n++;
        }
        assertTrue(n > 100, "lengths found: " + n);
        assertTrue(fo.contains("font-size=\"14pt\""));
        assertTrue(fo.contains("text-indent=\"28.35pt\""), "1 cm first-line indent, in whole twips as Word keeps it");
    }

    @Test
    void bodyParagraphsCarryEveryAttributeOfTheirStyle() {
        LayoutProfile.ParagraphStyle body = profile.style("body");
        String block = firstBlockContaining("Đoạn 1:");
        assertTrue(block.contains("text-align=\"justify\""), block);
        assertTrue(block.contains("line-height=\"" + FoWriter.pt(body.lineHeight()) + "\""), block);
        assertTrue(block.contains("space-before=\"" + FoWriter.pt(body.spaceBefore()) + "\""), block);
        assertTrue(block.contains("space-before.conditionality=\"discard\""), block);
        assertTrue(block.contains("white-space-collapse=\"false\""), "blank runs keep their width: " + block);
        String heading = firstBlockContaining("I. MỤC ĐÍCH");
        assertTrue(heading.contains("keep-with-next.within-page=\"always\""), heading);
        assertTrue(heading.contains("font-weight=\"bold\""), heading);
        assertTrue(heading.contains("role=\"H1\""), heading);
        String id = heading.replaceAll("(?s).*\\bid=\"([^\"]+)\".*", "$1");
        assertTrue(fo.contains("<fo:bookmark internal-destination=\"" + id + "\"><fo:bookmark-title>I. MỤC ĐÍCH"),
                "a bookmark leads to " + id);
        assertTrue(fo.indexOf("<fo:bookmark-tree>") < fo.indexOf("<fo:page-sequence "), "the tree comes before the pages");
    }

    @Test
    void pageNumberOnlyOnRestPagesAndTheAppendixRestarts() {
        assertEquals(2, count("page-position=\"first\""), "one first-page master per orientation");
        assertEquals(2, count("<fo:static-content flow-name=\"page-number-region\""), "one per section");
        assertEquals(2, count("region-name=\"page-number-region\""), "only the rest-page masters have it");
        assertEquals(1, count("initial-page-number=\"1\""), "only the appendix restarts");
        assertEquals(2, count("force-page-count=\"no-force\""), "no blank page before the appendix");
        assertTrue(fo.contains("xml:lang=\"vi-VN\""));
    }

    @Test
    void catalogueRepeatsItsHeaderAndKeepsRowsWhole() {
        assertEquals(1, count("<fo:table-header"));
        assertTrue(fo.contains("number-columns-spanned=\"5\""));
        assertTrue(count("keep-together.within-page=\"always\"") >= 42, "40 rows, the header and the group row");
        // The grid: the table draws its top and left edges, every cell its bottom and right ones.
        assertTrue(fo.contains("border-before-width=\"0.5pt\" border-start-style=\"solid\""), "table edges");
        // A row broken across pages is closed at the foot of the page.
        assertTrue(count("border-after-width=\"0.5pt\" border-after-width.conditionality=\"retain\" "
                + "border-end-style=\"solid\"") >= 42, "cell edges");
        assertTrue(fo.contains("leader-pattern=\"rule\""));
        assertTrue(fo.contains("table-layout=\"fixed\""));
    }

    @Test
    void aGroupRowKeepsWithTheRowAfterIt() {
        int span = fo.indexOf("number-columns-spanned=\"5\"");
        int row = fo.lastIndexOf("<fo:table-row", span);
        String group = fo.substring(row, fo.indexOf('>', row));
        assertTrue(group.contains("keep-with-next.within-page=\"always\""), group);
        int next = fo.indexOf("<fo:table-row", span);
        String item = fo.substring(next, fo.indexOf('>', next));
        assertFalse(item.contains("keep-with-next"), item);
    }

    /** The FO of one paragraph in {@code style}, its lines chosen by the layout as a renderer does. */
    private static String withLines(String style, String text) {
        LayoutDocument doc = new LayoutDocument(PdfFixtures.single("x").metadata(), List.of(
                new LayoutDocument.Section(false, false, List.of(PdfFixtures.p(style, text)))));
        StringWriter w = new StringWriter();
        new FoWriter(profile).write(new LineSetter(profile, FontSet.liberationSerif()).set(doc), w);
        String s = w.toString();
        int flow = s.indexOf("<fo:flow");
        return s.substring(s.indexOf("<fo:block", flow), s.indexOf("</fo:flow>"));
    }

    /** The texts of the lines of a paragraph's FO: its unbreakable wrappers. */
    private static List<String> lines(String block) {
        return Pattern.compile("<fo:wrapper keep-together.within-line=\"always\" word-spacing=\"[^\"]+\">(.*?)</fo:wrapper>")
                .matcher(block).results().map(r -> r.group(1).replaceAll("<[^>]+>", "")).toList();
    }

    @Test
    void aParagraphIsSetInTheLinesTheLayoutChoseAndFopCanBreakNowhereElse() {
        String text = "- Trung tâm TT-VH-TT thị xã chủ trì, phối hợp với các cơ quan, đơn vị thực hiện Kế hoạch "
                + "số 26/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân thị xã về tuyên truyền cải cách hành chính "
                + "năm 2024 trên địa bàn thị xã Đức Phổ; báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2024.";
        String block = withLines("body", text);
        List<String> lines = lines(block);
        assertTrue(lines.size() >= 3, block);
        // Every word in its line, the lines joined by one space each: the words are all there, in order.
        assertEquals(text, String.join(" ", lines));
        // The spaces between lines are the only text outside the lines, and wider than any line.
        double page = profile.page().width() + profile.page().height();
        assertTrue(block.startsWith("<fo:block ") && block.contains(" word-spacing=\"" + FoWriter.pt(page) + "\""), block);
        assertEquals(" ".repeat(lines.size() - 1), block.replaceAll("<fo:wrapper.*?</fo:wrapper>", "").replaceAll("<[^>]+>", ""));
    }

    /** The FO of a one-cell catalogue row holding {@code text}, its lines chosen by the layout. */
    private static String inRow(boolean cantSplit, String text) {
        LayoutDocument.Table table = new LayoutDocument.Table("catalogue", List.of(200.0), true, 0, List.of(
                new LayoutDocument.Row(cantSplit, List.of(new LayoutDocument.Cell(1, List.of(PdfFixtures.p("table-cell", text)))))));
        LayoutDocument doc = new LayoutDocument(PdfFixtures.single("x").metadata(), List.of(
                new LayoutDocument.Section(true, false, List.of(table))));
        StringWriter w = new StringWriter();
        new FoWriter(profile).write(new LineSetter(profile, FontSet.liberationSerif()).set(doc), w);
        String s = w.toString();
        int cell = s.indexOf("<fo:table-cell");
        return s.substring(s.indexOf("<fo:block", cell), s.indexOf("</fo:table-cell>", cell));
    }

    private static final String CELL = "Đăng tải, công khai đầy đủ, kịp thời các thủ tục hành chính đã được công bố "
            + "trên Cổng thông tin điện tử của thị xã và tại Bộ phận Một cửa";

    /**
     * A cell no page break may cut (its row is kept whole) and not justified: its lines joined by
     * line feeds, the only places FOP may break, with no inline (and no tag) per line.
     */
    @Test
    void aCellOfARowKeptWholeIsItsLinesJoinedByLineFeeds() {
        String block = inRow(true, CELL);
        assertTrue(block.startsWith("<fo:block ") && block.contains(" wrap-option=\"no-wrap\""), block);
        assertFalse(block.contains("<fo:wrapper") || block.contains("<fo:inline"), block);
        assertFalse(block.contains("word-spacing"), block);
        String text = block.replaceAll("<[^>]+>", "");
        List<String> lines = List.of(text.split("\n"));
        assertTrue(lines.size() >= 3, block);
        assertEquals(CELL, String.join(" ", lines), "every word, in its line");
        assertEquals(lines, lines(inRow(false, CELL)), "the lines of the same cell in a row that may break");
    }

    /** A row that may break across pages keeps an inline per line, for widow and orphan control. */
    @Test
    void aCellOfARowThatMayBreakKeepsItsLinesAsInlines() {
        String block = inRow(false, CELL);
        assertFalse(block.contains("wrap-option"), block);
        assertTrue(lines(block).size() >= 3, block);
    }

    @Test
    void aLineOfAJustifiedParagraphEndedByALineFeedKeepsItsSpacesAtTheirWidth() {
        String block = withLines("body", "Dòng thứ nhất\nDòng thứ hai");
        // Word does not justify a line ended by a line break: its spaces keep their width and an
        // empty leader takes up the rest of the line.
        assertTrue(block.contains("word-spacing=\"0pt\">Dòng thứ nhất</fo:wrapper><fo:leader leader-pattern=\"space\" "
                + "leader-length.minimum=\"0pt\" leader-length.optimum=\"0pt\" leader-length.maximum=\"100%\"/>"), block);
        assertTrue(block.contains("word-spacing=\"normal\">Dòng thứ hai</fo:wrapper>"), block);
    }

    @Test
    void aTabReachesTheNextTabStopAsInWord() {
        String block = withLines("recipient", "a\tb");
        LayoutProfile.ParagraphStyle st = profile.style("recipient");
        // The line starts at the hanging indent's first line (0); "a" ends short of the first stop.
        double a = FontSet.liberationSerif().width("a", st.size(), st.bold(), st.italic());
        double tab = Math.round(profile.tabStop() * 20) / 20.0;
        Matcher m = Pattern.compile("leader-length=\"([0-9.]+)pt\"").matcher(block);
        assertTrue(m.find(), block);
        assertEquals(tab - a, Double.parseDouble(m.group(1)), 0.02, block);
    }

    @Test
    void aTabBecomesASpaceLeaderAndALineFeedStaysALineFeed() {
        LayoutDocument doc = new LayoutDocument(PdfFixtures.single("x").metadata(), List.of(
                new LayoutDocument.Section(false, false, List.of(PdfFixtures.p("body", "a\tb\nc")))));
        StringWriter w = new StringWriter();
        new FoWriter(profile).write(doc, w);
        String s = w.toString();
        assertTrue(s.contains("a<fo:leader leader-pattern=\"space\" leader-length=\"36pt\"/>b\nc"), s);
        assertTrue(s.contains("linefeed-treatment=\"preserve\""), s);
    }

    @Test
    void aContinuedSectionNumbersItsFirstPage() {
        LayoutDocument doc = new LayoutDocument(PdfFixtures.single("x").metadata(), List.of(
                new LayoutDocument.Section(true, true, List.of(PdfFixtures.p("body", "a"))),
                new LayoutDocument.Section(true, false, true, List.of(PdfFixtures.p("body", "b")))));
        StringWriter w = new StringWriter();
        new FoWriter(profile).write(doc, w);
        Matcher m = Pattern.compile("<fo:page-sequence [^>]*master-reference=\"([^\"]+)\"").matcher(w.toString());
        List<String> masters = m.results().map(r -> r.group(1)).toList();
        // pages-*: the first page without a number, then numbered pages; rest-*: numbered throughout.
        assertEquals(List.of("pages-landscape", "rest-landscape"), masters);
    }

    private static int count(String needle) {
        return vn.vanban.testing.Strings.count(fo, needle);
    }

    private static String firstBlockContaining(String text) {
        // In the flow: a heading's text comes first in the bookmark tree.
        int i = fo.indexOf(text, fo.indexOf("<fo:flow"));
        int start = fo.lastIndexOf("<fo:block", i);
        return fo.substring(start, i);
    }
}
