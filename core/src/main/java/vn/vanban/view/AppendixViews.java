package vn.vanban.view;

import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Numbering;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

import java.util.ArrayList;
import java.util.List;

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

    /** Each appendix's label, in order: "Phụ lục" alone, or "Phụ lục I"/"Phụ lục 1" … by the plan's numbering. */
    static List<String> labels(Plan plan) {
        int count = plan.appendices().size();
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(count == 1 ? "Phụ lục" : "Phụ lục " + (plan.numbering().appendices() == Numbering.AppendixNumbers.ARABIC
                    ? Integer.toString(i) : Numerals.roman(i)));
        }
        return out;
    }

    static List<PlanView.AppendixView> of(List<Appendix> appendices, List<String> labels, TextViews texts) {
        List<PlanView.AppendixView> out = new ArrayList<>();
        for (int i = 0; i < appendices.size(); i++) {
            Appendix a = appendices.get(i);
            String label = labels.get(i);
            List<String> headers = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            if (a.numbered()) {
                weights.add(NUMBER_COLUMN_WEIGHT);
            }
            for (Column c : a.columns()) {
                headers.add(c.header());
                weights.add(c.width());
            }
            boolean landscape = switch (a.orientation()) {
                case LANDSCAPE -> true;
                case PORTRAIT -> false;
                case AUTO -> a.columns().size() >= LANDSCAPE_COLUMNS;
            };
            List<PlanView.RowView> rows = new ArrayList<>();
            int n = 0;
            for (CatalogueRow r : a.rows()) {
                if (r instanceof CatalogueRow.Group g) {
                    rows.add(new PlanView.RowView(g.title(), "", List.of()));
                } else if (r instanceof CatalogueRow.Item item) {
                    List<List<SpanView>> cells = new ArrayList<>();
                    String number = a.numbered() ? Integer.toString(++n) : "";
                    for (Column c : a.columns()) {
                        Text t = item.cells().get(c.key());
                        cells.add(t == null ? List.of() : texts.spans(t));
                    }
                    rows.add(new PlanView.RowView(null, number, cells));
                }
            }
            out.add(new PlanView.AppendixView(label, VietnameseCase.upper(a.title()), landscape, a.numbered(),
                    weights, headers, rows));
        }
        return out;
    }
}
