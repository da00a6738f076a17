package vn.vanban.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phụ lục — an appendix attached to the document; for a plan, the catalogue (Danh mục) of its
 * tasks as a table. Its heading carries "Phụ lục" (numbered I, II… when there are two or more),
 * the upper-cased title, and "(Kèm theo Kế hoạch số … ngày … của …)". A {@code null} list is an
 * empty one.
 *
 * @param title       the title in sentence case ("Danh mục nội dung công việc …"); a line break
 *                    ("\n") in it gives the title's lines as they are to be printed
 * @param orientation the page orientation of its section
 * @param numbered    whether a first column "STT" numbers the item rows
 * @param columns     the columns after the number column, at least one
 * @param rows        the rows, group headings among them
 * @param id          the name the text refers to it by ({@link Inline.AppendixRef}), so that the
 *                    label in the text follows the numbering; {@code null} when none refers to it
 */
public record Appendix(String title, Orientation orientation, boolean numbered, List<Column> columns,
                       List<CatalogueRow> rows, String id) {
    public Appendix {
        columns = Lists.copy(columns, "columns");
        rows = Lists.copy(rows, "rows");
    }

    /** An appendix the text does not refer to by name. */
    public Appendix(String title, Orientation orientation, boolean numbered, List<Column> columns,
                    List<CatalogueRow> rows) {
        this(title, orientation, numbered, columns, rows, null);
    }

    /** A builder for a numbered appendix of automatic orientation with this title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Page orientation of an appendix; {@link #AUTO} turns landscape for five or more columns. */
    public enum Orientation {
        AUTO, PORTRAIT, LANDSCAPE
    }

    /** Builds an {@link Appendix}; each setter returns this builder. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private Orientation orientation = Orientation.AUTO;
        private boolean numbered = true;
        private final List<Column> columns = new ArrayList<>();
        private final List<CatalogueRow> rows = new ArrayList<>();
        private String id;

        private Builder(String title) {
            this.title = title;
        }

        /** The name the text refers to this appendix by ({@code Inline.appendix(id)}). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder orientation(Orientation orientation) {
            this.orientation = orientation;
            return this;
        }

        /** Whether a first column "STT" numbers the item rows (it does unless told otherwise). */
        public Builder numbered(boolean numbered) {
            this.numbered = numbered;
            return this;
        }

        /** Adds a column of relative width {@code width}. */
        public Builder column(String key, String header, int width) {
            columns.add(new Column(key, header, width));
            return this;
        }

        /** Adds a column (one of numbers: {@link Column#amounts}). */
        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        /** Adds a total row: "Tổng cộng" and the sums of the columns marked to add up. */
        public Builder total(String label) {
            rows.add(CatalogueRow.total(label));
            return this;
        }

        /** Adds a group heading row. */
        public Builder group(String title) {
            rows.add(new CatalogueRow.Group(title));
            return this;
        }

        /** Adds a row of plain-text cells by column key; a key left out is an empty cell. */
        public Builder row(Map<String, String> cells) {
            rows.add(CatalogueRow.item(cells));
            return this;
        }

        /** Adds a row of any kind. */
        public Builder row(CatalogueRow row) {
            rows.add(row);
            return this;
        }

        public Appendix build() {
            return new Appendix(title, orientation, numbered, columns, rows, id);
        }
    }
}
