package vn.vanban.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Dòng — a row of a catalogue table: a group heading across the table, or a row of cells. */
public sealed interface CatalogueRow permits CatalogueRow.Group, CatalogueRow.Item {

    /** A heading row spanning all columns ("I. Tuyên truyền trên báo chí"); it takes no number. */
    record Group(String title) implements CatalogueRow {
    }

    /** A numbered row; {@code cells} maps column keys to text, a missing key being an empty cell. */
    record Item(Map<String, Text> cells) implements CatalogueRow {
        public Item {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }
}
