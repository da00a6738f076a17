package vn.vanban.pdf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.MultiByteFont;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A font that remembers each glyph's number in the subset maps any text exactly as FOP's own
 * font: the same numbers, character by character, and the same subset left behind (glyphs in
 * order of first use, the character each was first met as) — missing characters included.
 */
class MappedFontProperties {

    private static final CMapSegment[][] CMAPS = new CMapSegment[4][];
    private static final char[][] TABLES = new char[4][];

    static {
        try {
            for (int i = 0; i < 4; i++) {
                List<CMapSegment> cmap = PreloadedFontsTest.liberationCMap(i);
                CMAPS[i] = cmap.toArray(new CMapSegment[0]);
                TABLES[i] = PreloadedFonts.glyphTable(cmap);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MultiByteFont embeddable(MultiByteFont f, int face) {
        f.setCMap(CMAPS[face].clone());
        f.setEmbedURI(URI.create("test:/face" + face));
        return f;
    }

    @Property(tries = 300)
    void anyTextMapsAsFopsOwnFont(@ForAll @IntRange(min = 0, max = 3) int face,
                                  @ForAll("texts") List<Integer> text,
                                  @ForAll("calls") List<Boolean> byCodePoint) {
        MultiByteFont fop = embeddable(new MultiByteFont(null, EmbeddingMode.SUBSET), face);
        MultiByteFont mapped = embeddable(new PreloadedFonts.MappedFont(null, EmbeddingMode.SUBSET, TABLES[face]), face);
        List<Integer> fopOut = new ArrayList<>();
        List<Integer> mappedOut = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            int c = text.get(i);
            // FOP asks both ways: mapChar while laying out and drawing, mapCodePoint for a code point.
            if (byCodePoint.get(i % byCodePoint.size())) {
                fopOut.add(fop.mapCodePoint(c));
                mappedOut.add(mapped.mapCodePoint(c));
            } else {
                fopOut.add((int) fop.mapChar((char) c));
                mappedOut.add((int) mapped.mapChar((char) c));
            }
        }
        assertEquals(fopOut, mappedOut);
        assertEquals(fop.getUsedGlyphs(), mapped.getUsedGlyphs());
        assertEquals(new String(fop.getCIDSet().getChars()), new String(mapped.getCIDSet().getChars()));
        assertEquals(fop.hadMappingOperations(), mapped.hadMappingOperations());
    }

    /** Vietnamese letters and spaces mostly, repeated as text repeats them, some characters no face has. */
    @Provide
    Arbitrary<List<Integer>> texts() {
        Arbitrary<Integer> vietnamese = Arbitraries.of("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩị"
                + "óòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠ .,;:()/-–0123456789").map(c -> (int) c.charAt(0));
        Arbitrary<Integer> anyBmp = Arbitraries.integers().between(0x20, 0xFFFD)
                .filter(c -> !Character.isSurrogate((char) (int) c));
        Arbitrary<Integer> missing = Arbitraries.of(0x2060, 0x4E00, 0x0E01, 0xE000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, vietnamese), net.jqwik.api.Tuple.of(2, anyBmp), net.jqwik.api.Tuple.of(1, missing))
                .list().ofMinSize(1).ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<Boolean>> calls() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(7);
    }
}
