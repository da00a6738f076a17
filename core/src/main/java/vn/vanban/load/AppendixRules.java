package vn.vanban.load;

import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;
import vn.vanban.text.Figures;
import vn.vanban.text.Numerals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static vn.vanban.load.Paths.at;
import static vn.vanban.load.Paths.index;

/** The rules of the appendices (phụ lục): their columns, and rows whose cells name only those columns. */
final class AppendixRules {

    private static final Pattern COLUMN_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final Violations out;
    /** Rows and cells seen so far, in every appendix. */
    private int rows;
    private int cells;

    AppendixRules(Violations out) {
        this.out = out;
    }

    /** The appendices at {@code list} ("appendices", or "attached.appendices" of a decision's text). */
    void appendices(String list, List<Appendix> appendices) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < appendices.size(); i++) {
            String id = appendices.get(i).id();
            String idAt = at(index(list, i), "id");
            if (id != null && out.line(idAt, id, true)) {
                if (!ID.matcher(id).matches()) {
                    out.add(idAt, "expected an id of a letter followed by letters, digits or '-' (such as 'budget' or "
                            + "'tasks-2025'), found " + Problems.quote(id));
                }
                Integer earlier = ids.putIfAbsent(id, i);
                if (earlier != null) {
                    out.add(idAt, "duplicate appendix id " + Problems.quote(id) + "; it is already the id of "
                            + index(list, earlier));
                }
            }
        }
        for (int i = 0; i < appendices.size(); i++) {
            String at = index(list, i);
            if (i == PlanLimits.APPENDICES) {
                out.add(PlanLimits.tooMany(at, "appendices", "plan", PlanLimits.APPENDICES));
            }
            if (i == Numerals.MAX_ROMAN) {
                out.add(at, "a plan has at most " + Numerals.MAX_ROMAN + " appendices: they are numbered in Roman"
                        + " numerals, which stop at " + Numerals.roman(Numerals.MAX_ROMAN));
            }
            appendix(at, appendices.get(i));
        }
    }

    private void appendix(String path, Appendix a) {
        out.lines(at(path, "title"), a.title(), true);
        out.required(at(path, "orientation"), a.orientation());
        if (a.columns().isEmpty()) {
            out.add(at(path, "columns"), "expected at least one column, found none");
        }
        // The keys rows may use, in column order; the first column of each key.
        List<String> keys = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int j = 0; j < a.columns().size(); j++) {
            String at = index(at(path, "columns"), j);
            Column c = a.columns().get(j);
            if (j == PlanLimits.COLUMNS) {
                out.add(PlanLimits.tooMany(at, "columns", "catalogue", PlanLimits.COLUMNS));
            }
            if (key(at(at, "key"), c.key())) {
                Integer earlier = first.putIfAbsent(c.key(), j);
                if (earlier != null) {
                    out.add(at(at, "key"), "duplicate column key " + Problems.quote(c.key()) + "; it is already the key of columns["
                            + earlier + "]");
                } else {
                    keys.add(c.key());
                }
            }
            out.line(at(at, "header"), c.header(), true);
            out.positive(at(at, "width"), c.width());
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < a.rows().size(); k++) {
            String at = index(at(path, "rows"), k);
            CatalogueRow r = a.rows().get(k);
            if (++rows == PlanLimits.ROWS + 1) {
                out.add(PlanLimits.tooMany(at, "rows", "plan", PlanLimits.ROWS));
            }
            if (r instanceof CatalogueRow.Group g) {
                out.line(at(at, "group"), g.title(), true);
            } else if (r instanceof CatalogueRow.Total t) {
                total(at, t, a, keys);
            } else {
                Map<String, Text> cells = ((CatalogueRow.Item) r).cells();
                if (cells.keySet().stream().allMatch(CatalogueRow.ID::equals)) {
                    // A data file cannot say {} (the reading refuses it), but a plan built in Java can.
                    out.add(at, "expected a row with a cell, found an empty row: it would print as a numbered row "
                            + "with nothing in it; give its cells or leave it out");
                }
                if (!keys.contains(CatalogueRow.ID) && cells.containsKey(CatalogueRow.ID)) {
                    id(at(at, CatalogueRow.ID), cells.get(CatalogueRow.ID), k, ids);
                }
                cells(at, cells, keys);
                summed(at, cells, a.columns());
            }
        }
        if (!a.columns().isEmpty() && a.rows().stream().noneMatch(r -> r instanceof CatalogueRow.Item)) {
            out.warn(at(path, "rows"), (a.rows().isEmpty() ? "the table has columns but no rows"
                    : "the table has group or total rows but no row of items") + ": it would print its heading row "
                    + "and nothing under it; give its rows, or leave the appendix out");
        }
    }

    /**
     * A total row: its label, its cells, and a column for its label before the first it has a
     * value in (the number column, or a column of text).
     */
    private void total(String at, CatalogueRow.Total t, Appendix a, List<String> keys) {
        out.line(at(at, "total"), t.label(), true);
        cells(at, t.cells(), keys);
        if (a.numbered() || a.columns().isEmpty()) {
            return;
        }
        Column first = a.columns().get(0);
        if (first.sum() || t.cells().containsKey(first.key())) {
            out.addAtKey(at(at, "total"), "the total row's label needs a column before the first "
                    + "it has a value in, and '" + first.key() + "' is the table's first: number the table (STT) or "
                    + "put a column of text first");
        }
    }

    /** The cells of columns a total row adds up: numbers as the rendering writes them. */
    private void summed(String row, Map<String, Text> cells, List<Column> columns) {
        for (Column c : columns) {
            Text t = c.sum() && c.key() != null ? cells.get(c.key()) : null;
            if (t == null || t.parts().isEmpty()) {
                continue;
            }
            String text = Paths.isString(t) ? ((Inline.Plain) t.parts().get(0)).text() : null;
            if (text == null || Figures.read(text).isEmpty()) {
                String at = at(row, c.key());
                out.add(at, "column '" + c.key() + "' is added up in the total row (sum: true), so each of its cells is a "
                        + "number written as the table prints it (235.750.000 or 1.500,5), found "
                        + (text == null ? "pieces of text" : Problems.quote(text)));
            }
        }
    }

    /** Whether a column's key is one a row can name. */
    private boolean key(String path, String key) {
        if (!out.line(path, key, true)) {
            return false;
        }
        if (!COLUMN_KEY.matcher(key).matches()) {
            out.add(path, "expected a column key of a letter followed by letters or digits (such as 'content' or "
                    + "'time2'), found " + Problems.quote(key));
            return false;
        }
        if (key.equals("group") || key.equals("total")) {
            out.add(path, "'" + key + "' cannot be a column key: it marks a " + key + " row");
            return false;
        }
        return true;
    }

    /** A row's identifier: one plain text, unique in its appendix, since a report names the row by it. */
    private void id(String path, Text id, int row, Map<String, Integer> ids) {
        if (!Paths.isString(id)) {
            out.add(path, "expected the row's id as plain text (such as 'tt-01')");
            return;
        }
        String value = ((Inline.Plain) id.parts().get(0)).text();
        if (out.line(path, value, true)) {
            Integer earlier = ids.putIfAbsent(value.strip(), row);
            if (earlier != null) {
                out.add(path, "duplicate row id " + Problems.quote(value.strip()) + "; it is already the id of rows["
                        + earlier + "]");
            }
        }
    }

    /**
     * An item row's cells: each key one of the columns (a cell under no column would be lost), but
     * for the row's id, which needs none.
     */
    private void cells(String row, Map<String, Text> cells, List<String> keys) {
        for (Map.Entry<String, Text> cell : cells.entrySet()) {
            if (cell.getKey() == null) {
                // A HashMap built in Java holds one.
                out.add(row, "a cell without a column key: give each cell the key of its column");
                continue;
            }
            String at = at(row, cell.getKey());
            if (cell.getKey().equals(CatalogueRow.ID) && !keys.contains(CatalogueRow.ID)) {
                continue;
            }
            if (!keys.contains(cell.getKey())) {
                // With no usable column, the columns' own problems say it all.
                if (!keys.isEmpty()) {
                    out.addAtKey(at, Values.unknown("column", cell.getKey(), keys));
                }
            } else {
                if (++this.cells == PlanLimits.CELLS + 1) {
                    out.add(PlanLimits.tooMany(at, "cells", "plan", PlanLimits.CELLS));
                }
                out.text(at, cell.getValue());
            }
        }
    }
}
