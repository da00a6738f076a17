package vn.vanban.fonts;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

    /**
     * The layout measures a line as the sum of its words and spaces (MarkupReader balances a
     * title by trying many line lengths): that must equal measuring the joined text, to the bit.
     */
    @Property(tries = 300)
    void aLineMeasuresExactlyAsTheSumOfItsWordsAndSpaces(
            @ForAll @StringLength(max = 12) @Chars({'a', 'Đ', 'ứ', 'ệ', 'W', 'i', '1', '/', '-', '…'}) String a,
            @ForAll @StringLength(max = 12) @Chars({'b', 'Ộ', 'ạ', 'ữ', 'M', 'l', '0', ',', '“', 'ơ'}) String b,
            @ForAll boolean bold, @ForAll boolean italic, @ForAll @DoubleRange(min = 6, max = 30) double size) {
        FontSet f = FontSet.liberationSerif();
        long sum = f.units(a, bold, italic) + f.units(" ", bold, italic) + f.units(b, bold, italic);
        assertEquals(f.units(a + " " + b, bold, italic), sum);
        assertEquals(f.width(a + " " + b, size, bold, italic), f.points(sum, size, bold, italic));
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

    /**
     * The fonts' own tables read by FaceMetrics agree with java.awt.Font, an independent reader of
     * the same file: the same glyph coverage over the whole Basic Multilingual Plane, the same
     * widths (unhinted advances, no kerning) for random Vietnamese text, the same names.
     */
    @Test
    void coverageWidthsAndNamesAgreeWithJavaAwt() throws Exception {
        FontSet f = FontSet.liberationSerif();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
                + "pqrstuùúủũụưừứửữựvxyỳýỷỹỵAĂÂĐEÊIOÔƠUƯY0123456789 .,;:-–()/%“”";
        Random random = new Random(30);
        for (int face = 0; face < 4; face++) {
            boolean bold = (face & 1) != 0;
            boolean italic = (face & 2) != 0;
            Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(f.face(bold, italic)));
            // AWT calls controls, format characters and line/paragraph separators displayable
            // (it draws them as nothing); they are not the font's to cover.
            for (int cp = 0x20; cp < 0x10000; cp++) {
                int type = Character.getType(cp);
                if (!Character.isSurrogate((char) cp) && !Character.isISOControl(cp) && type != Character.FORMAT
                        && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                        && type != Character.PARAGRAPH_SEPARATOR) {
                    assertEquals(awt.canDisplay(cp), f.canDisplay(cp, bold, italic), "U+" + Integer.toHexString(cp));
                }
            }
            for (int n = 0; n < 300; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(60); i >= 0; i--) {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
                double size = 8 + random.nextInt(40) / 2.0;
                double expected = awt.deriveFont((float) size).getStringBounds(text.toString(), frc).getWidth();
                assertEquals(expected, f.width(text.toString(), size, bold, italic), 1e-3 + expected * 1e-6, text.toString());
            }
            assertEquals(awt.getFontName(Locale.ENGLISH), f.faceName(bold, italic));
        }
    }

    @Test
    void aFaceWithADamagedCharacterMapDoesNotHangTheFontSearch(@TempDir Path dir) throws Exception {
        byte[] face = FontSet.liberationSerif().face(false, false);
        int cmap = -1;
        for (int i = 0; i < uint16(face, 4); i++) {
            if (new String(face, 12 + 16 * i, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("cmap")) {
                cmap = int32(face, 12 + 16 * i + 8);
            }
        }
        int format4 = -1;
        for (int i = 0; i < uint16(face, cmap + 2); i++) {
            int sub = cmap + int32(face, cmap + 4 + 8 * i + 4);
            if (uint16(face, cmap + 4 + 8 * i) == 3 && uint16(face, sub) == 4) {
                format4 = sub;
            }
        }
        assertTrue(format4 > 0, "Liberation Serif has a Windows BMP subtable");
        // Overlapping segments, every one of them claiming almost the whole plane.
        int segments = uint16(face, format4 + 6) / 2;
        for (int seg = 0; seg < segments - 1; seg++) {
            int end = format4 + 14 + 2 * seg;
            int start = format4 + 16 + 2 * segments + 2 * seg;
            face[end] = (byte) 0xFF;
            face[end + 1] = (byte) 0xFE;
            face[start] = 0;
            face[start + 1] = 0;
        }
        byte[] damaged = face;
        // FontBox reads such a map (each segment once) rather than refusing it; what matters
        // is that reading it, and searching a folder with it, end in bounded time.
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            try {
                new FaceMetrics(damaged);
            } catch (java.io.IOException refused) {
                // as good as reading it
            }
            Files.write(dir.resolve("times.ttf"), damaged);
            assertTrue(FontSet.fromDirectory(dir, false).isEmpty());
        });
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) << 16 | uint16(b, at + 2);
    }
}
