package vn.vanban.docx4j.imports;

import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An appendix read back: its title, orientation and catalogue table — the heading row (a first
 * "STT" column numbers the rows), group rows across the table, item rows and a total row. Column
 * widths become the smallest whole weights in the same proportions; column keys, which the
 * document does not show, are made from the headings.
 */
final class AppendixReader {

    /** The number column's weight (vanban's own): the data columns' weights are in proportion to it. */
    private static final int NUMBER_WEIGHT = 1;
    private static final int MAX_WEIGHT = 20;
    /** A total row's label as agencies type it. */
    private static final Pattern TOTAL = Pattern.compile("(?iu)(tổng cộng|cộng|tổng)\\s*:?");

    private final Casing casing;
    private final List<Unmapped> unmapped;

    AppendixReader(Casing casing, List<Unmapped> unmapped) {
        this.casing = casing;
        this.unmapped = unmapped;
    }

    /**
     * The appendix whose title paragraphs and table paragraphs are given.
     *
     * @param titles    the title's paragraphs (several when balanced into lines)
     * @param table     the paragraphs of its table, in reading order
     * @param landscape whether its pages are landscape
     */
    Appendix read(List<Para> titles, List<Para> table, boolean landscape) {
        String title;
        if (titles.size() == 1 && titles.get(0).text().contains("\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : titles.get(0).text().split("\n")) {
                lines.add(casing.of(line));
            }
            title = String.join("\n", lines);
        } else {
            title = casing.of(String.join(" ", titles.stream().map(Para::plain).toList()));
        }
        // Cells by row, each cell's paragraphs by its first grid column.
        TreeMap<Integer, TreeMap<Integer, List<Para>>> rows = new TreeMap<>();
        for (Para p : table) {
            rows.computeIfAbsent(p.cell().row(), r -> new TreeMap<>())
                    .computeIfAbsent(p.cell().column(), c -> new ArrayList<>()).add(p);
        }
        if (rows.isEmpty()) {
            return new Appendix(title, landscape ? Appendix.Orientation.LANDSCAPE : Appendix.Orientation.PORTRAIT,
                    false, List.of(), List.of(), null);
        }
        TreeMap<Integer, List<Para>> heading = rows.pollFirstEntry().getValue();
        List<Para> firstCell = heading.firstEntry().getValue();
        String first = firstCell.get(0).plain();
        boolean numbered = "table-number-header".equals(firstCell.get(0).role())
                || first.equalsIgnoreCase("STT") || first.equalsIgnoreCase("TT") || first.equalsIgnoreCase("Số TT");
        int offset = numbered ? 1 : 0;
        List<Integer> starts = new ArrayList<>(heading.keySet());
        List<String> headers = new ArrayList<>();
        List<Long> widths = new ArrayList<>();
        for (int i = offset; i < starts.size(); i++) {
            List<Para> cell = heading.get(starts.get(i));
            headers.add(String.join(" ", cell.stream().map(Para::plain).filter(s -> !s.isEmpty()).toList()));
            widths.add(cell.get(0).cell().width());
        }
        List<String> keys = keys(headers);
        List<Column.Align> aligns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            aligns.add(null);
        }
        List<CatalogueRow> out = new ArrayList<>();
        Map<Integer, Map<String, Para>> totalCells = new HashMap<>();
        int gridColumns = heading.get(starts.get(0)).get(0).cell().columns();
        for (TreeMap<Integer, List<Para>> row : rows.values()) {
            boolean typedTotal = numbered && out.size() == rows.size() - 1 && typedTotal(row, starts.get(0));
            Map<String, Para> cells = new HashMap<>();
            out.add(row(row, starts, offset, keys, aligns, gridColumns, typedTotal, cells));
            if (out.get(out.size() - 1) instanceof CatalogueRow.Total) {
                totalCells.put(out.size() - 1, cells);
            }
        }
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            named.put(keys.get(i), headers.get(i));
        }
        Totals.Settled settled = Totals.settle(out, totalCells, named, unmapped);
        List<Column> columns = new ArrayList<>();
        List<Integer> weights = weights(widths, numbered ? heading.firstEntry().getValue().get(0).cell().width() : 0);
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Column(keys.get(i), headers.get(i), weights.get(i),
                    aligns.get(i) == null ? Column.Align.LEFT : aligns.get(i), settled.summed().contains(keys.get(i))));
        }
        Appendix.Orientation orientation = landscape == (columns.size() >= 5) ? Appendix.Orientation.AUTO
                : landscape ? Appendix.Orientation.LANDSCAPE : Appendix.Orientation.PORTRAIT;
        return new Appendix(title, orientation, numbered, columns, settled.rows(), null);
    }

    /**
     * Whether a numbered table's last row is its total typed as a row ("| | Tổng cộng | 100 |
     * 70.000.000 |"): its number cell empty, or merged with the label across, and its first words
     * "Tổng cộng", "Cộng" or "Tổng". vanban's own DOCX marks it by its style.
     */
    private static boolean typedTotal(TreeMap<Integer, List<Para>> row, int numberColumn) {
        Map.Entry<Integer, List<Para>> first = row.firstEntry();
        Para p = first.getValue().get(0);
        boolean numberCell = first.getKey() == numberColumn;
        return (!numberCell || p.cell().span() > 1) && TOTAL.matcher(joined(first.getValue())).matches();
    }

    /**
     * A row of the table: a group, a total (vanban's style, or {@code typedTotal}), or an item.
     * A total row's cells' first paragraphs are put in {@code totalCells} by column key.
     */
    private CatalogueRow row(TreeMap<Integer, List<Para>> row, List<Integer> starts, int offset, List<String> keys,
                             List<Column.Align> aligns, int gridColumns, boolean typedTotal, Map<String, Para> totalCells) {
        Para firstPara = row.firstEntry().getValue().get(0);
        String firstRole = firstPara.role();
        if ("table-group".equals(firstRole) || row.size() == 1 && firstPara.cell().span() >= gridColumns && gridColumns > 1) {
            return new CatalogueRow.Group(joined(row.firstEntry().getValue()));
        }
        boolean total = typedTotal || "table-total".equals(firstRole);
        String label = null;
        Map<String, Text> cells = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Para>> e : row.entrySet()) {
            List<Para> cell = e.getValue();
            int column = starts.indexOf(e.getKey()) - offset;
            Para p = cell.get(0);
            if (total && label == null) {
                label = joined(cell);
                continue;
            }
            if (column < 0) {
                continue; // the row's number: the renderer numbers the rows again
            }
            if (column >= keys.size() || starts.indexOf(e.getKey()) < 0) {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "a cell outside the heading row's columns; "
                        + "its text is kept in the last column"));
                column = keys.size() - 1;
            }
            if (p.cell().merged()) {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "a cell merged with the one above; its text "
                        + "stays in the row above, this row's cell is left empty"));
                continue;
            }
            if (p.cell().span() > 1 && starts.indexOf(e.getKey() + p.cell().span()) != starts.indexOf(e.getKey()) + 1) {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "a cell merged across " + p.cell().span()
                        + " columns; its text is kept in the first of them"));
            }
            Column.Align align = align(p);
            if (align != null && !p.isEmpty()) {
                aligns.set(column, align);
            }
            Text text = text(cell, total);
            if (total) {
                totalCells.putIfAbsent(keys.get(column), p);
            }
            if (!text.parts().isEmpty()) {
                cells.merge(keys.get(column), text, (a, b) -> {
                    List<vn.vanban.model.Inline> both = new ArrayList<>(a.parts());
                    both.add(new vn.vanban.model.Inline.Plain(" "));
                    both.addAll(b.parts());
                    return new Text(both);
                });
            }
        }
        return total ? new CatalogueRow.Total(label, cells) : new CatalogueRow.Item(cells);
    }

    /** A cell's paragraphs as one text; a total row's bold, which the renderer gives back, dropped. */
    private static Text text(List<Para> cell, boolean total) {
        List<vn.vanban.model.Inline> parts = new ArrayList<>();
        for (Para p : cell) {
            Text t = Texts.of(p.pieces(), 0);
            if (t.parts().isEmpty()) {
                continue;
            }
            if (!parts.isEmpty()) {
                parts.add(new vn.vanban.model.Inline.Plain(" "));
            }
            for (vn.vanban.model.Inline i : t.parts()) {
                parts.add(total && i instanceof vn.vanban.model.Inline.Strong st ? new vn.vanban.model.Inline.Plain(st.text()) : i);
            }
        }
        return new Text(parts);
    }

    private static Column.Align align(Para p) {
        if (p.role() != null) {
            return switch (p.role()) {
                case "table-cell-center" -> Column.Align.CENTER;
                case "table-cell-right" -> Column.Align.RIGHT;
                case "table-cell" -> Column.Align.LEFT;
                default -> null;
            };
        }
        return switch (p.align()) {
            case CENTER -> Column.Align.CENTER;
            case RIGHT -> Column.Align.RIGHT;
            default -> Column.Align.LEFT;
        };
    }

    private static String joined(List<Para> cell) {
        return String.join(" ", cell.stream().map(Para::plain).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * The smallest whole weights (at most 20) in the proportions of the widths that the number
     * column's width allows; 1 each when none fits. The writer gives the number column weight 1
     * among the data columns' weights, then widens any column narrower than its longest word
     * ("STT" in bold) at the others' expense (core's ColumnFitter): a number column as wide as
     * its weight says tells the scale exactly, a wider one was widened, so the weights are the
     * smallest that leave it no wider than it is. [2,1,1,1] would give "STT" a sixth of the table
     * where [6,3,3,3] gives a sixteenth widened to fit it: the proportions alone cannot tell.
     */
    static List<Integer> weights(List<Long> widths, long numberWidth) {
        long min = widths.stream().mapToLong(Long::longValue).filter(w -> w > 0).min().orElse(0);
        List<Integer> ones = widths.stream().map(w -> 1).toList();
        if (min == 0) {
            return ones;
        }
        long data = widths.stream().mapToLong(Long::longValue).sum();
        double numberShare = (double) numberWidth / (numberWidth + data);
        List<Integer> fallback = null;
        for (int k = 1; k <= MAX_WEIGHT; k++) {
            List<Integer> w = new ArrayList<>();
            boolean fits = true;
            for (long width : widths) {
                double exact = (double) width / min * k;
                long r = Math.round(exact);
                if (r < 1 || r > MAX_WEIGHT || Math.abs(exact - r) > 0.02 * k) {
                    fits = false;
                    break;
                }
                w.add((int) r);
            }
            if (!fits) {
                continue;
            }
            if (fallback == null) {
                fallback = w;
            }
            int sum = w.stream().mapToInt(Integer::intValue).sum();
            if (numberWidth == 0 || numberShare > (double) NUMBER_WEIGHT / (NUMBER_WEIGHT + sum) - 0.002) {
                return w;
            }
        }
        return fallback != null ? fallback : ones;
    }

    /** Column keys from the headings: "Nội dung công việc" → noiDungCongViec; unique, a letter first. */
    static List<String> keys(List<String> headers) {
        List<String> keys = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String ascii = Normalizer.normalize(headers.get(i).replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            StringBuilder sb = new StringBuilder();
            int words = 0;
            for (String w : ascii.split("[^A-Za-z0-9]+")) {
                if (w.isEmpty() || words == 3) {
                    continue;
                }
                String lw = w.toLowerCase(Locale.ROOT);
                sb.append(words == 0 ? lw : Character.toUpperCase(lw.charAt(0)) + lw.substring(1));
                words++;
            }
            String key = sb.isEmpty() || !Character.isLetter(sb.charAt(0)) ? "column" + (i + 1) : sb.toString();
            String unique = key;
            for (int n = 2; !used.add(unique); n++) {
                unique = key + n;
            }
            keys.add(unique);
        }
        return keys;
    }
}
