package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Column weights read back from a catalogue's grid in twips, as vanban's writer lays it out:
 * weight 1 for "STT" among the data columns' weights, a column narrower than its longest word
 * widened at the others' expense.
 */
class ColumnWeightsTest {

    @Test
    void aNumberColumnAsWideAsItsWeightTellsTheScale() {
        // [1, 6, 3, 2] of 9353 twips: "STT" fits in its 780.
        assertEquals(List.of(6, 3, 2), AppendixReader.weights(List.of(4677L, 2338L, 1558L), 780));
        // [1, 2, 1, 1, 1]: the same proportions as below, but "STT" has a sixth.
        assertEquals(List.of(2, 1, 1, 1), AppendixReader.weights(List.of(3118L, 1559L, 1559L, 1559L), 1558));
    }

    @Test
    void aWidenedNumberColumnTakesTheSmallestWeightsThatLeaveItNoWider() {
        // [1, 6, 3, 3, 3] of 9353 twips: "STT" would have 585, is widened to 753, the rest shares 8600.
        assertEquals(List.of(6, 3, 3, 3), AppendixReader.weights(List.of(3440L, 1720L, 1720L, 1720L), 753));
    }

    @Test
    void withoutANumberColumnTheSmallestProportionalWeights() {
        assertEquals(List.of(2, 1, 1, 1), AppendixReader.weights(List.of(3742L, 1871L, 1870L, 1870L), 0));
        assertEquals(List.of(1, 1), AppendixReader.weights(List.of(0L, 100L), 0));
    }
}
