package vn.vanban.docx;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutDocument.Block;
import vn.vanban.layout.LayoutDocument.Paragraph;
import vn.vanban.layout.LayoutDocument.Rule;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes the fixture plan once and reads it back with docx4j, an independent OOXML consumer, to
 * check what Word will see: page setup, headers, styles, tables, rules and text.
 */
class DocxWriterTest {

    private static LayoutProfile profile;
    private static DocxWriter writer;
    private static LayoutDocument plan;
    private static byte[] docx;
    private static WordprocessingMLPackage pkg;
    private static Map<String, Style> styles;

    @BeforeAll
    static void writeFixture() throws Exception {
        profile = ProfileLoader.loadDefault();
        writer = new DocxWriter(profile);
        plan = LayoutFixtures.plan(profile);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(plan, out);
        docx = out.toByteArray();
        // Kept for a person (and shared/nd30/check, LibreOffice) to look at.
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("docx-fixture.docx"), docx);
        pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        styles = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle().stream()
                .collect(Collectors.toMap(Style::getStyleId, Function.identity()));
    }

    // ---------------------------------------------------------------- sections

    @Test
    void sectionsAreA4WithTheProfileMarginsAndTheirOrientation() {
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();
        assertEquals(2, sections.size());
        LayoutProfile.Page page = profile.page();
        for (int i = 0; i < sections.size(); i++) {
            SectPr s = sections.get(i).getSectPr();
            boolean landscape = plan.sections().get(i).landscape();
            assertEquals(landscape ? 16838 : 11906, s.getPgSz().getW().intValue(), "width of section " + i);
            assertEquals(landscape ? 11906 : 16838, s.getPgSz().getH().intValue(), "height of section " + i);
            if (landscape) {
                assertEquals(STPageOrientation.LANDSCAPE, s.getPgSz().getOrient());
            } else {
                assertTrue(s.getPgSz().getOrient() == null || s.getPgSz().getOrient() == STPageOrientation.PORTRAIT);
            }
            SectPr.PgMar m = s.getPgMar();
            assertEquals(twips(page.top()), m.getTop().intValue());
            assertEquals(twips(page.bottom()), m.getBottom().intValue());
            assertEquals(twips(page.left()), m.getLeft().intValue());
            assertEquals(twips(page.right()), m.getRight().intValue());
            assertEquals(twips(page.header()), m.getHeader().intValue());
            assertEquals(0, m.getGutter().intValue());
        }
    }

    @Test
    void everySectionHidesTheNumberOnItsFirstPageAndShowsItCentredAfter() throws Exception {
        for (SectionWrapper s : pkg.getDocumentModel().getSections()) {
            assertNotNull(s.getSectPr().getTitlePg(), "titlePg");
            assertTrue(s.getSectPr().getTitlePg().isVal(), "titlePg");
            HeaderPart first = s.getHeaderFooterPolicy().getFirstHeader();
            HeaderPart other = s.getHeaderFooterPolicy().getDefaultHeader();
            assertNotNull(first, "first-page header");
            assertNotNull(other, "default header");
            assertFalse(hasPageField(first), "no PAGE field on a section's first page");
            assertTrue(hasPageField(other), "PAGE field in the default header");
            assertNull(s.getHeaderFooterPolicy().getDefaultFooter(), "no footer");
            P number = (P) other.getContent().get(0);
            assertEquals(StyleSheet.paragraphId(profile.pageNumber()), number.getPPr().getPStyle().getVal());
        }
        // One header part of each kind, shared by every section.
        List<SectionWrapper> all = pkg.getDocumentModel().getSections();
        assertTrue(all.get(0).getHeaderFooterPolicy().getDefaultHeader()
                == all.get(1).getHeaderFooterPolicy().getDefaultHeader());
        Style pageNumber = styles.get(StyleSheet.paragraphId(profile.pageNumber()));
        assertEquals("center", pageNumber.getPPr().getJc().getVal().value());
        assertEquals(26, pageNumber.getRPr().getSz().getVal().intValue());
        assertNull(pageNumber.getRPr().getB());
        assertNull(pageNumber.getRPr().getI());
    }

    @Test
    void theAppendixRestartsPageNumbersAtOne() {
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();
        assertNull(sections.get(0).getSectPr().getPgNumType());
        assertEquals(BigInteger.ONE, sections.get(1).getSectPr().getPgNumType().getStart());
    }

    @Test
    void aSectionEndingInATableIsClosedByASpacerParagraph() {
        List<Object> body = pkg.getMainDocumentPart().getContent();
        int tables = 0;
        for (int i = 0; i < body.size(); i++) {
            if (XmlUtils.unwrap(body.get(i)) instanceof Tbl) {
                tables++;
                assertTrue(i + 1 < body.size() && body.get(i + 1) instanceof P, "a paragraph after table " + tables);
            }
        }
        P first = (P) body.get(indexOfNthTable(body, 2) + 1);
        assertNotNull(first.getPPr().getSectPr(), "the closing table's spacer carries the first section");
    }

    // ---------------------------------------------------------------- styles

    @Test
    void wordsFourDefaultStylesExist() {
        assertDefault("Normal", "paragraph", "Normal");
        assertDefault("DefaultParagraphFont", "character", "Default Paragraph Font");
        assertDefault("TableNormal", "table", "Normal Table");
        assertDefault("NoList", "numbering", "No List");
    }

    private static void assertDefault(String id, String type, String name) {
        Style s = styles.get(id);
        assertNotNull(s, id);
        assertEquals(type, s.getType());
        assertEquals(name, s.getName().getVal());
        assertTrue(Boolean.TRUE.equals(s.isDefault()), id + " is the default " + type + " style");
    }

    @Test
    void documentDefaultsCarryTheFontTheBodySizeAndVietnamese() {
        DocDefaults d = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults();
        RPr r = d.getRPrDefault().getRPr();
        String font = profile.fontFamily();
        assertEquals(font, r.getRFonts().getAscii());
        assertEquals(font, r.getRFonts().getHAnsi());
        assertEquals(font, r.getRFonts().getCs());
        assertEquals(font, r.getRFonts().getEastAsia());
        assertEquals(halfPoints(profile.style("body").size()), r.getSz().getVal().intValue());
        assertEquals("vi-VN", r.getLang().getVal());
        assertEquals("auto", r.getColor().getVal());
    }

    @Test
    void everyProfileStyleIsANamedWordStyleWithItsMeasures() {
        profile.styles().forEach((name, s) -> {
            if (s.optional()) {
                // The fixture, a plan, uses none of a decision's or a letter's styles.
                assertNull(styles.get(StyleSheet.paragraphId(name)), "an unused optional style is not listed: " + name);
            } else {
                assertStyle(styles, name, s);
            }
        });
    }

    /**
     * A decision's or a letter's styles are listed in the files that use them, with their
     * measures; the other files' style part stays as it was, byte for byte.
     */
    @Test
    void anOptionalStyleIsListedOnlyWhereAParagraphHasIt() throws Exception {
        List<Block> blocks = new ArrayList<>();
        profile.styles().forEach((name, s) -> {
            if (s.optional()) {
                blocks.add(LayoutFixtures.p(name, "Kính gửi: Ủy ban nhân dân các xã, phường"));
            }
        });
        assertTrue(blocks.size() >= 5, "the profile marks a decision's and a letter's styles optional");
        LayoutDocument doc = new LayoutDocument(plan.metadata(), List.of(new LayoutDocument.Section(false, false, blocks)));
        byte[] used = writer.toBytes(doc);
        WordprocessingMLPackage withThem = WordprocessingMLPackage.load(new ByteArrayInputStream(used));
        Map<String, Style> listed = withThem.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()
                .stream().collect(java.util.stream.Collectors.toMap(Style::getStyleId, st -> st));
        profile.styles().forEach((name, s) -> assertStyle(listed, name, s));
        assertArrayEquals(DocxText.part(docx, "word/styles.xml"), DocxText.part(writer.toBytes(plan), "word/styles.xml"),
                "a plan's style part does not depend on the documents written before it");
    }

    private static void assertStyle(Map<String, Style> styles, String name, LayoutProfile.ParagraphStyle s) {
        Style w = styles.get(StyleSheet.paragraphId(name));
        assertNotNull(w, "Word style for " + name);
        assertEquals("paragraph", w.getType());
        assertEquals(s.wordName(), w.getName().getVal(), name);
        assertEquals("Normal", w.getBasedOn().getVal(), name);
        RPr r = w.getRPr();
        assertEquals(halfPoints(s.size()), r.getSz().getVal().intValue(), name + " size");
        assertEquals(s.bold(), r.getB() != null && r.getB().isVal(), name + " bold");
        assertEquals(s.italic(), r.getI() != null && r.getI().isVal(), name + " italic");
        assertNull(r.getCaps(), name + ": text arrives upper-cased; caps would hide the real text");
        PPr p = w.getPPr();
        assertEquals(DocxWriterTest.jc(s.align()), p.getJc().getVal().value(), name + " alignment");
        int firstLine = p.getInd().getHanging() != null ? -p.getInd().getHanging().intValue()
                : p.getInd().getFirstLine().intValue();
        assertEquals(twips(s.firstLine()), firstLine, name + " first line (negative: hanging)");
        assertEquals(twips(s.indentLeft()), p.getInd().getLeft().intValue(), name + " left indent");
        assertEquals(twips(s.spaceBefore()), p.getSpacing().getBefore().intValue(), name + " before");
        assertEquals(twips(s.spaceAfter()), p.getSpacing().getAfter().intValue(), name + " after");
        assertEquals(twips(s.lineHeight()), p.getSpacing().getLine().intValue(), name + " line");
        assertEquals(STLineSpacingRule.EXACT, p.getSpacing().getLineRule(), name + " exact line");
        assertEquals(s.keepWithNext(), p.getKeepNext() != null && p.getKeepNext().isVal(), name + " keepNext");
        assertEquals(s.keepTogether(), p.getKeepLines() != null && p.getKeepLines().isVal(), name + " keepLines");
    }

    @Test
    void paragraphsNameTheirStyleAndCarryOnlyWhatASpanAdds() {
        List<Block> expected = LayoutFixtures.paragraphsAndRules(plan);
        List<P> actual = contentParagraphs();
        assertEquals(expected.size(), actual.size(), "paragraphs and rules");
        for (int i = 0; i < expected.size(); i++) {
            P p = actual.get(i);
            if (expected.get(i) instanceof Paragraph para) {
                assertEquals(StyleSheet.paragraphId(para.style()), p.getPPr().getPStyle().getVal(), "paragraph " + i);
                assertNull(p.getPPr().getJc(), "alignment comes from the style");
                assertNull(p.getPPr().getSpacing(), "spacing comes from the style");
                assertNull(p.getPPr().getInd(), "indents come from the style");
                LayoutProfile.ParagraphStyle style = profile.style(para.style());
                List<R> runs = runs(p);
                List<LayoutDocument.Span> spans = para.spans().stream().filter(s -> !s.text().isEmpty()).toList();
                assertEquals(spans.size(), runs.size(), "one run per span in paragraph " + i);
                for (int k = 0; k < runs.size(); k++) {
                    RPr r = runs.get(k).getRPr();
                    boolean bold = spans.get(k).bold() && !style.bold();
                    boolean italic = spans.get(k).italic() && !style.italic();
                    assertEquals(bold, r != null && r.getB() != null, "bold of run " + k + " in paragraph " + i);
                    assertEquals(italic, r != null && r.getI() != null, "italic of run " + k + " in paragraph " + i);
                    if (r != null) {
                        assertNull(r.getSz(), "size comes from the style");
                        assertNull(r.getRFonts(), "font comes from the defaults");
                    }
                }
            } else {
                Rule rule = (Rule) expected.get(i);
                assertEquals(StyleSheet.ruleId(rule.kind()), p.getPPr().getPStyle().getVal(), "rule " + i);
            }
        }
    }

    // ---------------------------------------------------------------- tables and rules

    @Test
    void catalogueRowsRepeatTheHeaderAndNeverSplit() {
        Tbl catalogue = (Tbl) XmlUtils.unwrap(pkg.getMainDocumentPart().getContent()
                .get(indexOfNthTable(pkg.getMainDocumentPart().getContent(), 3)));
        List<Tr> rows = rows(catalogue);
        assertEquals(LayoutFixtures.CATALOGUE_ROWS + 2, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> flags = trFlags(rows.get(i));
            assertTrue(flags.contains("cantSplit"), "cantSplit on row " + i);
            assertEquals(i == 0, flags.contains("tblHeader"), "tblHeader on row " + i);
        }
        Tc group = cells(rows.get(1)).get(0);
        assertEquals(4, group.getTcPr().getGridSpan().getVal().intValue());
        int gridTotal = catalogue.getTblGrid().getGridCol().stream().mapToInt(c -> c.getW().intValue()).sum();
        assertEquals(gridTotal, group.getTcPr().getTcW().getW().intValue(), "a spanning cell is as wide as its columns");
        assertEquals(gridTotal, catalogue.getTblPr().getTblW().getW().intValue());
        assertEquals("fixed", catalogue.getTblPr().getTblLayout().getType().value());
        assertEquals(STBorder.SINGLE, catalogue.getTblPr().getTblBorders().getInsideH().getVal());
        assertEquals(4, catalogue.getTblPr().getTblBorders().getTop().getSz().intValue());
        assertEquals(twips(profile.table("catalogue").cellPadding()),
                catalogue.getTblPr().getTblCellMar().getLeft().getW().intValue());
    }

    @Test
    void layoutTablesHaveNoBordersAndTheTemplateColumns() {
        List<Object> body = pkg.getMainDocumentPart().getContent();
        Tbl header = (Tbl) XmlUtils.unwrap(body.get(indexOfNthTable(body, 1)));
        assertEquals(STBorder.NIL, header.getTblPr().getTblBorders().getTop().getVal());
        assertEquals(STBorder.NIL, header.getTblPr().getTblBorders().getInsideV().getVal());
        List<Integer> grid = header.getTblGrid().getGridCol().stream().map(c -> c.getW().intValue()).toList();
        int width = grid.get(0) + grid.get(1);
        assertEquals(Math.round(profile.page().textWidth(false) * 20), width, 1.0);
        assertEquals(3829.0 / (3829 + 5670), grid.get(0) / (double) width, 0.001);
        for (Tr row : rows(header)) {
            assertTrue(trFlags(row).isEmpty(), "a layout row may split and does not repeat");
        }
    }

    @Test
    void rulesAreBottomBordersAsLongAsTheRuleAndCentredInTheirContainer() {
        List<Block> expected = LayoutFixtures.paragraphsAndRules(plan);
        List<P> actual = contentParagraphs();
        List<Integer> containers = ruleContainers();
        int seen = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (!(expected.get(i) instanceof Rule rule)) {
                continue;
            }
            PPr p = actual.get(i).getPPr();
            CTBorder bottom = p.getPBdr().getBottom();
            assertEquals(STBorder.SINGLE, bottom.getVal());
            assertEquals(Math.round(rule.thickness() * 8), bottom.getSz().intValue());
            assertEquals("000000", bottom.getColor());
            assertEquals(BigInteger.ZERO, bottom.getSpace());
            int left = p.getInd().getLeft().intValue();
            int right = p.getInd().getRight().intValue();
            int container = containers.get(seen++);
            assertEquals(twips(rule.length()), container - left - right, 1, rule.kind() + " length");
            assertTrue(Math.abs(left - right) <= 1, rule.kind() + " centred");
            assertTrue(actual.get(i).getContent().isEmpty(), "a rule has no text");
        }
        assertEquals(4, seen);
    }

    /** agency and motto in header cells, summary in the portrait text, appendix in the landscape text. */
    private List<Integer> ruleContainers() {
        List<Object> body = pkg.getMainDocumentPart().getContent();
        Tbl header = (Tbl) XmlUtils.unwrap(body.get(indexOfNthTable(body, 1)));
        int padding = twips(profile.table("header").cellPadding());
        List<Tc> cells = cells(rows(header).get(0));
        int agency = cells.get(0).getTcPr().getTcW().getW().intValue() - 2 * padding;
        int motto = cells.get(1).getTcPr().getTcW().getW().intValue() - 2 * padding;
        LayoutProfile.Page page = profile.page();
        int portrait = twips(page.width()) - twips(page.left()) - twips(page.right());
        int landscape = twips(page.height()) - twips(page.left()) - twips(page.right());
        return List.of(agency, motto, portrait, landscape);
    }

    // ---------------------------------------------------------------- text

    @Test
    void theTextOfEveryParagraphComesInLayoutOrder() {
        List<String> expected = new ArrayList<>();
        for (Block b : LayoutFixtures.paragraphsAndRules(plan)) {
            if (b instanceof Paragraph p) {
                expected.add(p.text());
            }
        }
        assertEquals(expected, DocxText.nonEmptyParagraphs(docx));
        assertTrue(DocxText.paragraphs(docx).contains(LayoutFixtures.AGENCY), "'\\n' is a line break");
        assertTrue(expected.stream().anyMatch(t -> t.contains("\t")), "the fixture has a tab");
    }

    @Test
    void breaksAndTabsAreWordElementsNotCharacters() {
        String xml = new String(DocxText.part(docx, "word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<w:t xml:space=\"preserve\">ỦY BAN NHÂN DÂN</w:t><w:br/>"
                + "<w:t xml:space=\"preserve\">THỊ XÃ ĐỨC PHỔ</w:t>"));
        assertTrue(xml.contains("Thời gian thực hiện:</w:t><w:tab/>"));
        assertTrue(xml.contains("&amp; các chỉ tiêu &lt;bắt buộc&gt; của tỉnh \"năm 2024\"."));
        assertFalse(xml.contains("w:caps"));
        assertFalse(xml.contains("w:rsid"));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedAndTheRestKept() {
        String dirty = "A\u0000B\u0008C\u000BD\uFFFEE\uD800F\uD83D\uDE00G\r\nH";
        LayoutDocument doc = new LayoutDocument(plan.metadata(), List.of(new LayoutDocument.Section(false, false,
                List.of(LayoutFixtures.p("body", dirty)))));
        byte[] bytes = writer.toBytes(doc);
        assertEquals(List.of("ABCDEF\uD83D\uDE00G\nH"), DocxText.nonEmptyParagraphs(bytes));
    }

    // ---------------------------------------------------------------- package

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        writer.write(plan, again);
        assertArrayEquals(docx, again.toByteArray());
        assertArrayEquals(docx, new DocxWriter(ProfileLoader.loadDefault()).toBytes(LayoutFixtures.plan(profile)),
                "a second writer from a second profile load");
    }

    @Test
    void eightThreadsWriteTheSameBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> writer.toBytes(plan)));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(docx, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void entriesComeInAFixedOrderStampedWithTheDocumentDate() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), "no extended timestamp: the DOS time says it all");
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                "word/fontTable.xml", "word/header1.xml", "word/header2.xml"), names);
    }

    @Test
    void corePropertiesComeFromTheMetadata() {
        var core = pkg.getDocPropsCorePart().getJaxbElement();
        LayoutDocument.Metadata m = plan.metadata();
        assertEquals(List.of(m.title()), core.getTitle().getValue().getContent());
        assertEquals(List.of(m.subject()), core.getSubject().getContent());
        assertEquals(List.of(m.author()), core.getCreator().getContent());
        assertEquals(List.of("vi-VN"), core.getLanguage().getContent());
        assertEquals(List.of("2024-01-01T00:00:00Z"), core.getCreated().getContent());
        assertEquals(List.of("2024-01-01T00:00:00Z"), core.getModified().getContent());
    }

    @Test
    void settingsUseWord2013LayoutAndVietnamese() {
        String xml = new String(DocxText.part(docx, "word/settings.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("w:name=\"compatibilityMode\""));
        assertTrue(xml.contains("w:val=\"15\""));
        assertTrue(xml.contains("<w:themeFontLang w:val=\"vi-VN\"/>"));
        assertTrue(xml.contains("<w:defaultTabStop w:val=\"567\"/>"));
        assertTrue(xml.contains("<w:doNotExpandShiftReturn/>"), "lines ended by a break are not justified");
        assertFalse(xml.contains("rsid"));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void aStyleTheProfileLacksIsRejectedByName() {
        LayoutDocument doc = new LayoutDocument(plan.metadata(), List.of(new LayoutDocument.Section(false, false,
                List.of(LayoutFixtures.p("no-such-style", "x")))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.toBytes(doc));
        assertTrue(e.getMessage().contains("'no-such-style'"), e.getMessage());
    }

    @Test
    void aRowThatDoesNotFillItsColumnsIsRejected() {
        LayoutDocument.Table t = new LayoutDocument.Table("catalogue", List.of(100.0, 100.0), true, 0,
                List.of(new LayoutDocument.Row(false, List.of(new LayoutDocument.Cell(1, List.of())))));
        LayoutDocument doc = new LayoutDocument(plan.metadata(), List.of(new LayoutDocument.Section(false, false,
                List.of(t))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.toBytes(doc));
        assertTrue(e.getMessage().contains("row 1 of the 'catalogue' table"), e.getMessage());
    }

    @Test
    void anEmptyCellStillHoldsAParagraph() {
        LayoutDocument.Table t = new LayoutDocument.Table("catalogue", List.of(100.0), true, 0,
                List.of(new LayoutDocument.Row(false, List.of(new LayoutDocument.Cell(1, List.of())))));
        byte[] bytes = writer.toBytes(new LayoutDocument(plan.metadata(),
                List.of(new LayoutDocument.Section(false, false, List.of(t)))));
        String xml = new String(DocxText.part(bytes, "word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("</w:tcPr><w:p/></w:tc>"), xml);
    }

    @Test
    void aContinuedSectionShowsTheNumberOnItsFirstPageAndRunsItOn() {
        LayoutDocument doc = new LayoutDocument(plan.metadata(), List.of(
                new LayoutDocument.Section(true, true, List.of(LayoutFixtures.p("body", "a"))),
                new LayoutDocument.Section(true, false, true, List.of(LayoutFixtures.p("body", "b")))));
        String xml = new String(DocxText.part(writer.toBytes(doc), "word/document.xml"),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> sections = java.util.regex.Pattern.compile("<w:sectPr>.*?</w:sectPr>").matcher(xml)
                .results().map(java.util.regex.MatchResult::group).toList();
        assertEquals(2, sections.size(), xml);
        assertTrue(sections.get(0).contains("<w:titlePg/>") && sections.get(0).contains("w:start=\"1\""));
        assertFalse(sections.get(1).contains("<w:titlePg/>"), "the continued section's first page is numbered");
        assertFalse(sections.get(1).contains("w:pgNumType"), "and its numbers run on");
        assertTrue(sections.get(1).contains("w:orient=\"landscape\""));
    }

    @Test
    void aDocumentWithoutADateIsStampedWithAFixedTimeNotTheClock() throws IOException {
        LayoutDocument undated = new LayoutDocument(
                new LayoutDocument.Metadata("t", null, null, "vi-VN", null), plan.sections());
        byte[] bytes = writer.toBytes(undated);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        String core = new String(DocxText.part(bytes, "docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(core.contains("dcterms:created"), "no invented creation date");
        assertFalse(core.contains("dc:creator"), "no empty author");
        assertArrayEquals(bytes, writer.toBytes(undated));
    }

    @Test
    void aDocumentWithoutSectionsIsRejected() {
        LayoutDocument empty = new LayoutDocument(plan.metadata(), List.of());
        assertThrows(IllegalArgumentException.class, () -> writer.toBytes(empty));
    }

    @Test
    void profileStylesThatWouldShareAWordStyleAreRejected() {
        LayoutProfile.ParagraphStyle body = profile.style("body");
        Map<String, LayoutProfile.ParagraphStyle> clash = new java.util.HashMap<>(profile.styles());
        // "section-heading" and "section heading" both become the styleId VbSectionHeading.
        clash.put("section heading", new LayoutProfile.ParagraphStyle(body.size(), body.bold(), body.italic(),
                body.align(), body.firstLine(), body.indentLeft(), body.spaceBefore(), body.spaceAfter(),
                body.lineHeight(), body.keepWithNext(), body.keepTogether(), "Another Heading", 0));
        LayoutProfile bad = new LayoutProfile(profile.page(), profile.fontFamily(), profile.pageNumber(),
                clash, profile.rules(), profile.tables());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DocxWriter(bad));
        assertTrue(e.getMessage().contains("VbSectionHeading"), e.getMessage());
    }

    // ---------------------------------------------------------------- helpers

    /** Paragraphs of the body in order, table cells included, without the spacers the writer adds. */
    private static List<P> contentParagraphs() {
        List<P> out = new ArrayList<>();
        collect(pkg.getMainDocumentPart().getContent(), out);
        out.removeIf(p -> p.getPPr() != null && p.getPPr().getPStyle() == null && p.getContent().isEmpty());
        return out;
    }

    private static void collect(List<Object> content, List<P> out) {
        for (Object o : content) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof P p) {
                out.add(p);
            } else if (u instanceof ContentAccessor c) {
                collect(c.getContent(), out);
            }
        }
    }

    private static List<R> runs(P p) {
        List<R> out = new ArrayList<>();
        for (Object o : p.getContent()) {
            if (XmlUtils.unwrap(o) instanceof R r) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Tr> rows(Tbl t) {
        return t.getContent().stream().map(XmlUtils::unwrap).filter(Tr.class::isInstance).map(Tr.class::cast).toList();
    }

    private static List<Tc> cells(Tr r) {
        return r.getContent().stream().map(XmlUtils::unwrap).filter(Tc.class::isInstance).map(Tc.class::cast).toList();
    }

    private static List<String> trFlags(Tr row) {
        if (row.getTrPr() == null) {
            return List.of();
        }
        return row.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
                .map(e -> ((JAXBElement<?>) e).getName().getLocalPart()).toList();
    }

    private static int indexOfNthTable(List<Object> body, int n) {
        int seen = 0;
        for (int i = 0; i < body.size(); i++) {
            if (XmlUtils.unwrap(body.get(i)) instanceof Tbl && ++seen == n) {
                return i;
            }
        }
        throw new AssertionError("no table " + n + " in " + Arrays.toString(body.toArray()));
    }

    private static boolean hasPageField(HeaderPart h) throws Exception {
        return XmlUtils.marshaltoString(h.getJaxbElement(), true, false).matches("(?s).*instrText[^>]*> PAGE <.*");
    }

    private static int twips(double pt) {
        return (int) Math.round(pt * 20);
    }

    private static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    private static String jc(LayoutProfile.Align a) {
        return switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }
}
