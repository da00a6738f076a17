package vn.vanban.pdf;

import vn.vanban.fonts.TrueTypeTables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cuts the glyphs a document used out of one TrueType face, for embedding in a PDF, from tables
 * read once per face, and without the face's hinting.
 * <p>
 * Why tables read once: FOP parses the whole face again for every subset it embeds — all 2,581
 * glyphs' metrics and locations of Liberation Serif, after copying its 370 KB — which cost about a
 * tenth of a plan's PDF and a quarter of what a rendering allocates. Here the table directory,
 * glyph locations and metrics are read at construction; a subset then copies only the used
 * glyphs' outlines and the few small tables a PDF's CID font needs, in FOP's layout: the tables in
 * its order, a long {@code loca}, a format-3 {@code post}, no {@code cmap} (a CID font is
 * addressed by glyph index), and the glyphs that composite glyphs are built from added after the
 * used ones, so that glyph numbers stay those FOP wrote into the page content.
 * <p>
 * Why without hinting: a TrueType face's hints (the {@code fpgm}, {@code prep} and {@code cvt }
 * tables and each glyph's instructions) fit outlines to a screen's pixel grid at small sizes;
 * they are half of Liberation Serif's glyph bytes and of every PDF's embedded fonts. Printed, or
 * at the zoom a page is read at, the letters are the same; on a 96 dpi screen a viewer that
 * applies hints (Ghostscript, PDFium) draws stems a little softer without them, and poppler,
 * which does not, draws the same pixels. Chrome's PDF output drops them the same way
 * (HarfBuzz's subsetter, "drop hints"), and PDF asks for the three tables only where
 * instructions use them. Dropping them makes a plan's PDF a third smaller and leaves zlib less to
 * compress. The outlines, metrics and glyph numbers are FOP's (tests compare the two subsets glyph
 * by glyph). The {@code name} table keeps the records a font is identified by (copyright, family,
 * style, unique and full name, version, PostScript name), without the long description and
 * license texts.
 * <p>
 * Immutable and thread-safe: the face's bytes are only read; each subset is written into an
 * array of its own.
 */
final class TrueTypeSubsetter {

    /** The tables of a CID subset in directory order (alphabetical, as the format requires). */
    private static final String[] DIRECTORY = {"OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"};
    private static final int POST_LENGTH = 32;
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

    private final TrueTypeTables font;
    /** Where each table of {@link #DIRECTORY} lies in the face: offset and length, -1 if absent. */
    private final int[] tableOffset;
    private final int[] tableLength;
    private final int glyf;
    /** Where each glyph starts in 'glyf', relative to the table; one entry per metric. */
    private final int[] glyphOffset;
    private final long lastLoca;
    private final int[] advance;
    private final int[] leftSideBearing;
    /** The face's 'name' table cut down to the records kept; null when it has none. */
    private final byte[] name;

    /**
     * Reads the face's table directory, glyph locations and horizontal metrics.
     *
     * @throws IOException when the bytes are not a single TrueType face with glyph outlines
     *                     (a collection or a CFF-flavoured OpenType font)
     */
    TrueTypeSubsetter(byte[] bytes) throws IOException {
        font = new TrueTypeTables(bytes);
        for (String required : new String[] {"head", "hhea", "hmtx", "maxp", "glyf", "loca"}) {
            if (!font.has(required)) {
                throw new IOException("no '" + required + "' table");
            }
        }
        tableOffset = new int[DIRECTORY.length];
        tableLength = new int[DIRECTORY.length];
        for (int i = 0; i < DIRECTORY.length; i++) {
            tableOffset[i] = font.has(DIRECTORY[i]) ? font.offset(DIRECTORY[i]) : -1;
            tableLength[i] = font.has(DIRECTORY[i]) ? font.length(DIRECTORY[i]) : -1;
        }
        glyf = font.offset("glyf");
        try {
            boolean longLoca = font.int16(font.offset("head") + 50) == 1;
            int glyphs = font.uint16(font.offset("maxp") + 4);
            TrueTypeTables.HorizontalMetrics hm = font.horizontalMetrics();
            advance = hm.advances();
            leftSideBearing = hm.leftSideBearings();
            glyphOffset = new int[advance.length];
            int loca = font.offset("loca");
            for (int i = 0; i < glyphs; i++) {
                glyphOffset[i] = longLoca ? font.int32(loca + 4 * i) : font.uint16(loca + 2 * i) << 1;
            }
            lastLoca = longLoca ? font.int32(loca + 4 * glyphs) & 0xFFFFFFFFL : (long) font.uint16(loca + 2 * glyphs) << 1;
            name = font.has("name") ? identifyingNames(font, font.offset("name")) : null;
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("a table points outside the font file", e);
        }
    }

