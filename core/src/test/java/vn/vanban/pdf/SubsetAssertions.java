package vn.vanban.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares an embedded font subset with FOP's for the same glyphs: the glyphs decoded (points,
 * on-curve flags, coordinates, components), the metrics and font-wide tables, no hints left, and
 * every checksum right — a reading of its own, not the subsetter's way of moving bytes.
 */
final class SubsetAssertions {

    private SubsetAssertions() {
    }

    /**
     * Asserts that {@code ours} has FOP's glyphs, metrics and font-wide tables, no hints, and
     * right checksums.
     */
    static void assertSameGlyphsWithoutHints(byte[] fop, byte[] ours, String what) {
        Map<String, int[]> theirs = tables(fop);
        Map<String, int[]> mine = tables(ours);
        Set<String> expected = new TreeSet<>(theirs.keySet());
        expected.removeAll(Set.of("cvt ", "fpgm", "prep"));
        assertEquals(expected, mine.keySet(), what + ": tables");
        for (String t : List.of("OS/2", "hhea", "hmtx", "post")) {
            if (theirs.containsKey(t)) {
                assertArrayEquals(table(fop, theirs, t), table(ours, mine, t), what + ": '" + t + "'");
            }
        }
        byte[] head = table(ours, mine, "head");
        byte[] fopHead = table(fop, theirs, "head");
        Arrays.fill(head, 8, 12, (byte) 0); // checkSumAdjustment, checked below
        Arrays.fill(fopHead, 8, 12, (byte) 0);
        assertArrayEquals(fopHead, head, what + ": 'head'");
        byte[] maxp = table(ours, mine, "maxp");
        byte[] fopMaxp = table(fop, theirs, "maxp");
        assertArrayEquals(Arrays.copyOf(fopMaxp, 14), Arrays.copyOf(maxp, 14), what + ": 'maxp' glyph and point counts");
        if (maxp.length >= 32) {
            assertEquals(1, uint16(maxp, 14), what + ": 'maxp' zones");
            assertArrayEquals(new byte[12], Arrays.copyOfRange(maxp, 16, 28), what + ": 'maxp' hinting maxima");
            assertArrayEquals(Arrays.copyOfRange(fopMaxp, 28, fopMaxp.length), Arrays.copyOfRange(maxp, 28, maxp.length), what + ": 'maxp' components");
        }
        int glyphs = uint16(maxp, 4);
        for (int g = 0; g < glyphs; g++) {
            Outline mineGlyph = Outline.of(ours, mine, g);
            assertEquals(Outline.of(fop, theirs, g).withoutInstructions(), mineGlyph, what + ": glyph " + g);
            assertEquals(0, mineGlyph.instructions(), what + ": glyph " + g + " keeps instructions");
        }
        assertChecksums(ours, mine, what);
    }

    /** Asserts that a font has no hinting tables and no glyph with instructions. */
    static void assertNoHints(byte[] font, String what) {
        Map<String, int[]> tables = tables(font);
        for (String hinting : List.of("cvt ", "fpgm", "prep")) {
            assertTrue(!tables.containsKey(hinting), what + " has '" + hinting + "'");
        }
        int glyphs = uint16(table(font, tables, "maxp"), 4);
        assertTrue(glyphs > 1, what + ": glyphs " + glyphs);
        for (int g = 0; g < glyphs; g++) {
            assertEquals(0, Outline.of(font, tables, g).instructions(), what + ": glyph " + g + " has instructions");
        }
    }

