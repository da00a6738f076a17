package vn.vanban.pdf;

import org.junit.jupiter.api.Test;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.ProfileLoader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paragraph a missing-glyph warning names is quoted short, whatever the paragraph is; a
 * number's non-breaking hyphen, which Liberation Serif lacks, is printed as its "-" and no warning.
 */
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

    @Test
    void aNonBreakingHyphenIsPrintedAsTheFacesHyphenNotWarnedOf() {
        LayoutDocument doc = new LayoutDocument(new LayoutDocument.Metadata("t", "s", "a", "vi-VN", null),
                List.of(new LayoutDocument.Section(false, false, List.of(new LayoutDocument.Paragraph("body",
                        List.of(LayoutDocument.Span.plain("Kế hoạch số 12/KH\u2011UBND"),
                                new LayoutDocument.Span(" và 05/TTr\u2011ĐCXD", true, true)))))));
        FontSet fonts = FontSet.liberationSerif();
        assertTrue(!fonts.canDisplay('\u2011', false, false), "the face has no U+2011 of its own");
        assertEquals(List.of(), GlyphCheck.missing(doc, ProfileLoader.loadDefault(), fonts));
        assertEquals("12/KH-UBND", FoText.nfc("12/KH\u2011UBND"));
    }
}
