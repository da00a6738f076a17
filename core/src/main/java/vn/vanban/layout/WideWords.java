package vn.vanban.layout;

import vn.vanban.common.Warning;
import vn.vanban.text.Words;

import java.util.List;
import java.util.Locale;

/**
 * Finds the words wider than the line they are set in: they are cut where the line ends, in
 * Word and LibreOffice as in the PDF (see {@link LineBreaker}), which a reader may take for two
 * words. Thread-safe.
 */
final class WideWords {

    /** Column widths are rounded; a word this much wider than its line still fits it. */
    static final double FIT_TOLERANCE = 0.01;

    private final LayoutProfile profile;
    private final TextWidth widths;

    WideWords(LayoutProfile profile, TextWidth widths) {
        this.profile = profile;
        this.widths = widths;
    }

    /**
     * Adds a warning to {@code warnings} for each word of {@code p} wider than {@code width}, about
     * the paragraph's field.
     */
    void check(LayoutDocument.Paragraph p, double width, List<Warning> warnings) {
        LayoutProfile.ParagraphStyle ps = profile.style(p.style());
        boolean first = true;
        for (LayoutDocument.Span sp : p.spans()) {
            String text = sp.text();
            for (int start = Words.next(text, 0), end; start < text.length(); start = Words.next(text, end)) {
                end = Words.end(text, start);
                double line = width - ps.indentLeft() - (first ? ps.firstLine() : 0);
                first = false;
                // Only words long enough that they might not fit are measured.
                if ((end - start) * ps.size() * widths.widestGlyphEm <= line) {
                    continue;
                }
                String word = text.substring(start, end);
                double w = widths.of(word, ps.size(), ps.bold() || sp.bold(), ps.italic() || sp.italic());
                if (w > line + FIT_TOLERANCE) {
                    String shown = word.codePointCount(0, word.length()) > 40
                            ? word.substring(0, word.offsetByCodePoints(0, 40)) + "…" : word;
                    warnings.add(new Warning(p.field(), String.format(Locale.ROOT,
                            "a word is wider than its line (%.0f pt, the line %.0f pt) and is cut in two: \"%s\"", w, line, shown)));
                }
            }
        }
    }
}
