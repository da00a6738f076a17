package vn.vanban.layout;

import vn.vanban.text.Words;

import java.util.Arrays;
import java.util.List;

/**
 * A table's column widths: its weights scaled to the table's width, then every column widened to
 * hold the longest word in it. A word cannot break ("STT" in bold, "III/2024"): FOP would run it
 * over the grid and Word would cut it inside. Thread-safe.
 */
final class ColumnFitter {

    private final LayoutProfile profile;
    private final TextWidth textWidth;

    ColumnFitter(LayoutProfile profile, TextWidth textWidth) {
        this.profile = profile;
        this.textWidth = textWidth;
    }

    /**
     * The widths of the columns of {@code t}, {@code width} points wide in all, each keeping clear
     * {@code inset} points on each side of its text. Widths are whole twips, as Word keeps them, so
     * that the layout breaks a cell's lines in the width Word and LibreOffice give it.
     */
    List<Double> widths(Markup.TableMark t, double width, double inset) {
        List<Double> weights = t.weights();
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] scaled = new double[weights.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = width * weights.get(i) / sum;
        }
        // A twip short of the width: LibreOffice narrows the first column of a table exactly as
        // wide as the text by about a twip (its lines then break a word early); one twip less and
        // every column keeps the width given.
        return fitLongestWords(scaled, t.rows(), inset, Math.floor(width * 20 + 1e-6) - 1);
    }

    /**
     * Widens a column narrower than the longest word in it (with {@code padding} each side), taking
     * the difference from the other columns in proportion to their widths.
     */
    private List<Double> fitLongestWords(double[] widths, List<Markup.RowMark> rows, double padding, double twips) {
        int n = widths.length;
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
        double total = twips / 20;
        for (int i = 0; i < n; i++) {
            if (need[i] >= total) {
                need[i] = 0; // no width fits it: it is warned of, and the other columns still fit theirs
            }
        }
        boolean[] widened = new boolean[n];
        double[] out = widths.clone();
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
                    free += widths[i];
                }
            }
            if (!changed) {
                break;
            }
            if (free <= 0 || fixed >= total) {
                return inTwips(widths, new boolean[n], twips); // no room for every word: WideWords names those that do not fit
            }
            for (int i = 0; i < n; i++) {
                out[i] = widened[i] ? need[i] : widths[i] * (total - fixed) / free;
            }
        }
        return inTwips(out, widened, twips);
    }

    /**
     * The widths in whole twips adding up to {@code twips}: a widened column rounded up, and a
     * twip more, so that its word still fits; the others share the rest, their edges rounded.
     */
    private static List<Double> inTwips(double[] widths, boolean[] widened, double twips) {
        int n = widths.length;
        long[] out = new long[n];
        long fixed = 0;
        double free = 0;
        for (int i = 0; i < n; i++) {
            if (widened[i]) {
                out[i] = (long) Math.ceil(widths[i] * 20 - 1e-6) + 1;
                fixed += out[i];
            } else {
                free += widths[i];
            }
        }
        double share = 0;
        long edge = 0;
        for (int i = 0; i < n; i++) {
            if (!widened[i]) {
                share += widths[i];
                long next = Math.round(share / free * (twips - fixed));
                out[i] = next - edge;
                edge = next;
            }
        }
        return Arrays.stream(out).mapToObj(w -> w / 20.0).toList();
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
                        if ((end - start) * ps.size() * textWidth.widestGlyphEm > longest) {
                            longest = Math.max(longest, textWidth.of(text.substring(start, end), ps.size(), bold, italic));
                        }
                    }
                }
            }
        }
        return longest;
    }
}
