package vn.vanban.pdf;

import org.apache.fop.fonts.FontEventListener;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The remembering font table answers as FOP's own does, once per question. */
class RememberingFontInfoTest {

    private static final String[] TIMES = {"Times New Roman"};

    /** The faces a rendering registers (plus FOP's base-14 fallback family "any"). */
    private static <F extends FontInfo> F registered(F info) {
        info.addFontProperties("F1", "any", "normal", 400);
        info.addFontProperties("F2", "any", "italic", 400);
        info.addFontProperties("F3", "any", "normal", 700);
        info.addFontProperties("F4", "any", "italic", 700);
        info.addFontProperties("F15", "Times New Roman", "normal", 400);
        info.addFontProperties("F16", "Times New Roman", "normal", 700);
        info.addFontProperties("F17", "Times New Roman", "italic", 400);
        return info;
    }

    @Test
    void answersAsFopsTableDoesForExactFuzzyAndSubstitutedLookups() {
        FontInfo plain = registered(new FontInfo());
        FontInfo remembering = registered(new RememberingFontInfo());
        String[][] families = {TIMES, {"Times New Roman", "Arial"}, {"Arial"}, {"Arial", "Times New Roman"}};
        String[] styles = {"normal", "italic"};
        int[] weights = {100, 400, 500, 700, 900};
        for (String[] f : families) {
            for (String s : styles) {
                for (int w : weights) {
                    String q = Arrays.toString(f) + " " + s + " " + w;
                    assertArrayEquals(plain.fontLookup(f, s, w), remembering.fontLookup(f, s, w), q);
                    assertArrayEquals(plain.fontLookup(f, s, w), remembering.fontLookup(f, s, w), q + ", asked again");
                }
            }
        }
    }

    @Test
    void theSameQuestionGetsTheSameAnswerWithoutAskingFopAgain() {
        FontInfo info = registered(new RememberingFontInfo());
        AtomicInteger substitutions = new AtomicInteger();
        info.setEventListener(listener(substitutions));
        FontTriplet[] first = info.fontLookup(TIMES, "italic", 700); // no bold italic: substituted
        for (int i = 0; i < 5; i++) {
            // A new array with the same names, as each FO element's properties give.
            assertSame(first, info.fontLookup(TIMES.clone(), "italic", 700));
        }
        assertEquals(1, substitutions.get(), "the substitution is reported once, not once per word");
    }

    @Test
    void aCallerChangingItsArrayAfterwardsDoesNotChangeTheRememberedQuestion() {
        FontInfo info = registered(new RememberingFontInfo());
        String[] families = {"Times New Roman"};
        FontTriplet[] times = info.fontLookup(families, "normal", 400);
        families[0] = "Arial";
        assertEquals("any", info.fontLookup(families, "normal", 400)[0].getName());
        assertSame(times, info.fontLookup(TIMES, "normal", 400));
    }

    private static FontEventListener listener(AtomicInteger substitutions) {
        return new FontEventListener() {
            @Override
            public void fontSubstituted(Object source, FontTriplet requested, FontTriplet effective) {
                substitutions.incrementAndGet();
            }

            @Override
            public void fontLoadingErrorAtAutoDetection(Object source, String fontURL, Exception e) {
            }

            @Override
            public void glyphNotAvailable(Object source, char ch, String fontName) {
            }

            @Override
            public void fontDirectoryNotFound(Object source, String dir) {
            }

            @Override
            public void svgTextStrokedAsShapes(Object source, String fontFamily) {
            }
        };
    }
}
