package vn.vanban.layout;

import vn.vanban.fonts.FontSet;
import vn.vanban.text.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's column widths: its weights scaled to the table's width, then every column widened to
 * hold the longest word in it. A word cannot break ("STT" in bold, "III/2024"): FOP would run it
 * over the grid and Word would cut it inside. Thread-safe.
 */
final class ColumnFitter {

    private final LayoutProfile profile;
    private final FontSet fonts;
    /** No glyph of the fonts is wider than this many ems: a shorter word needs no measuring. */
    private final double widestGlyphEm;

    ColumnFitter(LayoutProfile profile, FontSet fonts) {
        this.profile = profile;
        this.fonts = fonts;
        this.widestGlyphEm = fonts.widestGlyphEm();
    }

    /**
     * The widths of the columns of {@code t}, {@code width} points wide in all, each keeping clear
     * {@code inset} points on each side of its text.
     */
    List<Double> widths(Markup.TableMark t, double width, double inset) {
        return fitLongestWords(scale(t.weights(), width), t.rows(), inset);
    }

    private static List<Double> scale(List<Double> weights, double total) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<Double> out = new ArrayList<>();
        for (double w : weights) {
            out.add(Points.round(total * w / sum));
        }
        return out;
    }

    /**
     * Widens a column narrower than the longest word in it (with {@code padding} each side), taking
     * the difference from the other columns in proportion to their widths.
     */
    private List<Double> fitLongestWords(List<Double> widths, List<Markup.RowMark> rows, double padding) {
        int n = widths.size();
        double[] need = new double[n];
        for (Markup.RowMark row : rows) {
            int col = 0;
            for (Markup.CellMark c : row.cells()) {
                if (c.span() == 1) {
                    need[col] = Math.max(need[col], longestWord(c) + 2 * padding);
                }
                col += c.span();
            }
        }
        double total = widths.stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < n; i++) {
            if (need[i] >= total) {
                need[i] = 0; // no width fits it: it is warned of, and the other columns still fit theirs
            }
        }
        boolean[] widened = new boolean[n];
        double[] out = widths.stream().mapToDouble(Double::doubleValue).toArray();
        // Shrinking the others can push one of them under its own longest word: repeat.
        for (boolean changed = true; changed; ) {
            changed = false;
            double fixed = 0;
            double free = 0;
            for (int i = 0; i < n; i++) {
                if (!widened[i] && out[i] < need[i]) {
                    widened[i] = true;
                    changed = true;
                }
                if (widened[i]) {
                    fixed += need[i];
                } else {
                    free += widths.get(i);
                }
            }
            if (!changed) {
                break;
            }
            if (free <= 0 || fixed >= total) {
                return widths; // no room for every word: WideWords names those that do not fit
            }
            for (int i = 0; i < n; i++) {
                out[i] = widened[i] ? need[i] : widths.get(i) * (total - fixed) / free;
            }
        }
        List<Double> fitted = new ArrayList<>(n);
        for (double w : out) {
            fitted.add(Points.round(w));
        }
        return fitted;
    }

    private double longestWord(Markup.CellMark c) {
        double longest = 0;
        for (Markup.Block b : c.blocks()) {
            if (b instanceof Markup.Text t) {
                LayoutDocument.Paragraph p = t.paragraph();
                LayoutProfile.ParagraphStyle ps = profile.style(p.style());
                for (LayoutDocument.Span sp : p.spans()) {
                    boolean bold = ps.bold() || sp.bold();
                    boolean italic = ps.italic() || sp.italic();
                    String text = sp.text();
                    for (int start = Words.next(text, 0), end; start < text.length(); start = Words.next(text, end)) {
                        end = Words.end(text, start);
                        // A word too short to beat the longest so far is not measured.
                        if ((end - start) * ps.size() * widestGlyphEm > longest) {
                            longest = Math.max(longest, fonts.width(text.substring(start, end), ps.size(), bold, italic));
                        }
                    }
                }
            }
        }
        return longest;
    }
}
