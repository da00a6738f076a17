package vn.vanban.load;

import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.vanban.load.Paths.at;

/**
 * Maps the appendices (phụ lục) of a plan file, their columns and rows, onto the model,
 * reporting what is wrong with the notation; see {@link PlanMapper}.
 */
final class AppendixMapper {

    private final Values values;
    private final BodyMapper body;

    AppendixMapper(Values values, BodyMapper body) {
        this.values = values;
        this.body = body;
    }

    /** An appendix; an empty one, settled, when {@code n} is no map. */
    Appendix appendix(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("appendix"), "an appendix (a map with title, columns and rows)");
        if (f == null) {
            return new Appendix(null, Appendix.Orientation.AUTO, true, List.of(), List.of());
        }
        Appendix.Orientation orientation = f.has("orientation") ? f.read("orientation",
                (n2, at) -> values.choice(n2, at, Appendix.Orientation.values(), PlanMapper::choiceName))
                : Appendix.Orientation.AUTO;
        Boolean numbered = f.read("numbered", values::bool);
        List<Column> columns = f.list("columns", this::column, null);
        List<CatalogueRow> rows = f.list("rows", this::row, new CatalogueRow.Group(null));
        return new Appendix(f.lines("title"), orientation, !Boolean.FALSE.equals(numbered), columns, rows, f.line("id"));
    }

    private Column column(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("column"), "a column (a map with key, header and width)");
        if (f == null) {
            return new Column(null, null, 1);
        }
        Integer width = f.read("width", values::positive);
        Column.Align align = f.read("align", (n2, at) -> values.choice(n2, at, Column.Align.values(), PlanMapper::choiceName));
        Boolean sum = f.read("sum", values::bool);
        return new Column(f.line("key"), f.line("header"), width == null ? 1 : width, align, Boolean.TRUE.equals(sum));
    }

    private CatalogueRow row(Node n, String path) {
        if (!(n instanceof Node.MapNode m) || m.fields().isEmpty()) {
            values.report(n, path, "expected a row (a map of cells keyed by column, {group: …} or {total: …}), found "
                    + (n instanceof Node.MapNode ? "an empty map" : n.describe()));
            return null;
        }
        if (m.fields().containsKey("group")) {
            for (Node.Field other : m.fields().values()) {
                if (!other.key().equals("group")) {
                    values.report(other.line(), other.column(), at(path, other.key()),
                            "a group row has only the field 'group'; found also " + Problems.quote(other.key())
                                    + ": move the cells to an item row of their own");
                }
            }
            return new CatalogueRow.Group(values.line(m.fields().get("group").value(), at(path, "group")));
        }
        Node.Field total = m.fields().get("total");
        if (total != null) {
            String label = values.line(total.value(), at(path, "total"));
            return new CatalogueRow.Total(label == null ? "" : label, cells(m, path, "total"));
        }
        return new CatalogueRow.Item(cells(m, path, null));
    }

    /**
     * A row's cells by column key, {@code except} one field (a total row's label). Keys are
     * checked against the columns with the model's rules; a key written with nothing after it is
     * an empty cell, left out of the row.
     */
    private Map<String, Text> cells(Node.MapNode m, String path, String except) {
        Map<String, Text> cells = new LinkedHashMap<>();
        java.util.Set<String> cut = values.cutAtComma(m, path);
        for (Node.Field cell : m.fields().values()) {
            if (cut.contains(cell.key()) || cell.key().equals(except)) {
                continue;
            }
            Node v = cell.value();
            String p = at(path, cell.key());
            Text t = v instanceof Node.Scalar s && s.isNull() ? null : body.text(v, p);
            if (t == null && !(v instanceof Node.Scalar s && s.isNull())) {
                t = new Text(List.of());
            }
            cells.put(cell.key(), t);
        }
        return cells;
    }
}