    /**
     * The subset font with the given glyphs.
     *
     * @param used original glyph index → index in the subset (0, 1, 2 …), as FOP's
     *             {@code MultiByteFont.getUsedGlyphs()} gives them
     */
    byte[] subset(Map<Integer, Integer> used) {
        Map<Integer, Integer> glyphs = new HashMap<>(used);
        BitSet composites = addComponents(glyphs);
        Output out = new Output(capacity(glyphs));
        int[] entry = writeDirectory(out);
        int directoryEnd = out.size;
        int locaStart = reserveLoca(out, glyphs.size(), entry);
        writeGlyphs(out, glyphs, composites, locaStart, entry);
        copy(out, "OS/2", entry);
        int head = copy(out, "head", entry);
        // checkSumAdjustment is set last; indexToLocFormat is long (1).
        Arrays.fill(out.bytes, head + 8, head + 12, (byte) 0);
        out.bytes[head + 50] = 0;
        out.bytes[head + 51] = 1;
        out.checksum(head, length("head"), entry[index("head")]);
        int hhea = copy(out, "hhea", entry);
        out.uint16(hhea + length("hhea") - 2, glyphs.size());
        out.checksum(hhea, length("hhea"), entry[index("hhea")]);
        writeMetrics(out, glyphs, entry);
        int maxp = copy(out, "maxp", entry);
        out.uint16(maxp + 4, glyphs.size());
        if (length("maxp") >= 32) {
            // Version 1.0's hinting maxima, as for a face that never had hints: one zone, the rest 0.
            Arrays.fill(out.bytes, maxp + 14, maxp + 28, (byte) 0);
            out.uint16(maxp + 14, 1);
        }
        out.checksum(maxp, length("maxp"), entry[index("maxp")]);
        writeName(out, entry);
        writePost(out, entry);
        out.pad4();
        // The whole font's checksum is the directory's plus every table's, each table starting on
        // a 4-byte boundary with zeros between: no need to sum the whole file once more.
        int whole = Output.checksum(out.bytes, 0, directoryEnd);
        for (int e : entry) {
            whole += out.int32At(e);
        }
        out.int32(head + 8, 0xb1b0afba - whole);
        return Arrays.copyOf(out.bytes, out.size);
    }

    /**
     * Adds the glyphs that used composite glyphs are built from (after the used ones, in the order
     * of their original index) and returns which glyphs of the subset are composite.
     */
    private BitSet addComponents(Map<Integer, Integer> glyphs) {
        BitSet composites = new BitSet();
        TreeSet<Integer> components = new TreeSet<>();
        for (int g : glyphs.keySet()) {
            collect(g, glyphs, composites, components);
        }
        int next = glyphs.size();
        for (int g : components) {
            glyphs.put(g, next++);
        }
        return composites;
    }

