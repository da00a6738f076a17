package vn.vanban.pdf;

import vn.vanban.fonts.TrueTypeTables;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cuts the glyphs a document used out of one TrueType face, for embedding in a PDF: the same
 * bytes as FOP's {@code TTFSubSetFile} writes, from tables read once per face instead of once per
 * document.
 * <p>
 * Why: FOP parses the whole face again for every subset it embeds — all 2,581 glyphs' metrics
 * and locations of Liberation Serif, after copying its 370 KB — which cost about a tenth of a
 * plan's PDF and a quarter of what a rendering allocates. Here the table directory, glyph
 * locations and metrics are read at construction; a subset then copies only the tables FOP
 * copies and the used glyphs' outlines. The output is FOP's, byte for byte (tests compare the
 * two over random glyph sets), so a PDF does not change with the route its fonts took: same
 * table order, twelve zero bytes after the glyphs, a long {@code loca}, a format-3
 * {@code post}, no {@code cmap} (a CID font is addressed by glyph index), and the glyphs that
 * composite glyphs are built from added after the used ones.
 * <p>
 * Immutable and thread-safe: the face's bytes are only read; each subset is written into an
 * array of its own.
 */
final class TrueTypeSubsetter {

    /** The tables of a CID subset in directory order (alphabetical, as the format requires). */
    private static final String[] DIRECTORY = {
        "OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"};
    /** Tables listed only when the face has them; the others are always listed. */
    private static final String[] OPTIONAL = {"cvt ", "fpgm", "prep"};
    private static final int POST_LENGTH = 32;
    // Composite glyph component flags (the 'glyf' table's specification).
    private static final int ARG_1_AND_2_ARE_WORDS = 1;
    private static final int WE_HAVE_A_SCALE = 1 << 3;
    private static final int MORE_COMPONENTS = 1 << 5;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6;
    private static final int WE_HAVE_A_TWO_BY_TWO = 1 << 7;

    private final TrueTypeTables font;
    private final String[] directory;
    /** Where each table of {@link #directory} lies in the face: offset and length, -1 if absent. */
    private final int[] tableOffset;
    private final int[] tableLength;
    private final int glyf;
    /** Where each glyph starts in 'glyf', relative to the table; one entry per metric. */
    private final int[] glyphOffset;
    private final long lastLoca;
    private final int[] advance;
    private final int[] leftSideBearing;

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
        directory = Arrays.stream(DIRECTORY)
                .filter(t -> font.has(t) || !Arrays.asList(OPTIONAL).contains(t))
                .toArray(String[]::new);
        tableOffset = new int[directory.length];
        tableLength = new int[directory.length];
        for (int i = 0; i < directory.length; i++) {
            tableOffset[i] = font.has(directory[i]) ? font.offset(directory[i]) : -1;
            tableLength[i] = font.has(directory[i]) ? font.length(directory[i]) : -1;
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
        copy(out, "cvt ", entry);
        copy(out, "fpgm", entry);
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
        out.checksum(maxp, length("maxp"), entry[index("maxp")]);
        copy(out, "name", entry);
        writePost(out, entry);
        copy(out, "prep", entry);
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
        long size = 12 + 16L * directory.length + 4 * (directory.length + 1);
        for (String t : new String[] {"cvt ", "fpgm", "OS/2", "head", "hhea", "maxp", "name", "prep"}) {
            size += Math.max(0, length(t));
        }
        int n = glyphs.size();
        size += 8L * n + 4 + 12 + POST_LENGTH;
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
    private int[] writeDirectory(Output out) {
        int n = directory.length;
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
                out.bytes[at + c] = (byte) directory[i].charAt(c);
            }
            entry[i] = at + 4;
        }
        out.size = 12 + 16 * n;
        return entry;
    }

    /** Copies a table as it is; returns where it starts, or -1 when the face has none. */
    private int copy(Output out, String tag, int[] entry) {
        int i = index(tag);
        if (i < 0 || tableOffset[i] < 0) {
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
        int end = 0;
        for (int i = 0; i < original.length; i++) {
            int g = original[i];
            int length = glyphLength(g);
            int at = out.size;
            font.copy(glyphStart(g), out.bytes, at, length);
            // An empty glyph "is" composite when the glyph after it is (FOP reads on into it, and
            // keeps the components it finds there); it has no bytes of its own to renumber.
            if (composites.get(g) && length > 0) {
                renumberComponents(out.bytes, at, glyphs);
            }
            out.int32(loca + 4 * i, at - start);
            end = Math.max(end, at - start + length);
            out.size += length;
        }
        int size = out.size - start;
        out.size += 12;
        out.checksum(start, size + 12, entry[index("glyf")]);
        out.int32(loca + 4 * original.length, end);
        out.int32(entry[index("loca")], Output.checksum(out.bytes, loca, original.length * 4 + 4));
    }

    /** Points a copied composite glyph's components at their indices in the subset. */
    private static void renumberComponents(byte[] bytes, int glyph, Map<Integer, Integer> glyphs) {
        int at = glyph + 10;
        int flags;
        do {
            flags = (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
            int component = (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
            int renumbered = glyphs.get(component);
            bytes[at + 2] = (byte) (renumbered >> 8);
            bytes[at + 3] = (byte) renumbered;
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
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

    /** Where the table is in the subset's directory; -1 for an optional table the face lacks. */
    private int index(String tag) {
        for (int i = 0; i < directory.length; i++) {
            if (directory[i].equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    /** The length of a table in the face; -1 when it has none. */
    private int length(String tag) {
        int i = index(tag);
        return i < 0 ? -1 : tableLength[i];
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
