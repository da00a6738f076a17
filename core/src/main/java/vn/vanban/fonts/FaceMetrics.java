package vn.vanban.fonts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What measuring text and naming a face need from one TrueType face, read once from its tables:
 * which glyph each character maps to ('cmap'), each glyph's advance ('hmtx'), the em square
 * ('head') and the names ('name').
 * <p>
 * Why not java.awt.Font: AWT copies every face to a temporary file and starts its font system
 * (about 0.2 s of a cold start), then derives a new Font object for every measurement (two fifths of the
 * layout's time). The widths are the fonts' own advances without kerning — the very advances
 * FOP sets the PDF with — and agree with AWT's for the bundled faces, as does the coverage
 * (FontSetTest compares both); AWT hints some other faces at text sizes (Debian's Liberation
 * 2.1 came out 2.6% narrower at 13 pt), which the PDF does not. Immutable.
 */
final class FaceMetrics {

    private static final int NAME_FAMILY = 1;
    private static final int NAME_FULL = 4;
    private static final int NAME_TYPOGRAPHIC_FAMILY = 16;

    private final int unitsPerEm;
    private final int advanceWidthMax;
    private final int[] advance;
    /** The glyph of each character of the Basic Multilingual Plane; 0 where the face has none. */
    private final char[] bmp;
    /** Groups {first, last, first glyph} of the characters beyond it, by first character. */
    private final int[][] supplementary;
    private final String family;
    private final String fullName;

    FaceMetrics(TrueTypeTables t) throws IOException {
        try {
            unitsPerEm = t.uint16(t.offset("head") + 18);
            if (unitsPerEm == 0) {
                throw new IOException("the em square is 0 units");
            }
            advanceWidthMax = t.uint16(t.offset("hhea") + 10);
            advance = t.horizontalMetrics().advances();
            bmp = new char[0x10000];
            supplementary = readCmap(t, bmp, advance.length);
            family = family(t);
            fullName = name(t, NAME_FULL, family);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("a table points outside the font file", e);
        }
    }

    /** The glyph for the code point; 0 (the "missing" glyph) when the face has none. */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return codePoint >= 0 ? bmp[codePoint] : 0;
        }
        int lo = 0;
        int hi = supplementary.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] g = supplementary[mid];
            if (codePoint < g[0]) {
                hi = mid - 1;
            } else if (codePoint > g[1]) {
                lo = mid + 1;
            } else {
                return g[2] + codePoint - g[0];
            }
        }
        return 0;
    }

    /** The advance of {@code text} in font units: each character's glyph, no kerning. */
    long advance(CharSequence text) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int g = glyph(cp);
            units += g < advance.length ? advance[g] : 0;
            i += Character.charCount(cp);
        }
        return units;
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    int advanceWidthMax() {
        return advanceWidthMax;
    }

    /** The family ("Times New Roman"), from the face's English names. */
    String family() {
        return family;
    }

    /** The face's full name ("Times New Roman Bold Italic"). */
    String fullName() {
        return fullName;
    }

    /**
     * The family a face names itself with, read without the rest of its tables: enough to pass
     * over the faces of other families in a folder of fonts.
     */
    static String family(TrueTypeTables t) throws IOException {
        try {
            return name(t, NAME_FAMILY, name(t, NAME_TYPOGRAPHIC_FAMILY, ""));
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("the 'name' table points outside the font file", e);
        }
    }

    /**
     * Fills {@code bmp} from the best Unicode subtable — a full-range one (format 12) if there is
     * one, else the BMP one (format 4) — and returns the groups beyond the BMP.
     */
    private static int[][] readCmap(TrueTypeTables t, char[] bmp, int glyphs) throws IOException {
        int cmap = t.offset("cmap");
        int count = t.uint16(cmap + 2);
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = t.uint16(record);
            int encoding = t.uint16(record + 2);
            int sub = cmap + t.int32(record + 4);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (!unicode) {
                continue;
            }
            int format = t.uint16(sub);
            if (format == 12 && format12 < 0) {
                format12 = sub;
            } else if (format == 4 && format4 < 0) {
                format4 = sub;
            }
        }
        if (format12 >= 0) {
            return readFormat12(t, format12, bmp, glyphs);
        }
        if (format4 >= 0) {
            readFormat4(t, format4, bmp, glyphs);
            return new int[0][];
        }
        throw new IOException("no Unicode 'cmap' subtable");
    }

    private static void readFormat4(TrueTypeTables t, int sub, char[] bmp, int glyphs) throws IOException {
        int segments = t.uint16(sub + 6) / 2;
        int ends = sub + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int previousEnd = -1;
        for (int s = 0; s < segments; s++) {
            int end = t.uint16(ends + 2 * s);
            int start = t.uint16(starts + 2 * s);
            // Sorted and apart, as the format requires: else a damaged table could take ages.
            if (start <= previousEnd || end < start) {
                throw new IOException("the 'cmap' segments overlap or are out of order");
            }
            previousEnd = end;
            int delta = t.uint16(deltas + 2 * s);
            int rangeOffsetAt = rangeOffsets + 2 * s;
            int rangeOffset = t.uint16(rangeOffsetAt);
            for (int c = start; c <= end && c <= 0xFFFF; c++) {
                int g;
                if (rangeOffset == 0) {
                    g = (c + delta) & 0xFFFF;
                } else {
                    // The offset counts from its own place in the table to the glyph index.
                    g = t.uint16(rangeOffsetAt + rangeOffset + 2 * (c - start));
                    g = g == 0 ? 0 : (g + delta) & 0xFFFF;
                }
                if (g < glyphs && c != 0xFFFF) {
                    bmp[c] = (char) g;
                }
            }
        }
    }

    private static int[][] readFormat12(TrueTypeTables t, int sub, char[] bmp, int glyphs) throws IOException {
        int groups = t.int32(sub + 12);
        if (groups < 0 || sub + 16 + 12L * groups > t.size()) {
            throw new IOException("the 'cmap' has more groups than the file holds");
        }
        int[][] beyond = new int[groups][];
        int n = 0;
        long previousLast = -1;
        for (int i = 0; i < groups; i++) {
            int at = sub + 16 + 12 * i;
            int first = t.int32(at);
            int last = t.int32(at + 4);
            int glyph = t.int32(at + 8);
            if (first <= previousLast || last < first || last > Character.MAX_CODE_POINT) {
                throw new IOException("the 'cmap' groups overlap or are out of order");
            }
            previousLast = last;
            for (int c = first; c <= Math.min(last, 0xFFFF); c++) {
                int g = glyph + c - first;
                if (g < glyphs) {
                    bmp[c] = (char) g;
                }
            }
            if (last > 0xFFFF) {
                int from = Math.max(first, 0x10000);
                beyond[n++] = new int[] {from, Math.min(last, Character.MAX_CODE_POINT), glyph + from - first};
            }
        }
        int[][] sorted = Arrays.copyOf(beyond, n);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        return sorted;
    }

    /**
     * A name from the 'name' table: the Windows Unicode record in US English if there is one,
     * else any Windows Unicode record, else the Macintosh Roman one.
     */
    private static String name(TrueTypeTables t, int nameId, String fallback) throws IOException {
        if (!t.has("name")) {
            return fallback;
        }
        int table = t.offset("name");
        int count = t.uint16(table + 2);
        int strings = table + t.uint16(table + 4);
        String windows = null;
        String mac = null;
        for (int i = 0; i < count; i++) {
            int record = table + 6 + 12 * i;
            if (t.uint16(record + 6) != nameId) {
                continue;
            }
            int platform = t.uint16(record);
            int encoding = t.uint16(record + 2);
            int language = t.uint16(record + 4);
            int length = t.uint16(record + 8);
            int at = strings + t.uint16(record + 10);
            byte[] raw = new byte[length];
            t.copy(at, raw, 0, length);
            if (platform == 3 && (encoding == 1 || encoding == 10)) {
                String s = new String(raw, StandardCharsets.UTF_16BE);
                if (language == 0x0409) {
                    return s;
                }
                windows = windows == null ? s : windows;
            } else if (platform == 1 && encoding == 0 && mac == null) {
                mac = new String(raw, StandardCharsets.ISO_8859_1);
            }
        }
        return windows != null ? windows : mac != null ? mac : fallback;
    }
}