    private void collect(int glyph, Map<Integer, Integer> used, BitSet composites, TreeSet<Integer> components) {
        if (!used.containsKey(glyph)) {
            components.add(glyph);
        }
        // Seen before: its components are in already (and a damaged font's cycle ends here).
        if (composites.get(glyph) || !isComposite(glyph)) {
            return;
        }
        composites.set(glyph);
        for (int at = glyphStart(glyph) + 10, flags = MORE_COMPONENTS; (flags & MORE_COMPONENTS) != 0;
                at += componentLength(flags)) {
            flags = font.uint16(at);
            collect(font.uint16(at + 2), used, composites, components);
        }
    }

    private boolean isComposite(int glyph) {
        return font.int16(glyphStart(glyph)) < 0;
    }

    private int glyphStart(int glyph) {
        return glyf + glyphOffset[glyph];
    }

    /** Bytes from one component record to the next: flags, index, arguments, transform. */
    private static int componentLength(int flags) {
        return 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2)
                + ((flags & WE_HAVE_A_SCALE) != 0 ? 2 : 0)
                + ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0 ? 4 : 0)
                + ((flags & WE_HAVE_A_TWO_BY_TWO) != 0 ? 8 : 0);
    }

    /** An upper bound of the subset's size, so that the output never has to grow. */
    private int capacity(Map<Integer, Integer> glyphs) {
        long size = 12 + 16L * DIRECTORY.length + 4 * (DIRECTORY.length + 1);
        for (String t : new String[] {"OS/2", "head", "hhea", "maxp"}) {
            size += Math.max(0, length(t));
        }
        int n = glyphs.size();
        // loca, hmtx, up to 3 bytes of padding after each glyph, and an empty glyf table's four
        size += 11L * n + 8 + POST_LENGTH + (name == null ? 0 : name.length);
        for (int g : glyphs.keySet()) {
            size += glyphLength(g);
        }
        return Math.toIntExact(size);
    }

    private int glyphLength(int glyph) {
        long next = glyph >= glyphOffset.length - 1 ? lastLoca : glyphOffset[glyph + 1];
        return (int) (next - glyphOffset[glyph]);
    }

    /** The header and one 16-byte entry per table; returns where each entry's checksum goes. */
    private static int[] writeDirectory(Output out) {
        int n = DIRECTORY.length;
        int power = 31 - Integer.numberOfLeadingZeros(n);
        out.int32(0, 0x00010000);
        out.uint16(4, n);
        out.uint16(6, (1 << power) * 16);
        out.uint16(8, power);
        out.uint16(10, n * 16 - (1 << power) * 16);
        int[] entry = new int[n];
        for (int i = 0; i < n; i++) {
            int at = 12 + 16 * i;
            for (int c = 0; c < 4; c++) {
                out.bytes[at + c] = (byte) DIRECTORY[i].charAt(c);
            }
            entry[i] = at + 4;
        }
        out.size = 12 + 16 * n;
        return entry;
    }

    /** Copies a table as it is; returns where it starts, or -1 when the face has none. */
    private int copy(Output out, String tag, int[] entry) {
        int i = index(tag);
        if (tableOffset[i] < 0) {
            return -1;
        }
        out.pad4();
        int start = out.size;
        font.copy(tableOffset[i], out.bytes, start, tableLength[i]);
        out.size += tableLength[i];
        out.checksum(start, tableLength[i], entry[i]);
        return start;
    }

    private int reserveLoca(Output out, int glyphs, int[] entry) {
        out.pad4();
        int start = out.size;
        int e = entry[index("loca")];
        out.int32(e + 4, start);
        out.int32(e + 8, glyphs * 4 + 4);
        out.size += glyphs * 4 + 4;
        return start;
    }

    private void writeGlyphs(Output out, Map<Integer, Integer> glyphs, BitSet composites, int loca, int[] entry) {
        out.pad4();
        int start = out.size;
        int[] original = new int[glyphs.size()];
        for (Map.Entry<Integer, Integer> g : glyphs.entrySet()) {
            if (g.getValue() < original.length) {
                original[g.getValue()] = g.getKey();
            }
        }
        for (int i = 0; i < original.length; i++) {
            int g = original[i];
            int at = out.size;
            out.int32(loca + 4 * i, at - start);
            int length = glyphLength(g);
            if (length == 0) {
                continue;
            }
            font.copy(glyphStart(g), out.bytes, at, length);
            out.size += composites.get(g)
                    ? renumberComponents(out.bytes, at, glyphs) - at
                    : withoutInstructions(out.bytes, at, length);
            // Zeros where the instructions were: padding, if anything, before the next glyph.
            Arrays.fill(out.bytes, out.size, at + length, (byte) 0);
            out.pad4();
        }
        int size = out.size - start;
        out.int32(loca + 4 * original.length, size);
        // Only empty glyphs (spaces, an empty .notdef): a table of four zeros, as readers may refuse an empty one.
        if (size == 0) {
            out.size += 4;
        }
        out.checksum(start, out.size - start, entry[index("glyf")]);
        out.int32(entry[index("loca")], Output.checksum(out.bytes, loca, original.length * 4 + 4));
    }

    /**
     * Drops a copied simple glyph's instructions, moving its flags and coordinates up over them;
     * returns the glyph's new length, without the padding the face may have had after it. A glyph
     * whose parts would run past its end is left as it is: a damaged font is drawn as well or as
     * badly as the face itself.
     */
    private static int withoutInstructions(byte[] bytes, int glyph, int length) {
        int end = glyph + length;
        int contours = uint16(bytes, glyph);
        int lengthAt = glyph + 10 + 2 * contours;
        if (lengthAt + 2 > end) {
            return length;
        }
        int points = contours == 0 ? 0 : uint16(bytes, lengthAt - 2) + 1;
        int flags = lengthAt + 2 + uint16(bytes, lengthAt);
        int coordinates = 0;
        int at = flags;
        for (int point = 0; point < points && at < end; at++) {
            int flag = bytes[at] & 0xFF;
            int times = 1;
            if ((flag & REPEAT_FLAG) != 0 && at + 1 < end) {
                times += bytes[++at] & 0xFF;
            }
            coordinates += times * (coordinateBytes(flag, X_SHORT_VECTOR, X_IS_SAME_OR_POSITIVE)
                    + coordinateBytes(flag, Y_SHORT_VECTOR, Y_IS_SAME_OR_POSITIVE));
            point += times;
        }
        int data = at - flags + coordinates;
        if (flags + data > end) {
            return length;
        }
        bytes[lengthAt] = 0;
        bytes[lengthAt + 1] = 0;
        System.arraycopy(bytes, flags, bytes, lengthAt + 2, data);
        return lengthAt + 2 - glyph + data;
    }

    /** Bytes one point's x or y takes: one when short, none when the same as the last, else two. */
    private static int coordinateBytes(int flag, int shortVector, int sameOrPositive) {
        return (flag & shortVector) != 0 ? 1 : (flag & sameOrPositive) != 0 ? 0 : 2;
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    /**
     * Points a copied composite glyph's components at their indices in the subset and clears
     * their "we have instructions" flag; returns where its last component ends, which leaves out
     * the instructions that followed it.
     */
    private static int renumberComponents(byte[] bytes, int glyph, Map<Integer, Integer> glyphs) {
        int at = glyph + 10;
        int flags;
        do {
            flags = uint16(bytes, at);
            bytes[at] = (byte) ((flags & ~WE_HAVE_INSTRUCTIONS) >> 8);
            int component = uint16(bytes, at + 2);
            int renumbered = glyphs.get(component);
            bytes[at + 2] = (byte) (renumbered >> 8);
            bytes[at + 3] = (byte) renumbered;
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        return at;
    }

    private void writeMetrics(Output out, Map<Integer, Integer> glyphs, int[] entry) {
        out.pad4();
        int start = out.size;
        for (Map.Entry<Integer, Integer> g : glyphs.entrySet()) {
            int at = start + 4 * g.getValue();
            out.uint16(at, advance[g.getKey()]);
            out.uint16(at + 2, leftSideBearing[g.getKey()]);
        }
        int size = glyphs.size() * 4;
        out.size += size;
        out.checksum(start, size, entry[index("hmtx")]);
    }

    private void writeName(Output out, int[] entry) {
        if (name == null) {
            return;
        }
        out.pad4();
        int start = out.size;
        System.arraycopy(name, 0, out.bytes, start, name.length);
        out.size += name.length;
        out.checksum(start, name.length, entry[index("name")]);
    }

    /**
     * The 'name' table with only the records up to {@link #LAST_NAME_KEPT}, each string copied
     * after the records in their order.
     */
    private static byte[] identifyingNames(TrueTypeTables font, int table) {
        int count = font.uint16(table + 2);
        int strings = table + font.uint16(table + 4);
        List<Integer> kept = new ArrayList<>();
        int stringBytes = 0;
        for (int i = 0; i < count; i++) {
            int record = table + 6 + 12 * i;
            if (font.uint16(record + 6) <= LAST_NAME_KEPT) {
                kept.add(record);
                stringBytes += font.uint16(record + 8);
            }
        }
        Output out = new Output(6 + 12 * kept.size() + stringBytes);
        out.uint16(2, kept.size());
        out.uint16(4, 6 + 12 * kept.size());
        int next = 0;
        for (int i = 0; i < kept.size(); i++) {
            int record = kept.get(i);
            int at = 6 + 12 * i;
            font.copy(record, out.bytes, at, 8);
            int length = font.uint16(record + 8);
            out.uint16(at + 8, length);
            out.uint16(at + 10, next);
            font.copy(strings + font.uint16(record + 10), out.bytes, 6 + 12 * kept.size() + next, length);
            next += length;
        }
        return out.bytes;
    }

    /** The 'post' table's header only, as format 3: no glyph names. */
    private void writePost(Output out, int[] entry) {
        int post = tableOffset[index("post")];
        if (post < 0) {
            return;
        }
        out.pad4();
        int start = out.size;
        font.copy(post, out.bytes, start, POST_LENGTH);
        out.bytes[start + 1] = 0x03;
        out.size += POST_LENGTH;
        out.checksum(start, POST_LENGTH, entry[index("post")]);
    }

    /** Where the table is in the subset's directory. */
    private static int index(String tag) {
        for (int i = 0; i < DIRECTORY.length; i++) {
            if (DIRECTORY[i].equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    /** The length of a table in the face; -1 when it has none. */
    private int length(String tag) {
        return tableLength[index(tag)];
    }

    /** The subset being written: positioned writes, and a size that only grows. */
    private static final class Output {
        final byte[] bytes;
        int size;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        void pad4() {
            size = (size + 3) & ~3;
        }

        void uint16(int at, int value) {
            bytes[at] = (byte) (value >> 8);
            bytes[at + 1] = (byte) value;
        }

        void int32(int at, int value) {
            uint16(at, value >>> 16);
            uint16(at + 2, value);
        }

        int int32At(int at) {
            return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
        }

        /** Writes a table's checksum, offset and length into its directory entry. */
        void checksum(int start, int length, int entry) {
            int32(entry, checksum(bytes, start, length));
            int32(entry + 4, start);
            int32(entry + 8, length);
        }

        /** A table's checksum: the sum of its big-endian 32-bit words, the last one zero-padded. */
        static int checksum(byte[] data, int start, int length) {
            int sum = 0; // modulo 2^32, as the format wants
            int end = Math.min(start + length, data.length);
            int i = start;
            for (; i + 3 < end; i += 4) {
                sum += (data[i] & 0xFF) << 24 | (data[i + 1] & 0xFF) << 16 | (data[i + 2] & 0xFF) << 8 | data[i + 3] & 0xFF;
            }
            for (int shift = 24; i < end; i++, shift -= 8) {
                sum += (data[i] & 0xFF) << shift;
            }
            return sum;
        }
    }
}
