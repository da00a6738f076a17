package vn.vanban.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paragraph a missing-glyph warning names is quoted short, whatever the paragraph is. */
class GlyphCheckTest {

    @Test
    void aParagraphWithoutSpacesIsNotEchoedWhole() {
        String emoji = "😀".repeat(10_000);
        String words = GlyphCheck.firstWords(emoji);
        assertTrue(words.codePointCount(0, words.length()) <= 60, words);
        assertTrue(words.endsWith("…"), words);
    }

    @Test
    void ordinaryTextGivesItsFirstSixWords() {
        assertEquals("Tổ chức tuyên truyền, phổ biến …",
                GlyphCheck.firstWords("Tổ chức tuyên truyền, phổ biến các văn bản quy phạm pháp luật"));
        assertEquals("Chữ 😀 ngắn", GlyphCheck.firstWords("  Chữ 😀 ngắn "));
    }
}
