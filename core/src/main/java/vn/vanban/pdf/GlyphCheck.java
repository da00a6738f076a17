package vn.vanban.pdf;

import org.apache.fop.util.CharUtilities;
import vn.vanban.common.Warning;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.load.Problems;
import vn.vanban.layout.LayoutProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the characters the chosen face cannot show, to warn of them: each is set as a
 * placeholder ({@link MissingGlyphs}).
 */
final class GlyphCheck {

    private GlyphCheck() {
    }

    /** One warning per missing character and paragraph, in document order, about the paragraph's field. */
    static List<Warning> missing(LayoutDocument doc, LayoutProfile profile, FontSet fonts) {
        Set<Warning> out = new LinkedHashSet<>();
        doc.sections().forEach(s -> blocks(s.blocks(), profile, fonts, out));
        return new ArrayList<>(out);
    }

    private static void blocks(List<LayoutDocument.Block> blocks, LayoutProfile profile, FontSet fonts,
                               Set<Warning> out) {
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                paragraph(p, profile, fonts, out);
            } else if (b instanceof LayoutDocument.FirstPageFoot f) {
                f.paragraphs().forEach(p -> paragraph(p, profile, fonts, out));
            } else if (b instanceof LayoutDocument.Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> blocks(c.blocks(), profile, fonts, out)));
            }
        }
    }

    /** What a paragraph's missing characters have in common for one warning: the face, and whether they are left out. */
    private record Lack(String face, boolean leftOut) {
    }

    /** The most characters one warning names; a paragraph in another script lacks hundreds. */
    private static final int NAMED = 12;

    /**
     * One warning per face and kind (printed as a placeholder, or left out) in a paragraph, naming
     * its missing characters: one paragraph of Chinese gave 300 lines, one per character.
     */
    private static void paragraph(LayoutDocument.Paragraph p, LayoutProfile profile, FontSet fonts,
                                  Set<Warning> out) {
        LayoutProfile.ParagraphStyle st = profile.style(p.style());
        Map<Lack, Set<Integer>> missing = new LinkedHashMap<>();
        for (LayoutDocument.Span span : p.spans()) {
            if (span.note() != null) {
                span.note().paragraphs().forEach(n -> paragraph(n, profile, fonts, out));
            }
            boolean bold = st.bold() || span.bold();
            boolean italic = st.italic() || span.italic();
            String text = FoText.nfc(span.text()); // as FOP is given it
            text.codePoints().filter(cp -> isMissing(cp, fonts, bold, italic)).forEach(cp -> missing
                    .computeIfAbsent(new Lack(fonts.faceName(bold, italic), invisible(cp)), k -> new LinkedHashSet<>())
                    .add(cp));
        }
        missing.forEach((lack, cps) -> {
            boolean left = lack.leftOut();
            List<String> named = cps.stream().limit(NAMED).map(cp -> String.format(Locale.ROOT, "U+%04X '%s'", cp,
                    new String(Character.toChars(cp)))).toList();
            String which = cps.size() == 1 ? named.get(0) + " is"
                    : String.join(", ", named) + (cps.size() > NAMED ? " and " + (cps.size() - NAMED) + " more" : "")
                    + " are";
            String done = left ? (cps.size() == 1 ? "it is" : "they are") + " left out"
                    : (cps.size() == 1 ? "it prints" : "they print") + " as '" + MissingGlyphs.PLACEHOLDER + "'";
            out.add(new Warning(p.field(), which + " not in the font " + lack.face()
                    + "; " + done + " (paragraph \"" + firstWords(p.text()) + "\")"));
        });
    }

    /** Whether the face lacks the character, which then needs a placeholder. */
    static boolean isMissing(int cp, FontSet fonts, boolean bold, boolean italic) {
        return !drawnAsNothing(cp) && !fonts.canDisplay(cp, bold, italic);
    }

    /** An invisible format character (a joiner, a bidi mark): without a glyph, it is left out. */
    static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    /** A tab, or a character FOP takes for a line break (it draws no glyph for either). */
    private static boolean drawnAsNothing(int cp) {
        return cp == '\t' || CharUtilities.isExplicitBreak(cp);
    }

    /**
     * The paragraph's first few words, enough to find it, and never more than a short excerpt: a
     * paragraph of 10,000 emoji has no spaces, and its warning must not echo it whole.
     */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        String first = String.join(" ", Arrays.asList(words).subList(0, Math.min(6, words.length)));
        return Problems.excerpt(words.length > 6 ? first + " …" : first);
    }
}
