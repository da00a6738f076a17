package vn.vanban.view;

import vn.vanban.text.VietnameseCase;

import vn.vanban.model.Inline;
import vn.vanban.model.Text;
import vn.vanban.text.Amounts;
import vn.vanban.text.Citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns running {@link Text} into finished spans: citations cited, sums written out, appendices named by their label. */
final class TextViews {

    /** Each appendix's label by its id: "Phụ lục 2". */
    private final Map<String, String> appendixLabels;

    TextViews() {
        this(Map.of());
    }

    TextViews(Map<String, String> appendixLabels) {
        this.appendixLabels = Map.copyOf(appendixLabels);
    }

    List<SpanView> spans(Text text) {
        List<SpanView> out = new ArrayList<>();
        for (Inline part : text.parts()) {
            if (part instanceof Inline.Plain p) {
                append(out, p.text(), false);
            } else if (part instanceof Inline.Strong s) {
                append(out, s.text(), true);
            } else if (part instanceof Inline.Cite c) {
                append(out, Citations.format(c.citation()), false);
            } else if (part instanceof Inline.Note n) {
                out.add(new SpanView("", false, spans(n.text())));
            } else if (part instanceof Inline.AppendixRef r) {
                // The validator has made sure the id is one of the plan's.
                append(out, appendixLabels.getOrDefault(r.id(), "Phụ lục"), false);
            } else if (part instanceof Inline.Money m) {
                String s = Amounts.dong(m.dong());
                if (m.inWords()) {
                    s += " (Bằng chữ: " + VietnameseCase.capitalise(Amounts.dongInWords(m.dong())) + ")";
                }
                append(out, s, false);
            }
        }
        return out;
    }

    /** Appends text, merging it into the previous span when the weight is the same. */
    static void append(List<SpanView> spans, String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        if (!spans.isEmpty() && spans.get(spans.size() - 1).bold() == bold && spans.get(spans.size() - 1).note() == null) {
            SpanView last = spans.remove(spans.size() - 1);
            spans.add(new SpanView(last.text() + text, bold));
        } else {
            spans.add(new SpanView(text, bold));
        }
    }
}
