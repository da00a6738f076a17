package vn.vanban.pdf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.TTFFile;
import org.apache.fop.fonts.truetype.TTFSubSetFile;
import vn.vanban.fonts.FontSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FOP's subsets of a hint-free face are its subsets of the face itself without the hinting: for
 * any set of glyphs of any of the four faces (and of the system's fonts), in any order of first
 * use, the same glyph numbers, outlines, metrics and font-wide tables, no instructions left, and
 * every checksum right. The outlines are compared decoded — points, on-curve flags, coordinates,
 * components — so the comparison does not share HintFreeFace's way of moving bytes.
 */
class HintFreeFaceProperties {

    private static final FontSet FONTS = FontSet.liberationSerif();
    private static final byte[][] FACES = new byte[4][];
    private static final byte[][] HINT_FREE = new byte[4][];
    private static final TTFFile[] PARSED = new TTFFile[4];

    static {
        try {
            for (int i = 0; i < 4; i++) {
                FACES[i] = FONTS.face((i & 1) != 0, (i & 2) != 0);
                HINT_FREE[i] = HintFreeFace.of(FACES[i]);
                FontFileReader reader = new FontFileReader(new ByteArrayInputStream(FACES[i]));
                PARSED[i] = new TTFFile();
                PARSED[i].readFont(reader, OFFontLoader.readHeader(reader), (String) null);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Property(tries = 200)
    void anyGlyphsOfAnyFaceGiveFopsGlyphsWithoutHints(@ForAll @IntRange(min = 0, max = 3) int face,
                                         @ForAll("glyphLists") List<Integer> glyphs) throws IOException {
        int count = PARSED[face].getWidths().length;
        Map<Integer, Integer> used = new LinkedHashMap<>();
        used.put(0, 0); // .notdef comes first in every FOP subset
        for (int g : glyphs) {
            used.putIfAbsent(g % count, used.size());
        }
        SubsetAssertions.assertSameGlyphsWithoutHints(fop(face, used), fop(HINT_FREE[face], used), "face " + face);
    }

    @Provide
    Arbitrary<List<Integer>> glyphLists() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(300);
    }

    @Example
    void everyVietnameseLetterInBothCasesGivesFopsGlyphsWithoutHints() throws IOException {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        String text = letters + letters.toUpperCase(java.util.Locale.ROOT) + " 0123456789.,;:-–—()/\"'“”%";
        for (int face = 0; face < 4; face++) {
            Map<Integer, Integer> used = new LinkedHashMap<>();
            used.put(0, 0);
            for (int cp : text.codePoints().toArray()) {
                used.putIfAbsent(glyph(face, cp), used.size());
            }
            assertTrue(used.size() > 150, "glyphs: " + used.size());
            byte[] subset = fop(HINT_FREE[face], used);
            byte[] fop = fop(face, used);
            assertTrue(HINT_FREE[face].length < FACES[face].length * 8 / 10, "the face without hints: "
                    + HINT_FREE[face].length + " bytes against " + FACES[face].length);
            SubsetAssertions.assertSameGlyphsWithoutHints(fop, subset, "face " + face);
            assertTrue(subset.length < FACES[face].length / 10, "a subset, not the face: " + subset.length);
            // Liberation Serif is hinted: half of what FOP embeds is hints and the long texts of 'name'
            assertTrue(subset.length < fop.length * 6 / 10, subset.length + " bytes against FOP's " + fop.length);
        }
    }

    @Example
    void onlyNotdefGivesFopsGlyphWithoutHints() throws IOException {
        Map<Integer, Integer> used = Map.of(0, 0);
        SubsetAssertions.assertSameGlyphsWithoutHints(fop(0, used), fop(HINT_FREE[0], used), "only .notdef");
    }

    @Example
    void theNameTableKeepsTheIdentifyingRecordsAsTheFaceHasThem() throws IOException {
        for (int face = 0; face < 4; face++) {
            Map<Integer, Integer> used = Map.of(0, 0, glyph(face, 'a'), 1);
            Map<String, String> kept = SubsetAssertions.names(fop(HINT_FREE[face], used));
            Map<String, String> all = SubsetAssertions.names(FACES[face]);
            Map<String, String> identifying = new TreeMap<>(all);
            identifying.keySet().removeIf(k -> Integer.parseInt(k.split("/")[3]) > 6);
            assertEquals(identifying, kept, "face " + face);
            assertTrue(kept.keySet().stream().anyMatch(k -> k.endsWith("/6")), "a PostScript name");
            assertTrue(all.size() > kept.size(), "the face has the longer texts too");
        }
    }

    @Example
    void aFaceWithoutTheHintingTablesGivesFopsGlyphs() throws IOException {
        // DejaVu, for one, has no 'fpgm': renaming the tags hides the tables from both readers.
        for (String hidden : new String[] {"fpgm", "cvt ", "prep"}) {
            byte[] face = FACES[0].clone();
            int tables = (face[4] & 0xFF) << 8 | face[5] & 0xFF;
            for (int i = 0; i < tables; i++) {
                int entry = 12 + 16 * i;
                if (new String(face, entry, 4, StandardCharsets.ISO_8859_1).equals(hidden)) {
                    face[entry] = 'z';
                }
            }
            Map<Integer, Integer> used = new LinkedHashMap<>();
            used.put(0, 0);
            for (int cp : "Kế hoạch số 36/KH-UBND".codePoints().toArray()) {
                used.putIfAbsent(glyph(0, cp), used.size());
            }
            SubsetAssertions.assertSameGlyphsWithoutHints(fop(face, used), fop(HintFreeFace.of(face), used),
                    "without '" + hidden + "'");
        }
    }

    /**
     * The bundled faces all have a long 'loca'; the system's fonts bring the short one and other
     * makers' tables (on this project's machines: DejaVu, Liberation 1 and 2, OpenSymbol).
     */
    @Example
    void everyTrueTypeFontOfTheSystemGivesFopsGlyphsWithoutHints() throws IOException {
        Path dir = Path.of("/usr/share/fonts");
        Assume.that(Files.isDirectory(dir));
        List<Path> fonts;
        try (var walk = Files.walk(dir, 4)) {
            fonts = walk.filter(f -> f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).sorted().limit(80).toList();
        }
        java.util.Random random = new java.util.Random(11);
        int compared = 0;
        for (Path f : fonts) {
            byte[] bytes = Files.readAllBytes(f);
            byte[] ours;
            TTFFile parsed = new TTFFile();
            try {
                ours = HintFreeFace.of(bytes);
                FontFileReader reader = new FontFileReader(new ByteArrayInputStream(bytes));
                parsed.readFont(reader, OFFontLoader.readHeader(reader), (String) null);
            } catch (IOException e) {
                continue; // not a face either reader takes (a collection, CFF outlines)
            }
            int count = parsed.getWidths().length;
            for (int n = 0; n < 8; n++) {
                Map<Integer, Integer> used = new LinkedHashMap<>();
                used.put(0, 0);
                for (int i = random.nextInt(Math.min(300, count)); i >= 0; i--) {
                    used.putIfAbsent(random.nextInt(count), used.size());
                }
                SubsetAssertions.assertSameGlyphsWithoutHints(fop(bytes, used), fop(ours, used), f.toString());
            }
            compared++;
        }
        Assume.that(compared > 0);
    }

    @Example
    void aCollectionACffFontOrADamagedFaceIsRefusedSoThatFopEmbedsItAsItIs() {
        byte[] otto = Arrays.copyOf("OTTO".getBytes(StandardCharsets.ISO_8859_1), 64);
        byte[] ttc = Arrays.copyOf("ttcf".getBytes(StandardCharsets.ISO_8859_1), 64);
        assertThrows(IOException.class, () -> HintFreeFace.of(otto));
        assertThrows(IOException.class, () -> HintFreeFace.of(ttc));
        byte[] truncated = Arrays.copyOf(FACES[0], 200);
        assertThrows(IOException.class, () -> HintFreeFace.of(truncated));
    }

    private static byte[] fop(int face, Map<Integer, Integer> used) throws IOException {
        return fop(FACES[face], used);
    }

    private static byte[] fop(byte[] face, Map<Integer, Integer> used) throws IOException {
        FontFileReader reader = new FontFileReader(new ByteArrayInputStream(face));
        String header = OFFontLoader.readHeader(reader);
        TTFSubSetFile subset = new TTFSubSetFile();
        subset.readFont(reader, null, header, used);
        return subset.getFontSubset();
    }

    private static int glyph(int face, int codePoint) {
        for (CMapSegment s : PARSED[face].getCMaps()) {
            if (codePoint >= s.getUnicodeStart() && codePoint <= s.getUnicodeEnd()) {
                return s.getGlyphStartIndex() + codePoint - s.getUnicodeStart();
            }
        }
        throw new AssertionError("no glyph for U+" + Integer.toHexString(codePoint));
    }
}
