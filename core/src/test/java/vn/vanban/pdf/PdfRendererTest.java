package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the hand-built plan of {@link PdfFixtures} once and reads the PDF back with PDFBox, as an
 * independent reader would. Leaves {@code target/pdf-fixture.pdf} and {@code .fo} for a person (and
 * {@code shared/nd30/check}) to look at.
 */
class PdfRendererTest {

    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern TIMES = Pattern.compile("TimesNewRoman|Times|LiberationSerif|Tinos");

    static LayoutProfile profile;
    static PdfRenderer renderer;
    static LayoutDocument plan;
    static byte[] pdf;
    static PdfResult result;
    static List<PageText> pages;

    @BeforeAll
    static void render() throws Exception {
        profile = ProfileLoader.loadDefault();
        renderer = new PdfRenderer(profile, PdfOptions.defaults());
        plan = PdfFixtures.plan(profile, renderer.fonts());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = renderer.render(plan, out);
        pdf = out.toByteArray();
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("pdf-fixture.pdf"), pdf);
        StringWriter fo = new StringWriter();
        renderer.foWriter().write(plan, fo);
        Files.writeString(target.resolve("pdf-fixture.fo"), fo.toString());
        pages = PageText.read(pdf, profile.page().top());
    }

    static byte[] render(LayoutDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(doc, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a stream in memory does not fail", e);
        }
        return out.toByteArray();
    }

    @Test
    void rendersWithoutWarningsAndCountsPages() {
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertEquals(pages.size(), result.pageCount());
        assertTrue(result.pageCount() >= 6, "four pages of body and an appendix: " + result.pageCount());
    }

    @Test
    void pagesAreA4PortraitThenLandscapeForTheAppendix() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            boolean appendix = false;
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                PDRectangle box = d.getPage(i).getMediaBox();
                boolean landscape = box.getWidth() > box.getHeight();
                double w = Math.min(box.getWidth(), box.getHeight());
                double h = Math.max(box.getWidth(), box.getHeight());
                assertEquals(595.28, w, 1, "page " + (i + 1));
                assertEquals(841.89, h, 1, "page " + (i + 1));
                assertTrue(!appendix || landscape, "portrait after the appendix began, page " + (i + 1));
                appendix |= landscape;
            }
            assertFalse(d.getPage(0).getMediaBox().getWidth() > d.getPage(0).getMediaBox().getHeight());
            assertTrue(appendix, "the appendix is landscape");
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfATimesCompatibleSerif() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            TreeSet<String> names = new TreeSet<>();
            for (PDPage page : d.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    names.add(f.getName());
                    assertTrue(SUBSET_TAG.matcher(f.getName()).find(), "subset tag: " + f.getName());
                    assertTrue(TIMES.matcher(f.getName()).find(), "Times-compatible: " + f.getName());
                    assertTrue(f.isEmbedded(), "embedded: " + f.getName());
                    assertTrue(f instanceof PDType0Font, "Identity-H CID font: " + f.getName());
                    PDFontDescriptor fd = ((PDType0Font) f).getDescendantFont().getFontDescriptor();
                    assertNotNull(fd.getFontFile2(), "TrueType program embedded: " + f.getName());
                }
            }
            assertEquals(4, names.size(), "regular, bold, italic, bold italic: " + names);
        }
    }

    @Test
    void textHasEveryParagraphInOrderAndNoReplacementCharacters() {
        String text = fold(String.join(" ", pages.stream().map(p -> p.body).toList()));
        assertFalse(text.contains("#"), "a '#' means a glyph was missing");
        assertFalse(text.contains("\uFFFD"));
        int at = 0;
        for (String para : paragraphs(plan)) {
            String want = fold(para);
            int i = text.indexOf(want, at);
            assertTrue(i >= 0, "missing or out of order: «" + want + "» after position " + at
                    + " near «" + text.substring(at, Math.min(text.length(), at + 120)) + "»");
            at = i + want.length();
        }
    }

    @Test
    void pageNumbersAreCentredInTheTopMarginFromPageTwoAndRestartForTheAppendix() {
        LayoutProfile.Page pg = profile.page();
        List<String> numbers = new ArrayList<>();
        for (PageText p : pages) {
            numbers.add(p.header.toString().strip());
            if (!p.headerPositions.isEmpty()) {
                TextPosition first = p.headerPositions.get(0);
                TextPosition last = p.headerPositions.get(p.headerPositions.size() - 1);
                double centre = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
                double textCentre = pg.left() + (p.width - pg.left() - pg.right()) / 2;
                assertEquals(textCentre, centre, 14.17, "centred within 5 mm, page " + p.index);
                assertTrue(first.getYDirAdj() < pg.top(), "baseline inside the top margin, page " + p.index);
                assertEquals(profile.style(profile.pageNumber()).size(), first.getFontSizeInPt(), 0.01);
            }
        }
        int appendixFirst = firstLandscape();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int n = i < appendixFirst ? i + 1 : i - appendixFirst + 1;
            expected.add(n == 1 ? "" : Integer.toString(n));
        }
        assertEquals(expected, numbers);
    }

    @Test
    void allTextLiesInsideTheMargins() {
        LayoutProfile.Page pg = profile.page();
        for (PageText p : pages) {
            for (TextPosition t : p.bodyPositions) {
                if (t.getUnicode().isBlank()) {
                    continue;
                }
                String where = "page " + p.index + " '" + t.getUnicode() + "'";
                assertTrue(t.getXDirAdj() >= pg.left() - 1, where + " x=" + t.getXDirAdj());
                assertTrue(t.getXDirAdj() + t.getWidthDirAdj() <= p.width - pg.right() + 1, where);
                assertTrue(t.getYDirAdj() - t.getHeightDir() >= pg.top() - 1, where + " y=" + t.getYDirAdj());
                assertTrue(t.getYDirAdj() <= p.height - pg.bottom() + 1, where + " y=" + t.getYDirAdj());
            }
        }
    }

    @Test
    void bodyLinesFollowTheProfilesExactLinePitch() {
        LayoutProfile.ParagraphStyle body = profile.style("body");
        PageText p = pages.get(2);
        TreeSet<Double> baselines = new TreeSet<>();
        for (TextPosition t : p.bodyPositions) {
            if (Math.abs(t.getFontSizeInPt() - body.size()) < 0.01) {
                baselines.add(Math.round(t.getYDirAdj() * 100) / 100.0);
            }
        }
        Double prev = null;
        int exact = 0;
        for (double y : baselines) {
            if (prev != null) {
                double gap = y - prev;
                boolean lineStep = Math.abs(gap - body.lineHeight()) < 0.2;
                boolean paragraphStep = Math.abs(gap - body.lineHeight() - body.spaceBefore()) < 0.2;
                assertTrue(lineStep || paragraphStep, "baseline step " + gap + " at y=" + y);
                exact += lineStep ? 1 : 0;
            }
            prev = y;
        }
        assertTrue(exact > 20, "most steps are single lines: " + exact);
    }

    /**
     * A catalogue cell is set in the lines the layout chose, in a row kept whole (its lines joined
     * by line feeds) as in one that may break across pages (an inline per line), justified or not.
     */
    @Test
    void catalogueCellsAreSetInTheLinesTheLayoutChose() throws IOException {
        String text = "Đăng tải, công khai đầy đủ, kịp thời các thủ tục hành chính đã được công bố trên Cổng "
                + "thông tin điện tử của thị xã và tại Bộ phận Một cửa; niêm yết theo đúng quy định tại trụ sở "
                + "Ủy ban nhân dân các xã, phường, nơi tiếp nhận và trả kết quả giải quyết thủ tục hành chính";
        List<LayoutDocument.Row> rows = new ArrayList<>();
        for (boolean cantSplit : new boolean[] {true, false}) {
            for (String style : new String[] {"table-cell", "body"}) {
                rows.add(new LayoutDocument.Row(cantSplit, List.of(new LayoutDocument.Cell(1,
                        List.of(PdfFixtures.p(style, text))))));
            }
        }
        LayoutDocument doc = new LayoutDocument(plan.metadata(), List.of(new LayoutDocument.Section(true, false,
                List.of(new LayoutDocument.Table("catalogue", List.of(200.0), true, 0, rows)))));
        List<String> chosen = new ArrayList<>();
        for (LayoutDocument.Block b : new vn.vanban.layout.LineSetter(profile, renderer.fonts()).set(doc).sections()
                .get(0).blocks()) {
            for (LayoutDocument.Row r : ((LayoutDocument.Table) b).rows()) {
                LayoutDocument.Paragraph p = (LayoutDocument.Paragraph) r.cells().get(0).blocks().get(0);
                p.lines().lines().forEach(l -> chosen.add(p.text().substring(l.start(), l.end())));
            }
        }
        try (PDDocument d = Loader.loadPDF(render(doc))) {
            // Every line of the text, the page numbers left out.
            List<String> set = new PDFTextStripper().getText(d).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.matches("\\d+")).toList();
            assertTrue(chosen.size() >= 16, chosen.toString());
            assertEquals(chosen, set);
        }
    }

    @Test
    void renderingIsByteIdenticalAcrossRendersAndThreads() throws Exception {
        byte[] again = render(plan);
        if (!java.util.Arrays.equals(pdf, again)) {
            Files.write(Path.of("target", "pdf-fixture-again.pdf"), again);
        }
        assertArrayEquals(pdf, again, "second rendering differs (see target/pdf-fixture-again.pdf)");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> render(plan)));
            }
            for (Future<byte[]> f : futures) {
                assertArrayEquals(pdf, f.get(), "a concurrent rendering differs");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fonts parsed once give the very PDF FOP's own font loading gives, byte for byte. */
    @Test
    void preloadedFontsGiveTheSamePdfAsFopsOwnFontLoading() throws IOException {
        PdfRenderer fopLoads = new PdfRenderer(profile, PdfOptions.defaults(), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfResult r = fopLoads.render(plan, out);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertArrayEquals(out.toByteArray(), pdf);
    }

    /** The embedded subsets carry no TrueType hints: no hinting tables, no glyph instructions. */
    @Test
    void embeddedFontsCarryNoHints() throws IOException {
        int fonts = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDType0Font font = (PDType0Font) page.getResources().getFont(name);
                    SubsetAssertions.assertNoHints(fontProgram(font), font.getName());
                    fonts++;
                }
            }
        }
        assertTrue(fonts >= 4, "fonts looked at: " + fonts);
    }

    private static byte[] fontProgram(PDType0Font font) throws IOException {
        try (var in = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void headingsAreTaggedByTheirLevelForScreenReaders() throws IOException {
        List<String> headings = structureTypes().stream().filter(t -> t.matches("H[1-6]")).toList();
        assertTrue(headings.contains("H1"), headings.toString());
        assertTrue(headings.contains("H2"), headings.toString());
        assertEquals(List.of("H1", "H2"), headings.stream().distinct().sorted().toList(),
                "only section and clause headings, no other level");
    }

    /** The page numbers are drawn as artifacts: on the page, but not in the structure a screen reader reads. */
    @Test
    void pageNumbersAreArtifactsOutsideTheStructureTree() throws IOException {
        List<String> distinct = structureTypes().stream().distinct().toList();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(distinct.contains("P") && distinct.contains("Table"), distinct.toString());
            assertFalse(distinct.contains("Quote"), "FOP tags an fo:page-number as a Quote: " + distinct);
            int numbered = 0;
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                if (pages.get(i).header.toString().isBlank()) {
                    continue; // a section's first page shows no number
                }
                numbered++;
                String content;
                try (var in = d.getPage(i).getContents()) {
                    content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                assertTrue(content.contains("/Artifact"), "page " + (i + 1) + " draws its number as an artifact");
            }
            assertTrue(numbered >= 2, "numbered pages: " + numbered);
            assertEquals("2", pages.get(1).header.toString().strip(), "the number is still on the page");
        }
    }

    /**
     * Only a table with a grid (the catalogue) is tagged as a table; the header and the signature
     * row, which only place text side by side, are plain groups, their text in reading order.
     */
    @Test
    void onlyTablesWithAGridAreTaggedAsTables() throws IOException {
        long grids = plan.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof LayoutDocument.Table t && t.borders()).count();
        long layouts = plan.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof LayoutDocument.Table t && !t.borders()).count();
        assertTrue(grids >= 1 && layouts >= 2, grids + " grids, " + layouts + " layout tables");
        List<String> types = structureTypes();
        assertEquals(grids, types.stream().filter("Table"::equals).count(), "Table elements");
        assertTrue(types.contains("TH") && types.contains("TD"), "the catalogue keeps its header and data cells");
        assertTrue(types.stream().filter("Div"::equals).count() >= 4 * layouts,
                "a layout table, its body, rows and cells are groups: " + types.stream().distinct().toList());
    }

    /** The structure elements' types (P, H1, Table …) in the tree's order, depth first. */
    private static List<String> structureTypes() throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            collectTypes(d.getDocumentCatalog().getStructureTreeRoot().getKids(), out);
        }
        return out;
    }

    private static void collectTypes(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                out.add(e.getStructureType());
                collectTypes(e.getKids(), out);
            }
        }
    }

    @Test
    void bookmarksFollowTheHeadingsNestedByLevelAndLeadToTheirPages() throws IOException {
        List<String> expected = new ArrayList<>();
        for (LayoutDocument.Section s : plan.sections()) {
            for (LayoutDocument.Block b : s.blocks()) {
                if (b instanceof LayoutDocument.Paragraph p && profile.style(p.style()).outline() == 1) {
                    expected.add(p.text());
                } else if (b instanceof LayoutDocument.Paragraph p && profile.style(p.style()).outline() == 2) {
                    expected.add("  " + p.text());
                }
            }
        }
        assertTrue(expected.size() > 3 && expected.get(expected.size() - 1).equals("Phụ lục"),
                "the fixture has headings, its appendix last: " + expected);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var outline = d.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "bookmarks");
            List<String> titles = new ArrayList<>();
            int lastPage = -1;
            for (var top : outline.children()) {
                titles.add(top.getTitle());
                lastPage = leadsOnward(d, top, lastPage);
                for (var child : top.children()) {
                    titles.add("  " + child.getTitle());
                    lastPage = leadsOnward(d, child, lastPage);
                }
            }
            assertEquals(expected, titles);
        }
    }

    /** The bookmark's page, which holds its title and comes no earlier than the previous one's. */
    private static int leadsOnward(PDDocument d, org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem item,
                                   int previous) throws IOException {
        var page = item.findDestinationPage(d);
        assertNotNull(page, item.getTitle());
        int index = d.getPages().indexOf(page);
        assertTrue(index >= previous, item.getTitle() + " on page " + (index + 1) + " after page " + (previous + 1));
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(index + 1);
        text.setEndPage(index + 1);
        assertTrue(Normalizer.normalize(text.getText(d), Normalizer.Form.NFC).contains(item.getTitle()),
                item.getTitle() + " is on its page " + (index + 1));
        return index;
    }

    @Test
    void noColourProfileIsEmbeddedOutsidePdfA() throws IOException {
        // Black text and rules: DeviceRGB draws them the same without FOP's sRGB profile (~3 KB).
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                PDResources r = page.getResources();
                for (COSName name : r.getColorSpaceNames()) {
                    assertFalse(r.getColorSpace(name) instanceof org.apache.pdfbox.pdmodel.graphics.color.PDICCBased,
                            "ICC colour space " + name.getName());
                }
            }
            assertTrue(d.getDocumentCatalog().getOutputIntents().isEmpty());
        }
    }

    /**
     * Every trailer (FOP's, and the one PdfMending's update appends) has a digest for identifier,
     * not the clock (renderingIsByteIdenticalAcrossRendersAndThreads shows it does not move), and
     * the update keeps the file's permanent identifier, as the PDF reference asks.
     */
    @Test
    void fileIdentifierIsADigestNotTheClock() {
        String all = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = Pattern.compile("/ID \\[<([0-9A-F]{32,64})> <([0-9A-F]{32,64})>]").matcher(all);
        List<String[]> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(new String[] {m.group(1), m.group(2)});
        }
        assertEquals(2, ids.size(), "FOP's trailer and the update's");
        assertEquals(ids.get(0)[0], ids.get(0)[1]);
        assertEquals(ids.get(0)[0], ids.get(1)[0], "the permanent identifier");
    }

    @Test
    void aCharacterTheFontLacksIsReportedByCodePointAndPlace() throws IOException {
        PdfResult r = renderer.render(PdfFixtures.single("Hội nghị trực tuyến 中 với biểu tượng 😀 cuối"),
                new ByteArrayOutputStream());
        String all = r.warnings().stream().map(vn.vanban.common.Warning::message)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(all.contains("U+4E2D"), all);
        assertTrue(all.contains("U+1F600"), all);
        assertTrue(all.contains("Hội nghị trực tuyến"), "names the paragraph: " + all);
    }

    @Test
    void lineBreakCharactersAreNotMissingGlyphs() throws IOException {
        // FOP breaks the line at each of these (as a Word paste may hold them); it draws no glyph.
        PdfResult r = renderer.render(PdfFixtures.single("Dòng một\u2028dòng hai\u2029dòng ba\u0085dòng bốn\tcột"),
                new ByteArrayOutputStream());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aDocumentWithoutMetadataStillRendersWithAFixedDate() throws IOException {
        LayoutDocument bare = new LayoutDocument(null, List.of(
                new LayoutDocument.Section(false, false, List.of()),
                new LayoutDocument.Section(true, true, List.of(PdfFixtures.p("body", "Phụ lục")))));
        byte[] a = render(bare);
        assertArrayEquals(a, render(bare));
        try (PDDocument d = Loader.loadPDF(a)) {
            assertEquals(2, d.getNumberOfPages());
            assertEquals(0, d.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void metadataComesFromTheDocumentNotTheClock() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var info = d.getDocumentInformation();
            LayoutDocument.Metadata m = plan.metadata();
            assertEquals(m.title(), info.getTitle());
            assertEquals(m.subject(), info.getSubject());
            assertEquals(m.author(), info.getAuthor());
            assertEquals("vanban", info.getCreator());
            Calendar created = info.getCreationDate();
            assertEquals(ZonedDateTime.of(m.date().atStartOfDay(), ZoneOffset.UTC).toInstant(),
                    created.toInstant());
            assertEquals("vi-VN", d.getDocumentCatalog().getLanguage());
            assertTrue(d.getDocumentCatalog().getMarkInfo() != null && d.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged PDF");
            assertNotNull(d.getDocumentCatalog().getStructureTreeRoot());
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2024-02-05T00:00:00"), xmp);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static int firstLandscape() {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).width > pages.get(i).height) {
                return i;
            }
        }
        return pages.size();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** Every paragraph's text in document order, table cells row by row. */
    static List<String> paragraphs(LayoutDocument doc) {
        List<String> out = new ArrayList<>();
        for (LayoutDocument.Section s : doc.sections()) {
            collect(s.blocks(), out);
        }
        return out;
    }

    private static void collect(List<LayoutDocument.Block> blocks, List<String> out) {
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof LayoutDocument.Table t) {
                for (LayoutDocument.Row r : t.rows()) {
                    for (LayoutDocument.Cell c : r.cells()) {
                        collect(c.blocks(), out);
                    }
                }
            }
        }
    }

    /** One page's text, split into the top-margin band (the page number) and the rest. */
    static final class PageText {
        int index;
        float width;
        float height;
        final StringBuilder header = new StringBuilder();
        final List<TextPosition> headerPositions = new ArrayList<>();
        final List<TextPosition> bodyPositions = new ArrayList<>();
        String body = "";

        static List<PageText> read(byte[] pdf, double topMargin) throws IOException {
            List<PageText> out = new ArrayList<>();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (int i = 1; i <= d.getNumberOfPages(); i++) {
                    PageText p = new PageText();
                    p.index = i;
                    PDRectangle box = d.getPage(i - 1).getMediaBox();
                    p.width = box.getWidth();
                    p.height = box.getHeight();
                    StringBuilder body = new StringBuilder();
                    PDFTextStripper s = new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<TextPosition> positions) {
                            if (!positions.isEmpty() && positions.get(0).getYDirAdj() < topMargin) {
                                p.header.append(text);
                                p.headerPositions.addAll(positions);
                            } else {
                                body.append(text).append(' ');
                                p.bodyPositions.addAll(positions);
                            }
                        }
                    };
                    s.setStartPage(i);
                    s.setEndPage(i);
                    s.getText(d);
                    p.body = body.toString();
                    out.add(p);
                }
            }
            return out;
        }
    }
}
