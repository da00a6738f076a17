package vn.vanban.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dòng — a row of a catalogue table: a group heading across the table, a row of cells, or a
 * total row.
 */
public sealed interface CatalogueRow permits CatalogueRow.Group, CatalogueRow.Item, CatalogueRow.Total {

    /**
     * The key of an item row's identifier (mã nhiệm vụ), by which a progress report names the row
     * whatever its number: a cell under this key is shown only when a column has the key.
     */
    String ID = "id";

    /** A heading row spanning all columns ("I. Tuyên truyền trên báo chí"); it takes no number. */
    record Group(String title) implements CatalogueRow {
    }

    /**
     * A numbered row; {@code cells} maps column keys to text, a missing key being an empty cell (a
     * {@code null} text is left out, as a key without a value is in a data file). Every key must be
     * one of the appendix's columns.
     */
    record Item(Map<String, Text> cells) implements CatalogueRow {
        public Item {
            Map<String, Text> given = new LinkedHashMap<>();
            if (cells != null) {
                cells.forEach((key, text) -> {
                    if (text != null) {
                        given.put(key, text);
                    }
                });
            }
            cells = Collections.unmodifiableMap(given);
        }
    }

    /**
     * Dòng tổng cộng — "Tổng cộng" in bold across the number column and the columns before the first
     * it has a value in, then each column's value in bold: the cell given here, or, for a column
     * marked {@link Column#sum()}, the sum of the item rows above it. Takes no number.
     *
     * @param label the label ("Tổng cộng", "Cộng")
     * @param cells cells by column key, as an item row's; a column to add up may be left out
     */
    record Total(String label, Map<String, Text> cells) implements CatalogueRow {
        public Total {
            cells = new Item(cells).cells();
        }
    }

    /** A total row whose summed columns are added up. */
    static Total total(String label) {
        return new Total(label, Map.of());
    }

    static Group group(String title) {
        return new Group(title);
    }

    /** A row of plain-text cells by column key, in the order the map gives them. */
    static Item item(Map<String, String> cells) {
        Map<String, Text> texts = new LinkedHashMap<>();
        // A null map is an empty row, which the validator refuses with its place.
        (cells == null ? Map.<String, String>of() : cells).forEach((key, text) -> texts.put(key, text == null ? null : Text.of(text)));
        return new Item(texts);
    }
}
