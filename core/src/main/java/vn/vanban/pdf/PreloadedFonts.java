package vn.vanban.pdf;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDFontType;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontEventAdapter;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.base14.Base14FontCollection;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.TTFFile;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The four TrueType faces parsed once per renderer, instead of once or twice per rendering.
 * <p>
 * Why: FOP wraps each configured font in a {@code LazyFont} that parses the TrueType file on
 * first use in every rendering. Here each face is parsed once ({@link TTFFile}), what FOP's
 * loader takes from it is kept, and each rendering gets fresh {@link MultiByteFont}s built from
 * that — fresh because a font object records which glyphs a document used (the subset to embed)
 * and which missing-glyph warnings it gave, so sharing one between renderings would leak glyphs
 * and warnings across documents and threads. The build mirrors FOP's {@code OFFontLoader.buildFont} for a CID TrueType font; the
 * tables and arrays it shares (widths, boxes, cmap, kerning) are only read during rendering.
 * <p>
 * FOP is hooked through a document-handler override: a {@link PDFDocumentHandler} whose
 * configurator applies the usual PDF settings (PDF/A mode and the like) but sets fonts up from
 * here. FOP's own subsetter embeds the subsets, cut from faces without hints ({@link HintFreeFace}). Tests check that the pages equal those of FOP's own
 * font loading, glyph number for glyph number, and that the subsets differ only by the hints.
 */
final class PreloadedFonts {

    private static final System.Logger LOG = System.getLogger(PreloadedFonts.class.getName());

    private final String family;
    private final URI[] uris;
    private final Face[] parsed;
    private final InternalResourceResolver resolver;
    private final boolean kerning;

    /**
     * @param family   the font-family name the FO uses
     * @param uris     where FOP reads each face back when it embeds the subset (regular, bold,
     *                 italic, bold italic)
     * @param faces    the TrueType bytes in the same order
     * @param resolver resolves {@code uris}
     */
    PreloadedFonts(String family, URI[] uris, byte[][] faces, InternalResourceResolver resolver)
            throws IOException {
        this.family = family;
        this.uris = uris.clone();
        this.resolver = resolver;
        this.kerning = true;
        this.parsed = new Face[faces.length];
        for (int i = 0; i < faces.length; i++) {
            FontFileReader reader = new FontFileReader(new ByteArrayInputStream(faces[i]));
            String header = OFFontLoader.readHeader(reader);
            // No complex-script tables: shared between threads, FOP's would not be proven safe.
            TTFFile ttf = new TTFFile(kerning, false);
            if (!ttf.readFont(reader, header, (String) null)) {
                throw new IOException("the font has no Unicode cmap: " + uris[i]);
            }
            if (!ttf.isEmbeddable()) {
                throw new IOException("the font's licence forbids embedding: " + uris[i]);
            }
            parsed[i] = Face.of(ttf, kerning);
        }
    }

    /**
     * What FOP's loader takes from a parsed face for every font it builds, taken once here
     * (converting every glyph's width and box was 3% of a batch's time when done per document).
     * The fonts only read these arrays and maps. The parsed tables themselves are not kept: some
     * 25,000 small objects a face that every early garbage collection would copy.
     */
    private record Face(String fontName, String fullName, List<String> familyNames, String subFamilyName,
                        int capHeight, int xHeight, int ascender, int descender, int[] fontBBox,
                        int underlinePosition, int underlineThickness, int strikeoutPosition, int strikeoutThickness,
                        int flags, int stemV, int italicAngle, int weight,
                        int[] widths, Rectangle[] boxes, CMapSegment[] cmap, char[] bmpGlyphs,
                        Map<Integer, Map<Integer, Integer>> kerning) {
        static Face of(TTFFile ttf, boolean kerning) {
            Map<Integer, Map<Integer, Integer>> pairs = kerning && ttf.getKerning() != null
                    ? Collections.unmodifiableMap(new HashMap<>(ttf.getKerning())) : null;
            return new Face(ttf.getEmbedFontName().isEmpty() ? ttf.getPostScriptName() : ttf.getEmbedFontName(),
                    ttf.getFullName(), List.copyOf(ttf.getFamilyNames()), ttf.getSubFamilyName(),
                    ttf.getCapHeight(), ttf.getXHeight(), ttf.getLowerCaseAscent(), ttf.getLowerCaseDescent(),
                    ttf.getFontBBox(),
                    ttf.getUnderlinePosition() - ttf.getUnderlineThickness() / 2, ttf.getUnderlineThickness(),
                    ttf.getStrikeoutPosition() - ttf.getStrikeoutThickness() / 2, ttf.getStrikeoutThickness(),
                    ttf.getFlags(), Integer.parseInt(ttf.getStemV()), Integer.parseInt(ttf.getItalicAngle()),
                    ttf.getWeightClass(), ttf.getWidths(), ttf.getBoundingBoxes(),
                    ttf.getCMaps().toArray(new CMapSegment[0]), glyphTable(ttf.getCMaps()), pairs);
        }
    }

