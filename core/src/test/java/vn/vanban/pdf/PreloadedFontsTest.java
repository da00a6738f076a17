package vn.vanban.pdf;

import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.TTFFile;
import org.junit.jupiter.api.Test;
import vn.vanban.fonts.FontSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreloadedFontsTest {

    /** The character map of a bundled Liberation Serif face (0 regular, 1 bold, 2 italic, 3 bold italic), as FOP reads it. */
    static List<CMapSegment> liberationCMap(int face) throws IOException {
        FontFileReader reader = new FontFileReader(new ByteArrayInputStream(
                FontSet.liberationSerif().face((face & 1) != 0, (face & 2) != 0)));
        TTFFile ttf = new TTFFile(false, false);
        assertTrue(ttf.readFont(reader, OFFontLoader.readHeader(reader), (String) null), "a Unicode cmap");
        return ttf.getCMaps();
    }

    /** Every BMP character, in every face, finds the glyph FOP's own segment scan finds. */
    @Test
    void theGlyphTableAnswersAsFopsCharacterMapScan() throws Exception {
        for (int face = 0; face < 4; face++) {
            List<CMapSegment> segments = liberationCMap(face);
            MultiByteFont fop = new MultiByteFont(null, EmbeddingMode.SUBSET);
            fop.setCMap(segments.toArray(new CMapSegment[0]));
            char[] table = PreloadedFonts.glyphTable(segments);
            int found = 0;
            for (int c = 0; c <= 0xFFFF; c++) {
                int fopGlyph = fop.findGlyphIndex(c);
                if (fopGlyph != table[c]) {
                    assertEquals(fopGlyph, table[c], "face " + face + " U+" + Integer.toHexString(c));
                }
                found += table[c] != 0 ? 1 : 0;
            }
            assertTrue(found > 1000, "a real character map: " + found);
        }
    }

    /** Later segments only fill characters the earlier ones left without a glyph, as FOP's scan does. */
    @Test
    void theFirstSegmentWithAGlyphWins() {
        List<CMapSegment> segments = new ArrayList<>(List.of(
                new CMapSegment(0x41, 0x43, 10),   // A B C → 10 11 12
                new CMapSegment(0x42, 0x44, 50),   // B C D → 50 51 52: only D is new
                new CMapSegment(0x45, 0x45, 0),    // E → glyph 0, i.e. none
                new CMapSegment(0x45, 0x45, 7)));  // E → 7
        char[] table = PreloadedFonts.glyphTable(segments);
        assertEquals("10 11 12 52 7 0", String.format("%d %d %d %d %d %d",
                (int) table[0x41], (int) table[0x42], (int) table[0x43], (int) table[0x44], (int) table[0x45], (int) table[0x46]));
        MultiByteFont fop = new MultiByteFont(null, EmbeddingMode.SUBSET);
        fop.setCMap(segments.toArray(new CMapSegment[0]));
        for (int c = 0x40; c <= 0x46; c++) {
            assertEquals(fop.findGlyphIndex(c), table[c]);
        }
    }
}