    /** One glyph decoded: its bounding box and points, or its components, and how many instruction bytes it has. */
    private record Outline(List<Integer> box, List<Integer> endPoints, List<Integer> points, List<Integer> components,
                           int instructions) {

        Outline withoutInstructions() {
            return new Outline(box, endPoints, points, components, 0);
        }

        static Outline of(byte[] font, Map<String, int[]> tables, int glyph) {
            int loca = tables.get("loca")[0];
            boolean longLoca = uint16(font, tables.get("head")[0] + 50) == 1;
            int from = longLoca ? int32(font, loca + 4 * glyph) : 2 * uint16(font, loca + 2 * glyph);
            int to = longLoca ? int32(font, loca + 4 * glyph + 4) : 2 * uint16(font, loca + 2 * glyph + 2);
            if (from == to) {
                return new Outline(List.of(), List.of(), List.of(), List.of(), 0);
            }
            int at = tables.get("glyf")[0] + from;
            int end = tables.get("glyf")[0] + to;
            List<Integer> box = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                box.add((int) (short) uint16(font, at + 2 * i));
            }
            int contours = box.get(0);
            at += 10;
            if (contours < 0) {
                List<Integer> components = new ArrayList<>();
                int flags;
                int instructions = 0;
                do {
                    flags = uint16(font, at);
                    components.add(flags & ~0x100); // "we have instructions", cleared in ours
                    components.add(uint16(font, at + 2));
                    int args = 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : 0)
                            + ((flags & 0x40) != 0 ? 4 : 0) + ((flags & 0x80) != 0 ? 8 : 0);
                    for (int i = at + 4; i < at + args; i++) {
                        components.add(font[i] & 0xFF);
                    }
                    at += args;
                    instructions |= flags & 0x100;
                } while ((flags & 0x20) != 0);
                int length = instructions != 0 ? uint16(font, at) + 2 : 0;
                assertTrue(at + length <= end, "components within the glyph");
                return new Outline(box, List.of(), List.of(), components, length);
            }
            List<Integer> endPoints = new ArrayList<>();
            for (int i = 0; i < contours; i++) {
                endPoints.add(uint16(font, at + 2 * i));
            }
            at += 2 * contours;
            int instructions = uint16(font, at);
            at += 2 + instructions;
            int n = contours == 0 ? 0 : endPoints.get(contours - 1) + 1;
            int[] flags = new int[n];
            for (int p = 0; p < n; ) {
                int f = font[at++] & 0xFF;
                int times = (f & 8) != 0 ? 1 + (font[at++] & 0xFF) : 1;
                for (int t = 0; t < times; t++) {
                    flags[p++] = f;
                }
            }
            List<Integer> points = new ArrayList<>();
            int[] xs = new int[n];
            int[] ys = new int[n];
            at = coordinates(font, at, flags, xs, 2, 16);
            at = coordinates(font, at, flags, ys, 4, 32);
            assertTrue(at <= end && end - at < 4, "a glyph's data fills it, but for padding: " + (end - at));
            for (int p = 0; p < n; p++) {
                points.add(flags[p] & 1);
                points.add(xs[p]);
                points.add(ys[p]);
            }
            return new Outline(box, endPoints, points, List.of(), instructions);
        }

        private static int coordinates(byte[] font, int at, int[] flags, int[] into, int shortBit, int sameBit) {
            int value = 0;
            for (int p = 0; p < flags.length; p++) {
                if ((flags[p] & shortBit) != 0) {
                    int d = font[at++] & 0xFF;
                    value += (flags[p] & sameBit) != 0 ? d : -d;
                } else if ((flags[p] & sameBit) == 0) {
                    value += (short) uint16(font, at);
                    at += 2;
                }
                into[p] = value;
            }
            return at;
        }
    }

    /** Each table's checksum in the directory, and the whole font's in 'head', as the format defines them. */
    private static void assertChecksums(byte[] font, Map<String, int[]> tables, String what) {
        long whole = sum(font, 0, font.length);
        assertEquals(0xB1B0AFBAL, whole & 0xFFFFFFFFL, what + ": the whole font's checksum");
        int count = uint16(font, 4);
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, StandardCharsets.ISO_8859_1);
            int[] t = tables.get(tag);
            long sum = sum(font, t[0], t[1]);
            if (tag.equals("head")) {
                sum -= int32(font, t[0] + 8) & 0xFFFFFFFFL;
            }
            assertEquals(int32(font, entry + 4), (int) sum, what + ": checksum of '" + tag + "'");
            assertEquals(0, t[0] % 4, what + ": '" + tag + "' starts on a 4-byte boundary");
        }
    }

    private static long sum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int b = 0; b < 4; b++) {
                word = word << 8 | (from + i + b < data.length && i + b < length ? data[from + i + b] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    /** Tag → {offset, length} of a font's tables. */
    private static Map<String, int[]> tables(byte[] font) {
        Map<String, int[]> tables = new TreeMap<>();
        int count = uint16(font, 4);
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            int length = int32(font, entry + 12);
            if (length > 0) { // FOP lists a table the face lacks with zeros
                tables.put(new String(font, entry, 4, StandardCharsets.ISO_8859_1), new int[] {int32(font, entry + 8), length});
            }
        }
        return tables;
    }

    private static byte[] table(byte[] font, Map<String, int[]> tables, String tag) {
        int[] t = tables.get(tag);
        return Arrays.copyOfRange(font, t[0], t[0] + t[1]);
    }

    /** The 'name' records as "platform/encoding/language/name" → the string's bytes in hexadecimal. */
    static Map<String, String> names(byte[] font) {
        int[] t = tables(font).get("name");
        int count = uint16(font, t[0] + 2);
        int strings = t[0] + uint16(font, t[0] + 4);
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int r = t[0] + 6 + 12 * i;
            String key = uint16(font, r) + "/" + uint16(font, r + 2) + "/" + uint16(font, r + 4) + "/" + uint16(font, r + 6);
            int from = strings + uint16(font, r + 10);
            names.put(key, HexFormat.of().formatHex(font, from, from + uint16(font, r + 8)));
        }
        return names;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) << 16 | uint16(b, at + 2);
    }
}
