package vn.vanban.docx4j.check;

import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STTheme;
import org.docx4j.wml.STThemeColor;
import org.docx4j.wml.STVerticalAlignRun;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Effective properties of DOCX paragraphs and runs as the rules need them: docx4j's
 * {@link PropertyResolver} applies the document defaults, the style chain and direct formatting;
 * theme fonts are looked up in the theme part. Fonts are read as the document names them: docx4j's
 * font mapper (which would put a substitute in their place) is never asked.
 */
final class DocxProperties {

    private final PropertyResolver resolver;
    private final ThemePart theme;

    DocxProperties(PropertyResolver resolver, ThemePart theme) {
        this.resolver = resolver;
        this.theme = theme;
    }

    /** A style by its id (a table's style, for its cell margins), or null. */
    org.docx4j.wml.Style tableStyle(String id) {
        return id == null ? null : resolver.getStyle(id);
    }

    PPr effective(PPr direct) {
        PPr p = resolver.getEffectivePPr(direct);
        return p == null ? new PPr() : p;
    }

    RPr effective(RPr direct, PPr paragraph) {
        RPr r = resolver.getEffectiveRPr(direct, paragraph);
        return r == null ? new RPr() : r;
    }

    /** A run's text with its effective style. */
    Block.Span span(String text, RPr r) {
        return new Block.Span(text, font(r.getRFonts()), r.getSz() == null ? 10 : r.getSz().getVal().doubleValue() / 2,
                on(r.getB()), on(r.getI()), on(r.getCaps()), colour(r), highlighted(r), script(r));
    }

    /**
     * The fonts a run's Latin text is shown in: Vietnamese letters outside ASCII (ạ, ư, ế…) take the
     * hAnsi font, the others the ascii one, so both count; one name when they agree, null when the
     * document names none.
     */
    private String font(RFonts f) {
        if (f == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        add(names, f.getAscii(), f.getAsciiTheme());
        add(names, f.getHAnsi(), f.getHAnsiTheme());
        return names.isEmpty() ? null : String.join(" / ", names);
    }

    private void add(Set<String> names, String name, STTheme themed) {
        if (themed != null && theme != null) {
            try {
                String t = theme.getFontFromTheme(themed);
                if (t != null) {
                    names.add(t);
                    return;
                }
            } catch (Docx4JException | RuntimeException e) {
                // A theme without that font: fall back on the name written beside the theme reference.
            }
        }
        if (name != null) {
            names.add(name);
        }
    }

    private static String colour(RPr r) {
        if (r.getColor() == null) {
            return null;
        }
        STThemeColor themed = r.getColor().getThemeColor();
        if (themed == STThemeColor.TEXT_1 || themed == STThemeColor.DARK_1) {
            return null;
        }
        String v = r.getColor().getVal();
        if (v == null || v.equalsIgnoreCase("auto") || v.equals("000000")) {
            return themed == null ? null : themed.value();
        }
        return v.toUpperCase(Locale.ROOT);
    }

    private static boolean highlighted(RPr r) {
        return r.getHighlight() != null && r.getHighlight().getVal() != null && !r.getHighlight().getVal().equals("none");
    }

    private static boolean script(RPr r) {
        return r.getVertAlign() != null && r.getVertAlign().getVal() != STVerticalAlignRun.BASELINE;
    }

    /** A paragraph's effective properties in points. */
    static Block.Para para(PPr p, String style) {
        PPrBase.Ind ind = p.getInd();
        double firstLine = 0;
        double left = 0;
        double right = 0;
        if (ind != null) {
            firstLine = ind.getHanging() != null ? -pt(ind.getHanging()) : pt(ind.getFirstLine());
            left = pt(ind.getLeft() != null ? ind.getLeft() : ind.getStart());
            right = pt(ind.getRight() != null ? ind.getRight() : ind.getEnd());
        }
        PPrBase.Spacing sp = p.getSpacing();
        double before = 0;
        double after = 0;
        boolean exact = false;
        double line = 1;
        if (sp != null) {
            before = sp.isBeforeAutospacing() ? 14 : pt(sp.getBefore());
            after = sp.isAfterAutospacing() ? 14 : pt(sp.getAfter());
            STLineSpacingRule rule = sp.getLineRule();
            exact = rule == STLineSpacingRule.EXACT || rule == STLineSpacingRule.AT_LEAST;
            if (sp.getLine() != null) {
                line = exact ? pt(sp.getLine()) : sp.getLine().doubleValue() / 240;
            }
        }
        boolean border = p.getPBdr() != null && p.getPBdr().getBottom() != null
                && p.getPBdr().getBottom().getVal() != STBorder.NONE && p.getPBdr().getBottom().getVal() != STBorder.NIL;
        return new Block.Para(align(p.getJc() == null ? null : p.getJc().getVal()), firstLine, left, right, before, after,
                on(p.getContextualSpacing()), style, exact, line, border);
    }

    static Block.Align align(JcEnumeration jc) {
        if (jc == null) {
            return Block.Align.LEFT;
        }
        return switch (jc) {
            case CENTER -> Block.Align.CENTER;
            case RIGHT, END -> Block.Align.RIGHT;
            case BOTH, DISTRIBUTE, THAI_DISTRIBUTE, HIGH_KASHIDA, LOW_KASHIDA, MEDIUM_KASHIDA -> Block.Align.JUSTIFY;
            default -> Block.Align.LEFT;
        };
    }

    static boolean on(BooleanDefaultTrue b) {
        return b != null && b.isVal();
    }

    /** Twips to points. */
    static double pt(BigInteger twips) {
        return twips == null ? 0 : twips.doubleValue() / 20;
    }
}
