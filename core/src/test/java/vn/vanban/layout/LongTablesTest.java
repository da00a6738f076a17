package vn.vanban.layout;

import org.junit.jupiter.api.Test;
import vn.vanban.layout.LayoutDocument.Block;
import vn.vanban.layout.LayoutDocument.Cell;
import vn.vanban.layout.LayoutDocument.Paragraph;
import vn.vanban.layout.LayoutDocument.Row;
import vn.vanban.layout.LayoutDocument.Section;
import vn.vanban.layout.LayoutDocument.Span;
import vn.vanban.layout.LayoutDocument.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongTablesTest {

    private static final LayoutDocument.Metadata META =
            new LayoutDocument.Metadata("t", "s", "a", "vi-VN", LocalDate.of(2024, 1, 1));

    /** The default profile with the catalogue's limit set to {@code rowsPerSection}. */
    private static LayoutProfile profile(int rowsPerSection) {
        LayoutProfile p = ProfileLoader.loadDefault();
        Map<String, LayoutProfile.TableStyle> tables = new HashMap<>(p.tables());
        LayoutProfile.TableStyle c = p.table("catalogue");
        tables.put("catalogue", new LayoutProfile.TableStyle(c.columns(), c.borders(), c.cellPadding(),
                c.widthFraction(), c.indent(), rowsPerSection));
        return new LayoutProfile(p.page(), p.fontFamily(), p.pageNumber(), p.styles(), p.rules(), tables);
    }

    private static Paragraph p(String text) {
        return new Paragraph("table-cell", List.of(Span.plain(text)));
    }

    private static Row row(String text) {
        return new Row(true, List.of(new Cell(1, List.of(p(text)))));
    }

    /** A catalogue with one header row and {@code n} body rows "1".."n". */
    private static Table catalogue(int n) {
        List<Row> rows = new ArrayList<>(List.of(row("STT")));
        IntStream.rangeClosed(1, n).forEach(i -> rows.add(row(Integer.toString(i))));
        return new Table("catalogue", List.of(100.0), true, 1, rows);
    }

    private static List<String> texts(Block table) {
        return ((Table) table).rows().stream()
                .map(r -> ((Paragraph) r.cells().get(0).blocks().get(0)).text()).toList();
    }

    @Test
    void aTableWithinTheLimitLeavesTheDocumentAsItWas() {
        LayoutDocument doc = new LayoutDocument(META, List.of(new Section(true, true, List.of(p("x"), catalogue(3)))));
        assertSame(doc, LongTables.split(doc, profile(3)));
        assertSame(doc, LongTables.split(doc, profile(0)), "0 means no limit");
    }

    @Test
    void aLongTableContinuesInNewSectionsEachRepeatingTheHeader() {
        Paragraph before = p("Phụ lục");
        Paragraph after = p("Ghi chú");
        LayoutDocument doc = new LayoutDocument(META, List.of(
                new Section(false, false, List.of(p("plan"))),
                new Section(true, true, List.of(before, catalogue(7), after))));

        List<Section> s = LongTables.split(doc, profile(3)).sections();

        assertEquals(4, s.size(), "the plan, then the appendix in three parts of 3, 3 and 1 rows");
        assertEquals(doc.sections().get(0), s.get(0));
        Section first = s.get(1);
        assertTrue(first.landscape() && first.restartNumbering() && !first.continued());
        assertEquals(before, first.blocks().get(0));
        assertEquals(List.of("STT", "1", "2", "3"), texts(first.blocks().get(1)));
        for (Section part : s.subList(2, 4)) {
            assertTrue(part.landscape() && part.continued() && !part.restartNumbering(),
                    "a part keeps the orientation and runs the numbers on");
        }
        assertEquals(List.of("STT", "4", "5", "6"), texts(s.get(2).blocks().get(0)));
        List<Block> last = s.get(3).blocks();
        assertEquals(List.of("STT", "7"), texts(last.get(0)));
        assertEquals(after, last.get(1), "what follows the table stays after its last part");
    }

    @Test
    void anExactMultipleMakesNoEmptyPart() {
        LayoutDocument doc = new LayoutDocument(META, List.of(new Section(true, true, List.of(catalogue(6)))));
        List<Section> s = LongTables.split(doc, profile(3)).sections();
        assertEquals(2, s.size());
        assertEquals(List.of("STT", "4", "5", "6"), texts(s.get(1).blocks().get(0)));
    }

    /** Issue 19 §5: FOP's memory follows a section's text, and a few long rows would defeat the row limit. */
    @Test
    void aPartAlsoEndsBeforeItsTextPassesTheCharacterLimit() {
        String tenth = "x".repeat(LongTables.CHARACTERS_PER_SECTION / 10);
        List<Row> rows = new ArrayList<>(List.of(row("STT")));
        IntStream.rangeClosed(1, 25).forEach(i -> rows.add(row(i + tenth)));
        Table long25 = new Table("catalogue", List.of(100.0), true, 1, rows);
        LayoutDocument doc = new LayoutDocument(META, List.of(new Section(true, true, List.of(long25))));
        List<Section> s = LongTables.split(doc, profile(500)).sections();
        // Ten rows hold a little more than the limit: nine a part, the last part the rest.
        assertEquals(List.of(10, 10, 8), s.stream().map(x -> ((Table) x.blocks().get(0)).rows().size()).toList());
        assertEquals(List.of("STT", "19" + tenth), texts(s.get(2).blocks().get(0)).subList(0, 2));
    }

    @Test
    void layoutTablesAreNeverSplit() {
        Table header = new Table("header", List.of(100.0), false, 0,
                IntStream.range(0, 10).mapToObj(i -> row("r" + i)).toList());
        LayoutDocument doc = new LayoutDocument(META, List.of(new Section(false, false, List.of(header))));
        assertSame(doc, LongTables.split(doc, profile(3)));
    }

    /** The built-in profile with the catalogue line's {@code , rowsPerSection: 500} replaced. */
    private static LayoutProfile loadWith(String replacement) throws java.io.IOException {
        String yaml;
        try (java.io.InputStream in = LongTablesTest.class.getResourceAsStream("/vn/vanban/profile/nd30.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String edited = yaml.replace(", rowsPerSection: 500", replacement);
        assertTrue(!edited.equals(yaml) || replacement.equals(", rowsPerSection: 500"), "the profile has the entry");
        return ProfileLoader.load(new java.io.ByteArrayInputStream(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "profile.yaml");
    }

    @Test
    void theProfileSetsTheLimitAndLeavingItOutMeansNone() throws Exception {
        assertEquals(500, loadWith(", rowsPerSection: 500").table("catalogue").rowsPerSection());
        assertEquals(0, loadWith("").table("catalogue").rowsPerSection());
    }

    @Test
    void aLimitThatIsNotAWholeNumberOfRowsIsRefusedByName() {
        for (String limit : new String[] {"many", "-1", "0", "1001"}) {
            vn.vanban.common.InvalidInputException e = assertThrows(vn.vanban.common.InvalidInputException.class,
                    () -> loadWith(", rowsPerSection: " + limit));
            assertTrue(e.getMessage().matches("profile\\.yaml:\\d+:\\d+: tables\\.catalogue\\.rowsPerSection: "
                    + "expected a whole number of rows from 1 to 1000, found '" + limit + "'"), e.getMessage());
        }
    }

    @Test
    void aContinuedSectionCannotRestartTheNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new Section(true, true, true, List.of()));
        assertFalse(new Section(true, true, List.of()).continued());
    }
}
