package vn.vanban.pdf;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.vanban.fonts.FontSet;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stands between the FO writer and FOP and gives every character the face lacks (an emoji,
 * another script) a place of its own: a placeholder glyph the face has, "□", in an
 * {@code fo:inline} that carries the character itself ({@code fox:abbreviation}, which FOP
 * writes into the tag as /E; {@link PdfMending} turns it into the /ActualText the text is
 * extracted by).
 * <p>
 * An invisible format character the face lacks (a word joiner, a bidi mark) is left out instead.
 * <p>
 * Why: FOP sets such a character in the face's glyph for '#' but measured it as nothing, so the
 * '#' overprinted the text after it, and every such character was extracted as the first of
 * them (a subset maps one glyph to one character). The warnings are GlyphCheck's, as before.
 * <p>
 * The face of each piece of text follows the FO's own inherited {@code font-weight} and
 * {@code font-style}. Only text directly inside {@code fo:block} or {@code fo:inline} is looked
 * at: bookmark titles and metadata are Unicode strings, set in no font.
 */
final class MissingGlyphs extends XMLFilterImpl {

    static final String PLACEHOLDER = "\u25A1";
    private static final String FOX_NS = "http://xmlgraphics.apache.org/fop/extensions";
    private static final int ZWJ = 0x200D;

    private final FontSet fonts;
    /** Per open element: bold, italic, and whether its text is set in a font. */
    private final Deque<boolean[]> faces = new ArrayDeque<>();
    private int replaced;

    MissingGlyphs(FontSet fonts, ContentHandler fop) {
        this.fonts = fonts;
        setContentHandler(fop);
    }

    /** How many characters were given a placeholder. */
    int replaced() {
        return replaced;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        boolean[] parent = faces.isEmpty() ? new boolean[3] : faces.peek();
        String weight = atts.getValue("font-weight");
        String style = atts.getValue("font-style");
        boolean bold = weight == null ? parent[0] : weight.equals("bold") || weight.matches("[6-9]00");
        boolean italic = style == null ? parent[1] : style.equals("italic") || style.equals("oblique");
        // A wrapper holds the lines of a paragraph set line by line (FoText): its text is running text.
        boolean text = FoWriter.FO_NS.equals(uri) && (localName.equals("block") || localName.equals("inline")
                || localName.equals("wrapper"));
        faces.push(new boolean[] {bold, italic, text});
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        faces.pop();
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        boolean[] face = faces.peek();
        if (face == null || !face[2]) {
            super.characters(ch, start, length);
            return;
        }
        int from = start;
        int end = start + length;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(ch, i, end);
            int next = i + Character.charCount(cp);
            if (GlyphCheck.isMissing(cp, fonts, face[0], face[1])) {
                next = clusterEnd(ch, next, end, cp == ZWJ, face);
                super.characters(ch, from, i - from);
                if (!GlyphCheck.invisible(cp) || next > i + Character.charCount(cp)) {
                    placeholder(new String(ch, i, next - i), face);
                }
                from = next;
            }
            i = next;
        }
        super.characters(ch, from, end - from);
    }

    /**
     * Where the characters that belong to a missing one end: marks, variation selectors, skin
     * tones and joiners, and what a joiner joins ("👍🏽", "❤️" and "👩‍💻" are one placeholder each).
     */
    private int clusterEnd(char[] ch, int at, int end, boolean afterJoiner, boolean[] face) {
        boolean joined = afterJoiner;
        while (at < end) {
            int cp = Character.codePointAt(ch, at, end);
            int type = Character.getType(cp);
            boolean belongs = joined || cp == ZWJ || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.FORMAT || (cp >= 0x1F3FB && cp <= 0x1F3FF);
            if (!belongs || !GlyphCheck.isMissing(cp, fonts, face[0], face[1])) {
                return at;
            }
            joined = cp == ZWJ;
            at += Character.charCount(cp);
        }
        return at;
    }

    private void placeholder(String missing, boolean[] face) throws SAXException {
        AttributesImpl a = new AttributesImpl();
        a.addAttribute(FOX_NS, "abbreviation", "fox:abbreviation", "CDATA", missing);
        String shown = fonts.canDisplay(PLACEHOLDER.codePointAt(0), face[0], face[1]) ? PLACEHOLDER : "?";
        super.startElement(FoWriter.FO_NS, "inline", "fo:inline", a);
        super.characters(shown.toCharArray(), 0, shown.length());
        super.endElement(FoWriter.FO_NS, "inline", "fo:inline");
        replaced++;
    }
}
