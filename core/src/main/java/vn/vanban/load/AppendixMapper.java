package vn.vanban.load;

import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.vanban.load.Paths.at;
import static vn.vanban.load.Paths.index;

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
        Appendix.Orientation orientation = f.has("orientation") ? values.choice(f.get("orientation"),
                f.path("orientation"), Appendix.Orientation.values(), PlanMapper::choiceName) : Appendix.Orientation.AUTO;
        Boolean numbered = f.has("numbered") ? values.bool(f.get("numbered"), f.path("numbered")) : null;
        List<Column> columns = new ArrayList<>();
        if (f.has("columns")) {
            List<Node> items = values.list(f.get("columns"), f.path("columns"));
            for (int i = 0; i < items.size(); i++) {
                columns.add(column(items.get(i), index(f.path("columns"), i)));
            }
        }
        List<CatalogueRow> rows = new ArrayList<>();
        if (f.has("rows")) {
            List<Node> items = values.list(f.get("rows"), f.path("rows"));
            for (int i = 0; i < items.size(); i++) {
                String p = index(f.path("rows"), i);
                CatalogueRow row = row(items.get(i), p);
                if (row == null) {
                    values.settle(p);
                    row = new CatalogueRow.Group(null);
                }
                rows.add(row);
            }
        }
        return new Appendix(f.lines("title"), orientation, !Boolean.FALSE.equals(numbered), columns, rows, f.line("id"));
    }

    private Column column(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("column"), "a column (a map with key, header and width)");
        if (f == null) {
            return new Column(null, null, 1);
        }
        Integer width = f.has("width") ? values.positive(f.get("width"), f.path("width")) : null;
        Column.Align align = f.has("align") ? values.choice(f.get("align"), f.path("align"), Column.Align.values(),
                PlanMapper::choiceName) : null;
        Boolean sum = f.has("sum") ? values.bool(f.get("sum"), f.path("sum")) : null;
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
