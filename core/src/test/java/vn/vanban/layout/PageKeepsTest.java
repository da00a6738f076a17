package vn.vanban.layout;

import org.junit.jupiter.api.Test;
import vn.vanban.common.VanbanException;
import vn.vanban.fonts.FontSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which rows stay whole and which paragraphs stay with the signature, from the lines' heights. */
class PageKeepsTest {

    private static final LayoutProfile PROFILE = ProfileLoader.loadDefault();
    private static final MarkupReader READER = new MarkupReader(PROFILE, FontSet.liberationSerif());
    private static final String DOCUMENT = "<document title=\"t\" subject=\"s\" author=\"a\" language=\"vi-VN\" date=\"2024-01-01\">";

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append("kiểm soát thủ tục hành chính");
        }
        return sb.toString();
    }

    private static LayoutDocument.Table catalogue(String... cells) {
        StringBuilder rows = new StringBuilder("<row><cell><p style=\"table-header\">Nội dung</p></cell></row>");
        for (String c : cells) {
            rows.append("<row cant-split=\"true\"><cell><p style=\"table-cell\">").append(c).append("</p></cell></row>");
        }
        String markup = DOCUMENT + "<section orientation=\"landscape\" restart-numbering=\"false\">"
                + "<table layout=\"catalogue\" header-rows=\"1\"><columns><column weight=\"1\"/></columns>" + rows
                + "</table></section></document>";
        return (LayoutDocument.Table) READER.read(markup).sections().get(0).blocks().get(0);
    }

    /** A catalogue of a group row (when {@code group}, else an ordinary one) and one row of {@code cell}. */
    private static LayoutDocument.Table catalogue(boolean group, String cell) {
        String first = group ? "<p style=\"table-group\">Nhóm nhiệm vụ</p>" : "<p style=\"table-cell\">Một</p>";
        String markup = DOCUMENT + "<section orientation=\"landscape\" restart-numbering=\"false\">"
                + "<table layout=\"catalogue\" header-rows=\"1\"><columns><column weight=\"1\"/></columns>"
                + "<row><cell><p style=\"table-header\">Nội dung</p></cell></row>"
                + "<row cant-split=\"true\"><cell>" + first + "</cell></row>"
                + "<row cant-split=\"true\"><cell><p style=\"table-cell\">" + cell + "</p></cell></row>"
                + "</table></section></document>";
        return (LayoutDocument.Table) READER.read(markup).sections().get(0).blocks().get(0);
    }

    @Test
    void aRowThatFitsOnAPageStaysWholeAndATallerOneMayBreak() {
        // One column across a landscape page: about 25 words a line, 15 pt a line.
        LayoutDocument.Table t = catalogue(words(40), words(1000));
        assertTrue(t.rows().get(1).cantSplit(), "a few lines: kept whole, as the template asks");
        assertFalse(t.rows().get(2).cantSplit(), "taller than a page: it must break, or it runs past the foot");
        PageKeeps keeps = new PageKeeps(PROFILE);
        assertTrue(keeps.height(t.rows().get(2), true) > keeps.pageHeight(true));
        assertTrue(keeps.height(t.rows().get(1), true) < keeps.pageHeight(true) / 2);
    }

    /**
     * A group row is kept with the row under it; a row that fits a page alone but not under its
     * group row must break, or FOP runs the pair past the foot of the page (found by
     * GeneratedPlanProperties, seed 712150293602021485: "exceed its viewport by 15100 millipoints").
     */
    @Test
    void aRowThatFitsAloneButNotUnderItsGroupRowMayBreak() {
        PageKeeps keeps = new PageKeeps(PROFILE);
        LayoutDocument.Table t = null;
        double room = 0;
        for (int n = 100; n < 2000; n += 5) {
            t = catalogue(true, words(n));
            room = keeps.pageHeight(true) - LayoutDocument.Table.GRID_LINE - keeps.height(t.rows().get(0), true);
            double group = keeps.height(t.rows().get(1), true);
            double item = keeps.height(t.rows().get(2), true);
            if (item <= room && item + group > room) {
                break;
            }
        }
        assertTrue(PROFILE.keptWithNext(t.rows().get(1)), "the group row stays with the next");
        assertTrue(keeps.height(t.rows().get(2), true) <= room, "the row alone fits under the header");
        assertFalse(t.rows().get(2).cantSplit(), "under its group row it does not: it may break");
        assertTrue(catalogue(false, words(40)).rows().get(2).cantSplit(), "a short row under a group row stays whole");
    }

    @Test
    void theSignatureKeepsTheLastTwoLinesOfTheTextBeforeIt() {
        String markup = DOCUMENT + "<section orientation=\"portrait\" restart-numbering=\"false\">"
                + "<p style=\"body\">" + words(30) + "</p>"
                + "<p style=\"body\">" + words(8) + "</p>"
                + "<p style=\"closing\">Yêu cầu các cơ quan nghiêm túc thực hiện./.</p>"
                + "<table layout=\"closing\" keep-lines-before=\"2\"><row cant-split=\"true\"><cell><p style=\"recipient\">- A;</p>"
                + "</cell><cell><p style=\"signature-name\">B</p></cell></row></table></section></document>";
        List<LayoutDocument.Block> blocks = READER.read(markup).sections().get(0).blocks();
        LayoutDocument.Paragraph closing = (LayoutDocument.Paragraph) blocks.get(2);
        LayoutDocument.Paragraph before = (LayoutDocument.Paragraph) blocks.get(1);
        LayoutDocument.Paragraph first = (LayoutDocument.Paragraph) blocks.get(0);
        assertEquals(1, closing.lines().count());
        assertTrue(before.lines().count() >= 2);
        // The closing's one line is not enough: the paragraph before it goes along too (widow
        // control then brings its last two lines at least); the first stays free to break.
        assertTrue(closing.keepWithNext());
        assertTrue(before.keepWithNext());
        assertFalse(first.keepWithNext());
    }

    @Test
    void aWrongCountOfLinesIsNamedForTheUser() {
        String markup = DOCUMENT + "<section orientation=\"portrait\" restart-numbering=\"false\">"
                + "<table layout=\"closing\" keep-lines-before=\"two\"><row><cell/><cell/></row></table></section></document>";
        VanbanException e = assertThrows(VanbanException.class, () -> READER.read(markup));
        assertTrue(e.getMessage().contains("<table> has keep-lines-before=\"two\"; expected a whole number, at least 0"),
                e.getMessage());
    }
}
