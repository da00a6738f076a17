package vn.vanban.docx4j.imports;

import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;
import vn.vanban.text.Figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dòng tổng cộng — a catalogue's total row checked against the rows above it, as the renderer
 * adds them up ({@code vn.vanban.view.AppendixViews}): a column whose every cell is a number
 * ({@link Figures#read}: "35.000.000", "1.500,5") and whose printed total is their sum is one the
 * total row adds up ({@code sum: true}), the total then left for the renderer to write when it
 * writes the same; a printed total that is not the sum is kept as printed, the column not added
 * up, and listed, for a person to correct the figures.
 */
final class Totals {

    /**
     * The columns added up, and the rows with the totals the renderer writes left out.
     *
     * @param summed the keys of the columns a total row adds up
     * @param rows   the rows, each total row without the cells of {@code summed} it prints as the renderer would
     */
    record Settled(Set<String> summed, List<CatalogueRow> rows) {
    }

    private Totals() {
    }

    /**
     * @param rows      the catalogue's rows
     * @param cells     for each total row (by its place in {@code rows}), the first paragraph of each of its cells by
     *                  column key, to name in the list of what was not mapped
     * @param headers   the columns' headings by key, to name a column by
     * @param unmapped  where a total that is not the rows' sum is listed
     */
    static Settled settle(List<CatalogueRow> rows, Map<Integer, Map<String, Para>> cells, Map<String, String> headers,
                          List<Unmapped> unmapped) {
        Set<String> numbers = columnsOfNumbers(rows);
        Map<String, BigDecimal> sums = new HashMap<>();
        // The sums above each total row, for withoutWritten: the rows are added up once.
        Map<Integer, Map<String, BigDecimal>> above = new HashMap<>();
        Set<String> agree = new HashSet<>();
        Set<String> disagree = new HashSet<>();
        List<String> reports = new ArrayList<>();
        List<Para> reported = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CatalogueRow r = rows.get(i);
            if (r instanceof CatalogueRow.Item item) {
                item.cells().forEach((key, t) -> number(t).ifPresent(v -> sums.merge(key, v, BigDecimal::add)));
            } else if (r instanceof CatalogueRow.Total total) {
                above.put(i, Map.copyOf(sums));
                for (Map.Entry<String, Text> e : total.cells().entrySet()) {
                    String key = e.getKey();
                    Optional<BigDecimal> printed = number(e.getValue());
                    if (printed.isEmpty()) {
                        continue; // words ("Cả năm"), no figure to check
                    }
                    BigDecimal sum = sums.get(key);
                    if (numbers.contains(key) && sum != null && sum.compareTo(printed.get()) == 0) {
                        agree.add(key);
                        continue;
                    }
                    disagree.add(key);
                    String column = "column '" + headers.getOrDefault(key, key) + "'";
                    String shown = Texts.plain(e.getValue());
                    reports.add(!numbers.contains(key) || sum == null
                            ? "the total " + shown + " printed in " + column + " cannot be checked: the rows' cells "
                                    + "of that column are not all numbers written as the table writes them (235.750.000 "
                                    + "or 1.500,5); kept as printed, and the column is not added up"
                            : "the total " + shown + " printed in " + column + " differs from the sum of the rows "
                                    + "above it, " + Figures.write(sum) + "; kept as printed, and the column is not "
                                    + "added up: correct the figures, then give the column sum: true and leave the "
                                    + "total row's cell out, and vanban adds the rows up");
                    reported.add(cells.getOrDefault(i, Map.of()).get(key));
                }
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            Para p = reported.get(i);
            unmapped.add(p == null ? new Unmapped(0, "", reports.get(i)) : new Unmapped(p.number(), p.excerpt(), reports.get(i)));
        }
        Set<String> summed = new HashSet<>(agree);
        summed.removeAll(disagree);
        return new Settled(summed, withoutWritten(rows, summed, above));
    }

    /**
     * The rows with each total row's cells of a summed column left out where the renderer writes the
     * same; {@code above} holds the sums of the item rows above each total row, by its place.
     */
    private static List<CatalogueRow> withoutWritten(List<CatalogueRow> rows, Set<String> summed,
                                                     Map<Integer, Map<String, BigDecimal>> above) {
        List<CatalogueRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CatalogueRow r = rows.get(i);
            if (r instanceof CatalogueRow.Total total) {
                Map<String, BigDecimal> sums = above.get(i);
                Map<String, Text> kept = new LinkedHashMap<>();
                total.cells().forEach((key, t) -> {
                    boolean written = summed.contains(key) && sums.containsKey(key)
                            && Figures.write(sums.get(key)).equals(Texts.plain(t));
                    if (!written) {
                        kept.put(key, t);
                    }
                });
                out.add(new CatalogueRow.Total(total.label(), kept));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The keys of the columns whose item rows' cells, where given, are all numbers. */
    private static Set<String> columnsOfNumbers(List<CatalogueRow> rows) {
        Set<String> seen = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (CatalogueRow r : rows) {
            if (r instanceof CatalogueRow.Item item) {
                item.cells().forEach((key, t) -> (number(t).isPresent() ? seen : words).add(key));
            }
        }
        seen.removeAll(words);
        return seen;
    }

    /** The number a cell of plain words writes, as the renderer reads a summed column's cell. */
    private static Optional<BigDecimal> number(Text t) {
        return t.parts().size() == 1 && t.parts().get(0) instanceof Inline.Plain p ? Figures.read(p.text()) : Optional.empty();
    }
}
