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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The four TrueType faces parsed once per renderer, instead of once per rendering: the one class
 * that reaches into FOP's internals.
 * <p>
 * Why: FOP wraps each configured font in a {@code LazyFont} that parses the TrueType file on
 * first use in every rendering (a font cache does not change that: it only keeps what font
 * auto-detection finds). Here each face is parsed once ({@link TTFFile}), what FOP's loader
 * takes from it is kept, and each rendering gets fresh {@link MultiByteFont}s built from that —
 * fresh because a font object records which glyphs a document used (the subset to embed) and
 * which missing-glyph warnings it gave, so sharing one between renderings would leak glyphs and
 * warnings across documents and threads. Measured against FOP's own set-up, in turns, on the
 * sample: a fifth less CPU per warm PDF (docs/design.md has the figures).
 * <p>
 * What it mirrors of FOP 2.11, and so must be checked against a new FOP ({@code
 * PreloadedFontsTest} fails on any other version): {@code OFFontLoader.buildFont} for a CID
 * TrueType font, and the font set-up of {@code PDFDocumentHandler}'s configurator, reached
 * through {@link FOUserAgent#setDocumentHandlerOverride}. The tables and arrays the fonts share
 * (widths, boxes, cmap, kerning) are only read during rendering. Tests check that the pages
 * equal those of FOP's own font loading byte for byte.
 */
final class PreloadedFonts {

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
                        int[] widths, Rectangle[] boxes, CMapSegment[] cmap,
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
                    ttf.getCMaps().toArray(new CMapSegment[0]), pairs);
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
        MultiByteFont f = new MultiByteFont(resolver, EmbeddingMode.SUBSET);
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
