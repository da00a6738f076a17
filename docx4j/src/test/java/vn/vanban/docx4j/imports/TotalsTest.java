package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A total row checked against the rows above it, as the renderer adds them up. */
class TotalsTest {

    private static final Map<String, String> HEADERS = Map.of("item", "Nội dung", "amount", "Kinh phí", "when", "Thời gian");

    private static CatalogueRow.Item item(String... keysAndTexts) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            cells.put(keysAndTexts[i], keysAndTexts[i + 1]);
        }
        return CatalogueRow.item(cells);
    }

    private static CatalogueRow.Total total(String label, String... keysAndTexts) {
        return new CatalogueRow.Total(label, item(keysAndTexts).cells());
    }

    @Test
    void decimalsAndThousandsAddUpAndTheSumIsLeftToTheRenderer() {
        List<Unmapped> unmapped = new ArrayList<>();
        Totals.Settled s = Totals.settle(List.of(new CatalogueRow.Group("Nhóm"), item("item", "A", "amount", "1.200"),
                item("item", "B", "amount", "300,5"), item("item", "C"), total("Tổng cộng", "amount", "1.500,5")),
                Map.of(), HEADERS, unmapped);
        assertEquals(Set.of("amount"), s.summed());
        assertEquals(total("Tổng cộng"), s.rows().get(4));
        assertEquals(List.of(), unmapped);
    }

    @Test
    void theSameSumWrittenOtherwiseIsAddedUpAndKeptAsPrinted() {
        Totals.Settled s = Totals.settle(List.of(item("amount", "35.000.000"), item("amount", "35.000.000"),
                total("Cộng", "amount", "70000000")), Map.of(), HEADERS, new ArrayList<>());
        assertEquals(Set.of("amount"), s.summed());
        assertEquals(total("Cộng", "amount", "70000000"), s.rows().get(2));
    }

    @Test
    void aTotalOverRowsOfWordsIsKeptListedAndNotAddedUp() {
        List<Unmapped> unmapped = new ArrayList<>();
        Totals.Settled s = Totals.settle(List.of(item("amount", "35.000.000"), item("amount", "khoảng 20 triệu"),
                total("Tổng", "amount", "55.000.000", "when", "Cả năm")), Map.of(), HEADERS, unmapped);
        assertEquals(Set.of(), s.summed());
        assertEquals(total("Tổng", "amount", "55.000.000", "when", "Cả năm"), s.rows().get(2));
        assertEquals(1, unmapped.size(), unmapped.toString());
        assertTrue(unmapped.get(0).reason().contains("cannot be checked"), unmapped.toString());
        assertTrue(unmapped.get(0).reason().contains("'Kinh phí'"), unmapped.toString());
    }

    @Test
    void aBoldFigureIsNoNumberTheRendererAddsUp() {
        CatalogueRow.Item bold = new CatalogueRow.Item(Map.of("amount", new Text(List.of(new Inline.Strong("10")))));
        List<Unmapped> unmapped = new ArrayList<>();
        Totals.Settled s = Totals.settle(List.of(bold, item("amount", "5"), total("Cộng", "amount", "15")), Map.of(),
                HEADERS, unmapped);
        assertEquals(Set.of(), s.summed());
        assertEquals(1, unmapped.size());
    }

    @Test
    void oneWrongTotalOfTwoLeavesTheColumnNotAddedUp() {
        List<Unmapped> unmapped = new ArrayList<>();
        Totals.Settled s = Totals.settle(List.of(item("amount", "2"), total("Cộng", "amount", "2"), item("amount", "3"),
                total("Tổng cộng", "amount", "4")), Map.of(), HEADERS, unmapped);
        assertEquals(Set.of(), s.summed());
        assertEquals(total("Cộng", "amount", "2"), s.rows().get(1), "kept: the column is not added up");
        assertEquals(1, unmapped.size());
        assertTrue(unmapped.get(0).reason().contains("differs from the sum of the rows above it, 5"), unmapped.toString());
    }
}
