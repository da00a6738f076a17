package vn.vanban.model;

import java.util.List;

/**
 * Phụ lục — an appendix attached to the document; for a plan, the catalogue (Danh mục) of its
 * tasks as a table. Its heading carries "Phụ lục" (numbered I, II… when there are two or more),
 * the upper-cased title, and "(Kèm theo Kế hoạch số … ngày … của …)".
 *
 * @param title       the title in sentence case ("Danh mục nội dung công việc …")
 * @param orientation the page orientation of its section
 * @param numbered    whether a first column "STT" numbers the item rows
 * @param columns     the columns after the number column
 * @param rows        the rows, group headings among them
 */
public record Appendix(String title, Orientation orientation, boolean numbered, List<Column> columns,
                       List<CatalogueRow> rows) {
    public Appendix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Page orientation of an appendix; {@link #AUTO} turns landscape for five or more columns. */
    public enum Orientation {
        AUTO, PORTRAIT, LANDSCAPE
    }
}