    /**
     * Each BMP character's glyph as FOP's MultiByteFont.findGlyphIndex finds it: the first
     * segment holding the character that gives a glyph other than 0 (0: none).
     */
    static char[] glyphTable(List<CMapSegment> segments) {
        char[] glyphs = new char[0x10000];
        for (CMapSegment seg : segments) {
            for (int c = Math.max(0, seg.getUnicodeStart()); c <= Math.min(0xFFFF, seg.getUnicodeEnd()); c++) {
                // TrueType numbers glyphs below 65536.
                int g = seg.getGlyphStartIndex() + c - seg.getUnicodeStart();
                if (glyphs[c] == 0 && g > 0 && g <= 0xFFFF) {
                    glyphs[c] = (char) g;
                }
            }
        }
        return glyphs;
    }

    /**
     * A CID TrueType font that finds a character's glyph in a table made once per face, and
     * remembers the number each glyph gets in the document's subset.
     * <p>
     * Why: FOP's MultiByteFont remembers glyphs only for the first 256 characters and scans the
     * character map's segments for every other one — most Vietnamese letters (ư, ơ, đ, ạ, ế…)
     * — several times per character (to pick the font, to measure, to draw). The table gives
     * the same answers. Should FOP add a private-use mapping to this font's map (it does so for
     * complex-script substitutions, which preloaded fonts never use), the font goes back to
     * FOP's own scan.
     */
    static class MappedFont extends MultiByteFont {
        private final char[] bmpGlyphs;
        private volatile boolean extended;
        /**
         * Each glyph's number in this document's subset, plus one (0: not used yet). FOP's subset
         * keeps that number in a map of boxed integers and looks it up for every character it
         * maps — to measure and again to draw; the number never changes once given, so it is
         * kept here too. A font serves one rendering, on one thread, like FOP's subset itself.
         */
        private char[] subsetGlyphs = new char[0];

        MappedFont(InternalResourceResolver resolver, EmbeddingMode mode, char[] bmpGlyphs) {
            super(resolver, mode);
            this.bmpGlyphs = bmpGlyphs;
        }

        @Override
        public int findGlyphIndex(int c) {
            return c >= 0 && c < bmpGlyphs.length && !extended ? bmpGlyphs[c] : super.findGlyphIndex(c);
        }

        @Override
        public char mapChar(char c) {
            int glyph = knownGlyph(c);
            int known = remembered(glyph);
            return known >= 0 ? (char) known : remember(glyph, super.mapChar(c));
        }

        @Override
        public int mapCodePoint(int cp) {
            int glyph = knownGlyph(cp);
            int known = remembered(glyph);
            return known >= 0 ? known : remember(glyph, (char) super.mapCodePoint(cp));
        }

        /**
         * The glyph of a character whose subset number may be remembered, else 0: a character
         * the face lacks goes through FOP each time, which warns of it and draws its .notdef.
         */
        private int knownGlyph(int c) {
            return c >= 0 && c < bmpGlyphs.length && !extended && !isCID() && isEmbeddable() ? bmpGlyphs[c] : 0;
        }

        /** The glyph's number in the subset if it has one already, else -1. */
        private int remembered(int glyph) {
            if (glyph > 0 && glyph < subsetGlyphs.length && subsetGlyphs[glyph] != 0) {
                notifyMapOperation();
                return subsetGlyphs[glyph] - 1;
            }
            return -1;
        }

