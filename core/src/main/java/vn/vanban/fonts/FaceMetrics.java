package vn.vanban.fonts;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What measuring text and naming a face need from one TrueType face, read with Apache FontBox
 * (which FOP itself depends on): which glyph each character maps to, each glyph's advance, the
 * em square and the names.
 * <p>
 * Why not java.awt.Font: AWT copies every face to a temporary file and starts its font system
 * (about 0.2 s of a cold start), then derives a new Font object for every measurement. The widths
 * are the fonts' own advances without kerning — the very advances FOP sets the PDF with — and
 * agree with AWT's for the bundled faces, as does the coverage (FontSetTest compares both).
 * <p>
 * The character map is copied once into a table indexed by character: FontBox keeps it in a map
 * of boxed integers, and the layout looks up every character of every word it measures.
 * Immutable.
 */
final class FaceMetrics {

    private static final int NAME_TYPOGRAPHIC_FAMILY = 16;

    private final int unitsPerEm;
    private final int advanceWidthMax;
    /** Ascender less descender (hhea), in font units: how tall LibreOffice takes a line of the face. */
    private final int height;
    private final HorizontalMetricsTable advances;
    /** The glyph of each character of the Basic Multilingual Plane; 0 where the face has none. */
    private final char[] bmp = new char[0x10000];
    /** The glyph of each character beyond it. */
    private final Map<Integer, Integer> supplementary = new HashMap<>();
    private final String family;
    private final String fullName;

    /**
     * @throws IOException when the bytes are not one TrueType face with a Unicode character map
     */
    FaceMetrics(byte[] face) throws IOException {
        this(parse(face));
    }

    /** @see #FaceMetrics(byte[]) */
    FaceMetrics(TrueTypeFont font) throws IOException {
        try {
            unitsPerEm = font.getUnitsPerEm();
            if (unitsPerEm <= 0) {
                throw new IOException("the em square is " + unitsPerEm + " units");
            }
            advanceWidthMax = font.getHorizontalHeader().getAdvanceWidthMax();
            height = font.getHorizontalHeader().getAscender() - font.getHorizontalHeader().getDescender();
            advances = font.getHorizontalMetrics();
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (advances == null || cmap == null) {
                throw new IOException("no horizontal metrics or no Unicode character map");
            }
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> chars = cmap.getCharCodes(glyph);
                if (chars != null) {
                    for (int c : chars) {
                        if (c < 0x10000) {
                            bmp[c] = (char) glyph;
                        } else {
                            supplementary.put(c, glyph);
                        }
                    }
                }
            }
            bmp[0xFFFF] = 0;
            family = family(font);
            fullName = name(font.getNaming(), NameRecord.NAME_FULL_FONT_NAME, family);
        } catch (RuntimeException e) {
            // FontBox reports some damaged tables as unchecked exceptions.
            throw new IOException("damaged font tables: " + e, e);
        }
    }

    /** Parses a single TrueType face (not a collection) with FontBox. */
    static TrueTypeFont parse(byte[] face) throws IOException {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(face));
        } catch (RuntimeException e) {
            throw new IOException("damaged font tables: " + e, e);
        }
    }

    /** The glyph for the code point; 0 (the "missing" glyph) when the face has none. */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return codePoint >= 0 ? bmp[codePoint] : 0;
        }
        return supplementary.getOrDefault(codePoint, 0);
    }

    /** The advance of {@code text} in font units: each character's glyph, no kerning. */
    long advance(CharSequence text) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            units += advances.getAdvanceWidth(glyph(cp));
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

    int height() {
        return height;
    }

    /** The face's full name ("Times New Roman Bold Italic"). */
    String fullName() {
        return fullName;
    }

    /** The family a face names itself with ("Times New Roman"), from its English names. */
    static String family(TrueTypeFont font) throws IOException {
        NamingTable names = font.getNaming();
        if (names == null) {
            return "";
        }
        String family = names.getFontFamily();
        return family != null ? family : name(names, NAME_TYPOGRAPHIC_FAMILY, "");
    }

    /**
     * A name: the Windows Unicode record in US English if there is one, else the Macintosh Roman
     * one, else {@code fallback}.
     */
    private static String name(NamingTable names, int nameId, String fallback) {
        if (names == null) {
            return fallback;
        }
        String windows = names.getName(nameId, NameRecord.PLATFORM_WINDOWS, NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
                NameRecord.LANGUAGE_WINDOWS_EN_US);
        String mac = names.getName(nameId, NameRecord.PLATFORM_MACINTOSH, NameRecord.ENCODING_MACINTOSH_ROMAN,
                NameRecord.LANGUAGE_MACINTOSH_ENGLISH);
        return windows != null ? windows : mac != null ? mac : fallback;
    }
}
