package vn.vanban.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TrueType face without its hinting, made once when FOP is set up; FOP then cuts and embeds
 * its subsets as usual.
 * <p>
 * Why: a face's hints (the {@code fpgm}, {@code prep} and {@code cvt } tables and each glyph's
 * instructions) fit outlines to a screen's pixel grid at small sizes. They are half of
 * Liberation Serif's glyph bytes, and so of every PDF's embedded fonts; printed, or at the zoom
 * a page is read at, the letters are the same, and poppler, which ignores hints, draws the same
 * pixels (Ghostscript and PDFium draw stems a little softer at 96 dpi). Chrome's PDF output drops
 * them the same way. Without them the sample's PDF is about a third smaller (docs/design.md). The
 * {@code name} table keeps the records a face is identified by (copyright, family, style, unique
 * and full name, version, PostScript name), without the long description and license texts;
 * a digital signature ({@code DSIG}) would no longer match and goes too.
 * <p>
 * Outlines, metrics, character map and glyph numbers are unchanged: only instructions are cut out
 * of each glyph (which takes walking its points' flags to find where its outline ends). FontBox
 * reads the table directory and the glyph locations.
 */
final class HintFreeFace {

    private static final Set<String> DROPPED = Set.of("fpgm", "prep", "cvt ", "DSIG");
    /** The 'name' records kept: copyright, family, subfamily, unique name, full name, version, PostScript name. */
    private static final int LAST_NAME_KEPT = 6;
    // Composite glyph component flags (the 'glyf' table's specification).
    private static final int ARG_1_AND_2_ARE_WORDS = 1;
    private static final int WE_HAVE_A_SCALE = 1 << 3;
    private static final int MORE_COMPONENTS = 1 << 5;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6;
    private static final int WE_HAVE_A_TWO_BY_TWO = 1 << 7;
    private static final int WE_HAVE_INSTRUCTIONS = 1 << 8;
    // Simple glyph point flags.
    private static final int X_SHORT_VECTOR = 1 << 1;
    private static final int Y_SHORT_VECTOR = 1 << 2;
    private static final int REPEAT_FLAG = 1 << 3;
    private static final int X_IS_SAME_OR_POSITIVE = 1 << 4;
    private static final int Y_IS_SAME_OR_POSITIVE = 1 << 5;

    private HintFreeFace() {
    }

    /**
     * The face without hints.
     *
     * @throws IOException when the bytes are not a single TrueType face with glyph outlines, or
     *                     its glyph data is damaged
     */
    static byte[] of(byte[] face) throws IOException {
        try {
            return strip(new TTFParser().parse(new RandomAccessReadBuffer(face)));
        } catch (RuntimeException e) {
            // Offsets that point outside a table; FontBox's own checks throw unchecked ones too.
            throw new IOException("damaged glyph data: " + e, e);
        }
    }

    private static byte[] strip(TrueTypeFont font) throws IOException {
        Map<String, TTFTable> directory = font.getTableMap();
        TTFTable glyf = directory.get("glyf");
        if (glyf == null || font.getIndexToLocation() == null) {
            throw new IOException("no TrueType glyph outlines ('glyf' and 'loca')");
        }
        long[] locations = font.getIndexToLocation().getOffsets();
        byte[] glyphs = font.getTableBytes(glyf);
        ByteArrayOutputStream newGlyphs = new ByteArrayOutputStream(glyphs.length);
        ByteBuffer newLocations = ByteBuffer.allocate(4 * locations.length);
        for (int g = 0; g + 1 < locations.length; g++) {
            newLocations.putInt(newGlyphs.size());
            int from = (int) locations[g];
            int to = (int) Math.min(locations[g + 1], glyphs.length);
            if (to > from) {
                newGlyphs.write(withoutInstructions(ByteBuffer.wrap(glyphs, from, to - from).slice()));
                while (newGlyphs.size() % 4 != 0) {
                    newGlyphs.write(0);
                }
            }
        }
        newLocations.putInt(newGlyphs.size());

        Map<String, byte[]> tables = new TreeMap<>();
        for (TTFTable t : directory.values()) {
            if (!DROPPED.contains(t.getTag())) {
                tables.put(t.getTag(), font.getTableBytes(t));
            }
        }
        tables.put("glyf", newGlyphs.toByteArray());
        tables.put("loca", newLocations.array());
        ByteBuffer head = ByteBuffer.wrap(tables.get("head"));
        head.putShort(50, (short) 1); // long 'loca' offsets
        head.putInt(8, 0);            // checkSumAdjustment, set once the file is complete
        ByteBuffer maxp = ByteBuffer.wrap(tables.get("maxp"));
        if (maxp.capacity() >= 32) {
            // No instructions left to need twilight points, storage, functions or a stack.
            maxp.putShort(14, (short) 1);
            for (int at = 16; at < 28; at += 2) {
                maxp.putShort(at, (short) 0);
            }
        }
        if (tables.containsKey("name")) {
            tables.put("name", identifyingNames(ByteBuffer.wrap(tables.get("name"))));
        }
        return assemble(tables);
    }

    /** One glyph's description with its instructions (and any padding after it) left out. */
    private static byte[] withoutInstructions(ByteBuffer glyph) {
        int contours = glyph.getShort(0);
        if (contours >= 0) {
            int at = 10 + 2 * contours;
            int instructions = glyph.getShort(at) & 0xFFFF;
            int points = contours == 0 ? 0 : (glyph.getShort(at - 2) & 0xFFFF) + 1;
            int outline = outlineLength(glyph, at + 2 + instructions, points);
            byte[] out = new byte[at + 2 + outline];
            glyph.get(0, out, 0, at);
            glyph.get(at + 2 + instructions, out, at + 2, outline);
            return out;
        }
        byte[] out = new byte[glyph.limit()];
        glyph.get(0, out);
        ByteBuffer composite = ByteBuffer.wrap(out);
        int at = 10;
        int flags;
        do {
            flags = composite.getShort(at) & 0xFFFF;
            composite.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        // The instructions, if any, follow the last component.
        return Arrays.copyOf(out, at);
    }

    /** The bytes of a simple glyph's point flags and coordinates, which start at {@code at}. */
    private static int outlineLength(ByteBuffer glyph, int at, int points) {
        int flagBytes = 0;
        int coordinateBytes = 0;
        for (int p = 0; p < points; flagBytes++) {
            int flags = glyph.get(at + flagBytes) & 0xFF;
            int times = 1;
            if ((flags & REPEAT_FLAG) != 0) {
                times += glyph.get(at + ++flagBytes) & 0xFF;
            }
            int x = (flags & X_SHORT_VECTOR) != 0 ? 1 : (flags & X_IS_SAME_OR_POSITIVE) != 0 ? 0 : 2;
            int y = (flags & Y_SHORT_VECTOR) != 0 ? 1 : (flags & Y_IS_SAME_OR_POSITIVE) != 0 ? 0 : 2;
            coordinateBytes += times * (x + y);
            p += times;
        }
        int length = flagBytes + coordinateBytes;
        if (at + length > glyph.limit()) {
            throw new IndexOutOfBoundsException("a glyph's points run past its end");
        }
        return length;
    }

    /** The 'name' table with only the records a face is identified by. */
    private static byte[] identifyingNames(ByteBuffer name) {
        int count = name.getShort(2) & 0xFFFF;
        int strings = name.getShort(4) & 0xFFFF;
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int record = 6 + 12 * i;
            if ((name.getShort(record + 6) & 0xFFFF) > LAST_NAME_KEPT) {
                continue;
            }
            int length = name.getShort(record + 8) & 0xFFFF;
            int offset = name.getShort(record + 10) & 0xFFFF;
            ByteBuffer r = ByteBuffer.allocate(12);
            r.put(0, name.array(), record, 8);
            r.putShort(8, (short) length);
            r.putShort(10, (short) text.size());
            records.writeBytes(r.array());
            text.write(name.array(), strings + offset, length);
            kept++;
        }
        ByteBuffer out = ByteBuffer.allocate(6 + records.size() + text.size());
        out.putShort((short) 0).putShort((short) kept).putShort((short) (6 + records.size()));
        out.put(records.toByteArray()).put(text.toByteArray());
        return out.array();
    }

    /** An sfnt file of the tables, in tag order, with their checksums and the file's in 'head'. */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += padded(t.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * (count - power)));
        int at = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] data = t.getValue();
            out.put(t.getKey().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(checksum(ByteBuffer.wrap(Arrays.copyOf(data, padded(data.length)))));
            out.putInt(at).putInt(data.length);
            out.put(at, data);
            headAt = t.getKey().equals("head") ? at : headAt;
            at += padded(data.length);
        }
        out.putInt(headAt + 8, 0xB1B0AFBA - checksum(out.clear()));
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of the big-endian 32-bit words, as the format defines a table's checksum. */
    private static int checksum(ByteBuffer words) {
        int sum = 0;
        while (words.remaining() >= 4) {
            sum += words.getInt();
        }
        return sum;
    }
}
