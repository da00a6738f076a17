package vn.vanban.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
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
        assertTrue(fo.contains("text-indent=\"28.346pt\""), "1 cm first-line indent");
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
        assertTrue(count("border-after-width=\"0.5pt\" border-end-style=\"solid\"") >= 42, "cell edges");
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

    @Test
    void aWordJoinedByAHyphenOrASlashStaysOnOneLineButADashDoesNot() {
        LayoutDocument doc = new LayoutDocument(PdfFixtures.single("x").metadata(), List.of(
                new LayoutDocument.Section(false, false, List.of(
                        PdfFixtures.p("body", "- Trung tâm TT-VH-TT thị xã - Kế hoạch 26/KH-UBND")))));
        StringWriter w = new StringWriter();
        new FoWriter(profile).write(doc, w);
        String s = w.toString();
        String unbroken = "<fo:inline keep-together.within-line=\"always\">";
        assertTrue(s.contains(">- Trung tâm " + unbroken + "TT-VH-TT</fo:inline> thị xã - Kế hoạch "
                + unbroken + "26/KH-UBND</fo:inline>"), s);
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
