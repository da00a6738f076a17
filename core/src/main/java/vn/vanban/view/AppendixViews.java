package vn.vanban.view;

import vn.vanban.load.Paths;
import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Inline;
import vn.vanban.model.Numbering;
import vn.vanban.model.Text;
import vn.vanban.text.Figures;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The appendices (phụ lục) as views: each one's label ("Phụ lục", or numbered I, II… or 1, 2…
 * when there are two or more), its title, orientation, columns and rows.
 */
final class AppendixViews {

    /** Five or more columns after the number do not fit a portrait page at 13 pt. */
    static final int LANDSCAPE_COLUMNS = 5;

    /** The number column (STT) is as wide as the narrowest column a data file may ask for. */
    static final int NUMBER_COLUMN_WEIGHT = 1;

    private AppendixViews() {
    }

    /** Each appendix's label, in order: "Phụ lục" alone, or "Phụ lục I"/"Phụ lục 1" … by the text's numbering. */
    static List<String> labels(List<Appendix> appendices, Numbering numbering) {
        int count = appendices.size();
        return IntStream.rangeClosed(1, count).mapToObj(i -> count == 1 ? "Phụ lục" : "Phụ lục "
                + (numbering.appendices() == Numbering.AppendixNumbers.ARABIC ? Integer.toString(i) : Numerals.roman(i)))
                .toList();
    }

    /** Each appendix's label by its id, for the text that refers to them: "Phụ lục 2". */
    static Map<String, String> labelsById(List<Appendix> appendices, List<String> labels) {
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            if (appendices.get(i).id() != null) {
                byId.put(appendices.get(i).id(), labels.get(i));
            }
        }
        return byId;
    }

    /**
     * The appendices, each under {@code reference}: "Kèm theo Kế hoạch số … của …"; {@code list}
     * is where they stand in the data ("appendices", "attached.appendices").
     */
    static List<PlanView.AppendixView> of(List<Appendix> appendices, List<String> labels, TextViews texts,
                                         String reference, String list) {
        List<PlanView.AppendixView> out = new ArrayList<>();
        for (int i = 0; i < appendices.size(); i++) {
            Appendix a = appendices.get(i);
            String label = labels.get(i);
            String at = Paths.index(list, i);
            List<String> headers = a.columns().stream().map(Column::header).toList();
            List<String> headerFields = IntStream.range(0, headers.size())
                    .mapToObj(c -> Paths.at(Paths.index(Paths.at(at, "columns"), c), "header")).toList();
            List<String> aligns = a.columns().stream().map(c -> c.align().name().toLowerCase(Locale.ROOT)).toList();
            List<Integer> weights = new ArrayList<>(a.numbered() ? List.of(NUMBER_COLUMN_WEIGHT) : List.of());
            a.columns().forEach(c -> weights.add(c.width()));
            boolean landscape = switch (a.orientation()) {
                case LANDSCAPE -> true;
                case PORTRAIT -> false;
                case AUTO -> a.columns().size() >= LANDSCAPE_COLUMNS;
            };
            List<PlanView.RowView> rows = new ArrayList<>();
            int n = 0;
            Map<String, BigDecimal> sums = new HashMap<>();
            for (int r = 0; r < a.rows().size(); r++) {
                CatalogueRow row = a.rows().get(r);
                String rowAt = Paths.index(Paths.at(at, "rows"), r);
                if (row instanceof CatalogueRow.Group g) {
                    rows.add(new PlanView.RowView(g.title(), "", List.of(), null, 0, Paths.at(rowAt, "group"), List.of()));
                } else if (row instanceof CatalogueRow.Total t) {
                    rows.add(total(t, a.columns(), sums, texts, rowAt));
                } else if (row instanceof CatalogueRow.Item item) {
                    List<List<SpanView>> cells = new ArrayList<>();
                    String number = a.numbered() ? Integer.toString(++n) : "";
                    for (Column c : a.columns()) {
                        Text t = item.cells().get(c.key());
                        cells.add(t == null ? List.of() : c.sum() ? amount(t, texts) : texts.spans(t));
                        if (c.sum() && t != null) {
                            add(sums, c.key(), t);
                        }
                    }
                    rows.add(new PlanView.RowView(null, number, cells, null, 0, "", cellFields(a.columns(), rowAt)));
                }
            }
            out.add(new PlanView.AppendixView(label, VietnameseCase.upper(a.title()), landscape, a.numbered(),
                    weights, headers, aligns, rows, reference, Paths.at(at, "title"), headerFields));
        }
        return out;
    }

    /**
     * A summed column's cell written as its total is ("40000000" → "40.000.000", "96,5" stays), so
     * that the column's figures read alike; a cell with emphasis is left as written.
     */
    private static List<SpanView> amount(Text cell, TextViews texts) {
        if (cell.parts().size() == 1 && cell.parts().get(0) instanceof Inline.Plain p) {
            Optional<BigDecimal> value = Figures.read(p.text());
            if (value.isPresent()) {
                return List.of(new SpanView(Figures.write(value.get()), false));
            }
        }
        return texts.spans(cell);
    }

    /** Adds a summed cell (checked to be a number) to its column's sum; decimals keep their places. */
    private static void add(Map<String, BigDecimal> sums, String key, Text cell) {
        if (cell.parts().size() == 1 && cell.parts().get(0) instanceof Inline.Plain p) {
            Figures.read(p.text()).ifPresent(v -> sums.merge(key, v, BigDecimal::add));
        }
    }

    /**
     * A total row: its label over the columns before the first it has a value in, then each
     * column's value, the data's or the sum of the item rows above it, in bold.
     */
    private static PlanView.RowView total(CatalogueRow.Total t, List<Column> columns, Map<String, BigDecimal> sums,
                                          TextViews texts, String rowAt) {
        List<List<SpanView>> values = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (Column c : columns) {
            fields.add(t.cells().get(c.key()) != null ? Paths.at(rowAt, c.key()) : "");
            Text given = t.cells().get(c.key());
            List<SpanView> cell = given != null ? texts.spans(given)
                    : c.sum() ? List.of(new SpanView(Figures.write(sums.getOrDefault(c.key(), BigDecimal.ZERO)), true))
                    : List.of();
            values.add(cell.stream().map(s -> new SpanView(s.text(), true)).toList());
        }
        int span = 0;
        while (span < values.size() && values.get(span).isEmpty()) {
            span++;
        }
        return new PlanView.RowView(null, "", values.subList(span, values.size()), t.label(), span,
                Paths.at(rowAt, "total"), fields.subList(span, fields.size()));
    }

    /** Each data cell's path in an item row at {@code rowAt}: its column's key ("appendices[0].rows[4].content"). */
    private static List<String> cellFields(List<Column> columns, String rowAt) {
        return columns.stream().map(c -> Paths.at(rowAt, c.key())).toList();
    }
}
