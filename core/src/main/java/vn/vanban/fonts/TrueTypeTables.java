package vn.vanban.fonts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The tables of one TrueType face, read from its bytes: the table directory, and the big-endian
 * numbers the tables are made of. The one place that reads the font file format; the metrics of
 * {@link FontSet} and the PDF's font subsets are built on it.
 * <p>
 * Immutable: the bytes are never written (and not handed out). Every table the directory lists
 * is checked to lie inside the file, so reading a table's fixed fields cannot fail; offsets found
 * inside a table are the reader's to check.
 */
public final class TrueTypeTables {

    private final byte[] font;
    /** Tag → {offset, length}. */
    private final Map<String, int[]> tables = new HashMap<>();

    /**
     * @param font the bytes of a TrueType file (not a collection: a .ttc holds several faces)
     * @throws IOException when the bytes are not one TrueType or OpenType face, or a table lies
     *                     outside them
     */
    public TrueTypeTables(byte[] font) throws IOException {
        this.font = font;
        if (font.length < 12) {
            throw new IOException("too short for a font file (" + font.length + " bytes)");
        }
        int version = int32(0);
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */ && version != 0x4F54544F /* 'OTTO' */) {
            throw new IOException("not a single TrueType face (sfnt version 0x" + Integer.toHexString(version) + ")");
        }
        int count = uint16(4);
        if (12 + 16L * count > font.length) {
            throw new IOException("a table lies outside the font file");
        }
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            int offset = int32(entry + 8);
            int length = int32(entry + 12);
            if (offset < 0 || length < 0 || (long) offset + length > font.length) {
                throw new IOException("a table lies outside the font file");
            }
            tables.put(new String(font, entry, 4, StandardCharsets.ISO_8859_1), new int[] {offset, length});
        }
    }

    /** Whether the face has the table (tags are four characters: "glyf", "OS/2", "cvt "). */
    public boolean has(String tag) {
        return tables.containsKey(tag);
    }

    /** Where the table starts in the file. */
    public int offset(String tag) throws IOException {
        return entry(tag)[0];
    }

    /** The table's length in bytes. */
    public int length(String tag) throws IOException {
        return entry(tag)[1];
    }

    private int[] entry(String tag) throws IOException {
        int[] e = tables.get(tag);
        if (e == null) {
            throw new IOException("no '" + tag + "' table");
        }
        return e;
    }

    /**
     * Every glyph's advance and left side bearing, from 'hmtx', in font units.
     *
     * @param advances         indexed by glyph
     * @param leftSideBearings indexed by glyph, unsigned as stored
     */
    public record HorizontalMetrics(int[] advances, int[] leftSideBearings) {
    }

    /**
     * The horizontal metrics of every glyph ('maxp' counts them; 'hhea' says how many have a full
     * metric): the glyphs past the last full metric share its advance, as the format has it, and
     * their side bearings follow the full metrics.
     *
     * @throws IOException when the tables are missing or 'hmtx' is shorter than 'hhea' says
     */
    public HorizontalMetrics horizontalMetrics() throws IOException {
        try {
            return readHorizontalMetrics();
        } catch (IndexOutOfBoundsException e) {
            // Side bearings past the full metrics are read as FOP reads them, up to the file's end.
            throw new IOException("the 'hmtx' table runs past the end of the file", e);
        }
    }

    private HorizontalMetrics readHorizontalMetrics() throws IOException {
        int metrics = uint16(offset("hhea") + 34);
        int glyphs = Math.max(metrics, uint16(offset("maxp") + 4));
        if (metrics == 0 || 4L * metrics > length("hmtx")) {
            throw new IOException("the 'hmtx' table is shorter than 'hhea' says");
        }
        int hmtx = offset("hmtx");
        int[] advances = new int[glyphs];
        int[] bearings = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            boolean full = g < metrics;
            advances[g] = uint16(hmtx + 4 * Math.min(g, metrics - 1));
            bearings[g] = uint16(full ? hmtx + 4 * g + 2 : hmtx + 4 * metrics + 2 * (g - metrics));
        }
        return new HorizontalMetrics(advances, bearings);
    }

    /** The file's size in bytes. */
    public int size() {
        return font.length;
    }

    /** The unsigned 16-bit number at {@code at} in the file (big-endian, as in every table). */
    public int uint16(int at) {
        return (font[at] & 0xFF) << 8 | font[at + 1] & 0xFF;
    }

    /** The signed 16-bit number at {@code at}. */
    public int int16(int at) {
        return (short) uint16(at);
    }

    /** A 32-bit number, signed (offsets and lengths never reach 2 GB in a font). */
    public int int32(int at) {
        return uint16(at) << 16 | uint16(at + 2);
    }

    /** Copies {@code length} bytes of the file from {@code from} into {@code to} at {@code at}. */
    public void copy(int from, byte[] to, int at, int length) {
        System.arraycopy(font, from, to, at, length);
    }
}
