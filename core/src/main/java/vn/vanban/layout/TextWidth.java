package vn.vanban.layout;

import vn.vanban.fonts.FontSet;
import vn.vanban.text.NumberSymbols;

import java.text.Normalizer;

/**
 * The width of text as Word and LibreOffice measure it when they decide what fits on a line:
 * each glyph's advance at 1/120 pt (LibreOffice lays out Word's documents on a reference device
 * of 6 × 1440 dpi, "for MS Office compatibility"), no kerning. Measured against LibreOffice:
 * across a table column stepped a twip at a time, the text wraps exactly where this width says,
 * where the exact advances are up to 0.1 pt off on a line.
 * <p>
 * A number's non-breaking hyphen ({@link NumberSymbols}) is measured as the "-" it is printed as
 * (Liberation Serif has no glyph of its own for it), and in italic a twelfth of the face's height
 * more: LibreOffice ends a run of text at the hyphen and gives an italic run that ends so its
 * "italic correction" (measured: 1.0 pt at 11 pt, 1.3 pt at 14 pt a hyphen; none upright), so
 * that a basis line citing "63/2010/NĐ-CP" wraps where LibreOffice wraps it. Thread-safe.
 */
final class TextWidth {

    /** Steps per point in which a glyph's advance is taken. */
    private static final double STEPS = 120;
    /** Characters below this (Latin and Vietnamese letters, punctuation) have their advances kept. */
    private static final int KEPT = 0x2000;

    private final FontSet fonts;
    /** No glyph of the fonts is wider than this many ems: a shorter word needs no measuring. */
    final double widestGlyphEm;
    /**
     * The advance in font units, plus one, of each kept character in each face (regular, bold,
     * italic, bold italic); 0 until measured. Threads may measure a character at once: they
     * write the same value.
     */
    private final int[][] advances = new int[4][KEPT];

    TextWidth(FontSet fonts) {
        this.fonts = fonts;
        this.widestGlyphEm = fonts.widestGlyphEm();
    }

    /** The width of {@code text} (composed to NFC first, as it is set) at {@code size} points. */
    double of(String text, double size, boolean bold, boolean italic) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return of(s, 0, s.length(), size, bold, italic);
    }

    /** The width of {@code text[from, to)}, already composed (NFC), at {@code size} points. */
    double of(String text, int from, int to, double size, boolean bold, boolean italic) {
        long steps = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (cp == NumberSymbols.NO_BREAK_HYPHEN) {
                cp = '-';
                if (italic) {
                    steps += Math.round(italicCorrection(size, bold) * STEPS);
                }
            }
            steps += Math.round(fonts.points(advance(cp, bold, italic), size, bold, italic) * STEPS);
            i += Character.charCount(cp);
        }
        return steps / STEPS;
    }

    /**
     * LibreOffice's italic correction in points: a twelfth of the italic face's height, which it
     * adds to an italic run cut off by a non-breaking hyphen and keeps free at the end of a line
     * ending in italic text (its {@code SwTextGuess}).
     */
    double italicCorrection(double size, boolean bold) {
        return Math.round(fonts.height(size, bold, true) / 12 * STEPS) / STEPS;
    }

    private long advance(int cp, boolean bold, boolean italic) {
        if (cp >= KEPT) {
            return fonts.units(new String(Character.toChars(cp)), bold, italic);
        }
        int[] face = advances[(bold ? 1 : 0) + (italic ? 2 : 0)];
        int kept = face[cp];
        if (kept == 0) {
            kept = (int) fonts.units(String.valueOf((char) cp), bold, italic) + 1;
            face[cp] = kept;
        }
        return kept - 1L;
    }
}