        /** Keeps the number FOP gave {@code glyph} (0: not to be kept), on its first use. */
        private char remember(int glyph, char subsetGlyph) {
            if (glyph > 0) {
                if (glyph >= subsetGlyphs.length) {
                    subsetGlyphs = Arrays.copyOf(subsetGlyphs, Math.max(glyph + 1, 2 * subsetGlyphs.length));
                }
                subsetGlyphs[glyph] = (char) (subsetGlyph + 1);
            }
            return subsetGlyph;
        }

        @Override
        protected synchronized void addPrivateUseMapping(int pu, int gi) {
            extended = true;
            super.addPrivateUseMapping(pu, gi);
        }
    }

    /** A PDF document handler for one rendering, with this renderer's fonts. */
    IFDocumentHandler documentHandler(FOUserAgent ua) throws FOPException {
        PDFDocumentHandler handler = new PDFDocumentHandler(new IFContext(ua)) {
            @Override
            public IFDocumentHandlerConfigurator getConfigurator() {
                IFDocumentHandlerConfigurator standard = super.getConfigurator();
                return new IFDocumentHandlerConfigurator() {
                    @Override
                    public void configure(IFDocumentHandler h) throws FOPException {
                        standard.configure(h);
                    }

                    @Override
                    public void setupFontInfo(String mimeType, FontInfo fontInfo) {
                        // Base-14 first, as FOP does, so that font keys (F1…F14, then ours) match.
                        ua.getFontManager().setup(fontInfo, new FontCollection[] {
                            new Base14FontCollection(ua.getFontManager().isBase14KerningEnabled()),
                            collection(new FontEventAdapter(ua.getEventBroadcaster()))});
                    }
                };
            }
        };
        // FOP configures the handlers it makes itself; an override has to be configured here.
        handler.getConfigurator().configure(handler);
        return handler;
    }

    private FontCollection collection(FontEventAdapter events) {
        return (start, fontInfo) -> {
            int num = start;
            for (int i = 0; i < parsed.length; i++) {
                String key = "F" + num++;
                MultiByteFont font = build(i);
                font.setEventListener(events);
                fontInfo.addMetrics(key, font);
                fontInfo.addFontProperties(key, family, (i & 2) != 0 ? "italic" : "normal", (i & 1) != 0 ? 700 : 400);
            }
            return num;
        };
    }

    /** A fresh CID TrueType font over the shared parsed tables, as FOP's loader builds it. */
    private MultiByteFont build(int i) {
        Face face = parsed[i];
        MultiByteFont f = new MappedFont(resolver, EmbeddingMode.SUBSET, face.bmpGlyphs());
        f.setIsOTFFile(false);
        f.setTTCName(null);
        f.setSimulateStyle(false);
        f.setFontURI(uris[i]);
        f.setFontName(face.fontName());
        f.setFullName(face.fullName());
        f.setFamilyNames(new HashSet<>(face.familyNames()));
        f.setFontSubFamilyName(face.subFamilyName());
        f.setCapHeight(face.capHeight());
        f.setXHeight(face.xHeight());
        f.setAscender(face.ascender());
        f.setDescender(face.descender());
        f.setFontBBox(face.fontBBox().clone());
        f.setUnderlinePosition(face.underlinePosition());
        f.setUnderlineThickness(face.underlineThickness());
        f.setStrikeoutPosition(face.strikeoutPosition());
        f.setStrikeoutThickness(face.strikeoutThickness());
        f.setFlags(face.flags());
        f.setStemV(face.stemV());
        f.setItalicAngle(face.italicAngle());
        f.setMissingWidth(0);
        f.setWeight(face.weight());
        f.setCIDType(CIDFontType.CIDTYPE2);
        f.setWidthArray(face.widths());
        f.setBBoxArray(face.boxes());
        f.setCMap(face.cmap());
        // Kerning and advanced flags stay at the font's defaults, as FOP's loader leaves them.
        if (face.kerning() != null) {
            f.replaceKerningMap(face.kerning());
        }
        f.setEmbedURI(uris[i]);
        return f;
    }
}
