package vn.vanban.fonts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSetTest {

    @Test
    void aDirectoryWithoutTimesNewRomanFallsBackToLiberationSerif(@TempDir Path dir) throws Exception {
        // A Liberation file under a Times-like name is still not Times New Roman: the name table decides.
        Files.write(dir.resolve("times.ttf"), FontSet.liberationSerif().face(false, false));
        FontSet f = FontSet.resolve(dir);
        assertTrue(f.name().equals("Liberation Serif") || f.name().equals(FontSet.TIMES_NEW_ROMAN), f.name());
        assertTrue(FontSet.fromDirectory(dir, false).isEmpty());
    }

    @Test
    void aMissingDirectoryIsNotAnError(@TempDir Path dir) {
        FontSet f = FontSet.resolve(dir.resolve("no-such-dir"));
        assertTrue(f.canDisplay('Ệ', true, true), f.name());
    }

    @Test
    void noGlyphIsWiderThanTheWidestAdvanceTheFacesState() {
        FontSet f = FontSet.liberationSerif();
        double widest = f.widestGlyphEm();
        assertTrue(widest > 1 && widest < 2, "Liberation Serif's widest advance: " + widest + " em");
        String sample = "WMmw—…‰%@ẴỮỵĐđ€₫©®™ǅǄ﷽ÆŒ";
        for (boolean bold : new boolean[] {false, true}) {
            for (boolean italic : new boolean[] {false, true}) {
                for (int cp : sample.codePoints().toArray()) {
                    double w = f.width(Character.toString(cp), 1000, bold, italic) / 1000;
                    assertTrue(w <= widest + 1e-6, Character.toString(cp) + " is " + w + " em");
                }
            }
        }
    }

    @Test
    void liberationSerifCoversVietnameseInEveryFace() {
        FontSet f = FontSet.liberationSerif();
        for (int face = 0; face < 4; face++) {
            boolean bold = (face & 1) != 0;
            boolean italic = (face & 2) != 0;
            "ỆỮỲẪđĐơƯ".codePoints().forEach(cp -> assertTrue(f.canDisplay(cp, bold, italic),
                    Integer.toHexString(cp)));
            assertFalse(f.canDisplay(0x4E2D, bold, italic));
        }
        assertEquals("Liberation Serif Bold Italic", f.faceName(true, true));
    }
}
