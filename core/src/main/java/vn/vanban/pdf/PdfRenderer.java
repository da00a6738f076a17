package vn.vanban.pdf;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;
import vn.vanban.common.VanbanException;
import vn.vanban.common.Warning;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.LineSetter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link LayoutDocument} to PDF with Apache FOP.
 * <p>
 * Build one renderer and reuse it: construction resolves the fonts (see
 * {@link FontSet#resolve(java.nio.file.Path)}) and sets up FOP once; {@link #render} is
 * thread-safe, each call having its own FOP user agent.
 * <p>
 * The output is reproducible: the creation date is the document's own date at 00:00 UTC (never
 * the clock; UTC so that the instant does not depend on the machine, though FOP writes it in the
 * JVM's default zone: machines in different zones write it differently), the producer is fixed,
 * and the file identifier is a digest of the content (see {@link ReproducibleStream}). Fonts
 * are served to FOP from memory under a private URI scheme: nothing is read from or written to
 * disk at rendering time and nothing goes to the network. The PDF is tagged PDF/UA-1
 * (accessible), its language is the document's, and optionally PDF/A-2b too; what FOP writes
 * short of the standards is mended after it ({@code PdfMending}).
 */
public final class PdfRenderer {

    private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());
    private static final String SCHEME = "vanban-font";
    private static final String[] FACE_KEYS = {"regular", "bold", "italic", "bold-italic"};
    /** Fixed so the bytes do not change with FOP's version string. */
    static final String PRODUCER = "vanban (Apache FOP)";
    static final String CREATOR = "vanban";
    /** The title of a document whose layout has none ("document"). */
    static final String UNTITLED = "Văn bản";

    private final LayoutProfile profile;
    private final PdfOptions options;
    private final FontSet fonts;
    private final FoWriter foWriter;
    private final LineSetter lines;
    /**
     * FOP factories, each used by one rendering at a time. A factory's configuration is a DOM that
     * every rendering reads (FOUserAgent.getRendererConfiguration), and DOM reads are not
     * thread-safe: shared across threads it failed now and then with a NullPointerException. So
     * each concurrent rendering borrows a factory of its own; there are as many as the most
     * renderings ever at once, and the fonts stay shared (parsed once, see PreloadedFonts).
     */
    private final java.util.Queue<FopFactory> factories = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final MemoryFontResolver resolver;
    /** Null when FOP loads the fonts itself (kept for tests that compare the two). */
    private final PreloadedFonts preloaded;

    /**
     * Sets up FOP with the fonts the options point to.
     *
     * @throws VanbanException when FOP cannot be configured
     */
    public PdfRenderer(LayoutProfile profile, PdfOptions options) {
        this(profile, options, FontSet.resolve(options.fontsDir()), true);
    }

    /**
     * Sets up FOP with fonts already resolved from {@code options.fontsDir()} (a caller resolving
     * them while it does something else).
     *
     * @throws VanbanException when FOP cannot be configured
     */
    public PdfRenderer(LayoutProfile profile, PdfOptions options, FontSet fonts) {
        this(profile, options, fonts, true);
    }

    /**
     * @param preload parse the fonts once here (true) or let FOP parse them in every rendering
     */
    PdfRenderer(LayoutProfile profile, PdfOptions options, boolean preload) {
        this(profile, options, FontSet.resolve(options.fontsDir()), preload);
    }

    private PdfRenderer(LayoutProfile profile, PdfOptions options, FontSet fonts, boolean preload) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.options = Objects.requireNonNull(options, "options");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.foWriter = new FoWriter(profile);
        this.lines = new LineSetter(profile, fonts);
        byte[][] faces = new byte[4][];
        URI[] uris = new URI[4];
        for (int i = 0; i < 4; i++) {
            faces[i] = hintFree(fonts.face((i & 1) != 0, (i & 2) != 0), fonts.faceName((i & 1) != 0, (i & 2) != 0));
            uris[i] = URI.create(SCHEME + ":/" + FACE_KEYS[i]);
        }
        this.resolver = new MemoryFontResolver(faces);
        factories.add(buildFactory(resolver)); // configuration errors surface here, not at the first render
        try {
            // With complex scripts the fonts would share FOP's GSUB/GPOS tables between threads,
            // which FOP never does itself; that path is not proven safe, so FOP loads them then.
            this.preloaded = preload && !options.complexScripts() ? new PreloadedFonts(profile.fontFamily(), uris, faces,
                    ResourceResolverFactory.createInternalResourceResolver(URI.create(SCHEME + ":/"), resolver)) : null;
        } catch (IOException e) {
            throw new VanbanException("cannot read the font " + fonts.name() + ": " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.DEBUG, "PDF fonts: {0}", fonts.name());
    }

    /** The face without hints (see HintFreeFace), or as it is when it cannot be read so. */
    private static byte[] hintFree(byte[] face, String name) {
        try {
            return HintFreeFace.of(face);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0} is embedded with its hints: {1}", name, e.getMessage());
            return face;
        }
    }

    /** The fonts documents are set in. */
    public FontSet fonts() {
        return fonts;
    }

    /** The FO writer this renderer feeds FOP with (to look at the XSL-FO of a document). */
    public FoWriter foWriter() {
        return foWriter;
    }

    /**
     * Renders the document to {@code out} (streamed; not closed).
     *
     * @return warnings (characters the font lacks, font substitutions, layout overflows) and the
     *         page count
     * @throws VanbanException when FOP fails
     * @throws IOException     when writing to {@code out} fails (a full disk): the stream's own
     */
    public PdfResult render(LayoutDocument layout, OutputStream out) throws IOException {
        Objects.requireNonNull(layout, "doc");
        Objects.requireNonNull(out, "out");
        // A document built in code gets the lines Word and LibreOffice would give it.
        LayoutDocument doc = lines.set(layout);
        List<Warning> warnings = new ArrayList<>(GlyphCheck.missing(doc, profile, fonts));
        FopFactory factory = factories.poll();
        if (factory == null) {
            factory = buildFactory(resolver);
        }
        try {
            return render(doc, out, factory, warnings);
        } finally {
            factories.add(factory);
        }
    }

    private PdfResult render(LayoutDocument doc, OutputStream out, FopFactory fopFactory, List<Warning> warnings)
            throws IOException {
        LayoutDocument.Metadata m = doc.metadata();
        // Never the clock: the document's own date, or a fixed epoch when it has none.
        Date created = m != null && m.date() != null
                ? Date.from(m.date().atStartOfDay().toInstant(ZoneOffset.UTC)) : new Date(0);
        List<String> lost = new ArrayList<>();
        // FOP's PDF is held in memory: it is mended (PdfMending) before it goes out, and nothing
        // goes out when FOP lost text.
        PdfMending.Buffer fopOut = new PdfMending.Buffer();
        int pages;
        byte[] update;
        byte[] mended = null;
        try {
            int[] placeholders = new int[1];
            pages = fop(doc, fopFactory, created, warnings, lost, fopOut, placeholders);
            failOnLostText(lost);
            update = PdfMending.mend(fopOut);
            boolean notes = NoteIds.present(doc);
            if (placeholders[0] > 0 || notes) {
                ByteArrayOutputStream whole = new ByteArrayOutputStream(fopOut.size() + update.length);
                fopOut.writeTo(whole);
                whole.write(update);
                mended = whole.toByteArray();
                if (placeholders[0] > 0) {
                    mended = PlaceholderText.mend(mended);
                }
                if (notes) {
                    mended = NoteIds.mend(mended);
                }
            }
        } catch (SAXException e) {
            throw new VanbanException("could not render the PDF: " + e.getMessage(), e);
        } catch (IOException e) {
            // The mending of FOP's bytes in memory: the caller's stream is written below.
            throw new VanbanException("could not finish the PDF: " + e.getMessage(), e);
        }
        write(out, created, fopOut, update, mended, warnings);
        for (Warning w : warnings) {
            LOG.log(System.Logger.Level.WARNING, w.toString());
        }
        return new PdfResult(warnings, pages);
    }

    /**
     * Sends the finished PDF to the caller's stream: FOP's bytes and their update, or the whole
     * file as mended for placeholders or footnotes when there is one. A failing stream is the caller's
     * (a full disk): it surfaces as itself, not as a rendering error.
     */
    private static void write(OutputStream out, Date created, PdfMending.Buffer fopOut, byte[] update,
                              byte[] mended, List<Warning> warnings) throws IOException {
        ReproducibleStream idOut = new ReproducibleStream(out, created);
        if (mended != null) {
            idOut.write(mended);
        } else {
            fopOut.writeTo(idOut);
            idOut.write(update);
        }
        idOut.flush();
        if (!idOut.idReplaced() || !idOut.dateReplaced()) {
            warnings.add(Warning.of("the PDF may differ between renderings: FOP's file identifier or metadata date "
                    + "was not in the expected form"));
        }
    }

    /**
     * FOP's rendering into {@code fopOut}. Nothing of it outlives this call (its user agent holds
     * the whole document's tags), so that a long document's FOP objects are garbage by the time
     * it is mended.
     *
     * @param placeholders set to how many characters MissingGlyphs gave a placeholder
     * @return the page count
     */
    private int fop(LayoutDocument doc, FopFactory fopFactory, Date created, List<Warning> warnings, List<String> lost,
                    OutputStream fopOut, int[] placeholders) throws SAXException {
        FOUserAgent ua = fopFactory.newFOUserAgent();
        LayoutDocument.Metadata m = doc.metadata();
        // Title, subject and author travel as XMP in the FO (see FoWriter): FOP copies them into
        // the information dictionary, and setting them here too would replace the XMP forms.
        ua.setCreationDate(created);
        if (m == null || m.title() == null || m.title().isBlank()) {
            // PDF/UA asks every document for a title; one without metadata gets a plain one.
            ua.setTitle(UNTITLED);
        }
        ua.setCreator(CREATOR);
        ua.setProducer(PRODUCER);
        ua.setAccessibility(true);
        ua.getEventBroadcaster().addEventListener(e -> event(e, warnings, lost));
        if (preloaded != null) {
            ua.setDocumentHandlerOverride(preloaded.documentHandler(ua));
        }
        Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, ua, fopOut);
        MissingGlyphs missing = new MissingGlyphs(fonts, fop.getDefaultHandler());
        foWriter.write(doc, missing);
        placeholders[0] = missing.replaced();
        return fop.getResults() == null ? 0 : fop.getResults().getPageCount();
    }

    private static void failOnLostText(List<String> lost) {
        synchronized (lost) {
            if (!lost.isEmpty()) {
                throw new VanbanException("the PDF would not show all of the text (" + lost.size()
                        + (lost.size() == 1 ? " place" : " places") + "; a fault of vanban's layout, please report it): "
                        + String.join("; ", lost.subList(0, Math.min(3, lost.size()))));
            }
        }
    }

    /**
     * FOP's events that say text runs past the edge of its page, region or line, where it is cut
     * or drawn over other text. FOP carries on and says no more than this in its log, so each is
     * an error: the layout keeps every line and row within its page, and one of these means it
     * failed to.
     */
    private static final List<String> LOST_TEXT = List.of("BlockLevelEventProducer.regionOverflow",
            "BlockLevelEventProducer.staticRegionOverflow", "BlockLevelEventProducer.viewportBPDOverflow",
            "BlockLevelEventProducer.viewportIPDOverflow", "BlockLevelEventProducer.objectTooWide",
            "InlineLevelEventProducer.lineOverflows");

    private void event(Event e, List<Warning> warnings, List<String> lost) {
        String id = e.getEventID();
        if (LOST_TEXT.stream().anyMatch(id::endsWith)) {
            synchronized (lost) {
                lost.add(EventFormatter.format(e, Locale.ENGLISH));
            }
            return;
        }
        if (id.endsWith("glyphNotAvailable") && e.getParam("ch") instanceof Character c
                && Character.isSurrogate(c)) {
            // FOP reports each half of a surrogate pair; GlyphCheck already named the code point.
            LOG.log(System.Logger.Level.DEBUG, () -> EventFormatter.format(e, Locale.ENGLISH));
            return;
        }
        boolean font = id.contains("FontEventProducer");
        boolean serious = e.getSeverity() == EventSeverity.WARN || e.getSeverity() == EventSeverity.ERROR
                || e.getSeverity() == EventSeverity.FATAL;
        if (font || serious) {
            synchronized (warnings) {
                warnings.add(Warning.of("FOP: " + EventFormatter.format(e, Locale.ENGLISH)));
            }
        } else {
            LOG.log(System.Logger.Level.DEBUG, () -> EventFormatter.format(e, Locale.ENGLISH));
        }
    }

    private FopFactory buildFactory(ResourceResolver resolver) {
        URI base = URI.create(SCHEME + ":/");
        FopFactoryBuilder b;
        try {
            // "Restricted IO": no font auto-detection on disk and no font cache file.
            b = new FopConfParser(new ByteArrayInputStream(config().getBytes(StandardCharsets.UTF_8)), base,
                    EnvironmentalProfileFactory.createRestrictedIO(base, resolver)).getFopFactoryBuilder();
        } catch (SAXException | IOException e) {
            throw new VanbanException("could not configure FOP: " + e.getMessage(), e);
        }
        b.setAccessibility(true);
        b.setComplexScriptFeatures(options.complexScripts());
        b.setStrictFOValidation(true);
        return b.build();
    }

    /** FOP's configuration: the four faces under the profile's family name, subset-embedded. */
    private String config() {
        StringBuilder sb = new StringBuilder("<fop version=\"1.0\"><use-cache>false</use-cache><renderers>"
                + "<renderer mime=\"application/pdf\">");
        // PDF/UA-1 always: FOP then draws borders and backgrounds as artifacts, asks the viewer to
        // show the title and says so in the XMP (with PDF/A together since FOP 2.10).
        sb.append("<pdf-ua-mode>PDF/UA-1</pdf-ua-mode>");
        if (options.pdfA()) {
            sb.append("<pdf-a-mode>PDF/A-2b</pdf-a-mode>");
        } else {
            // FOP otherwise reads the JDK's sRGB profile and embeds it as the default RGB space
            // in every PDF; the documents are black on white, which DeviceRGB draws the same.
            // PDF/A needs the profile (as its output intent), so it keeps it.
            sb.append("<disable-srgb-colorspace>true</disable-srgb-colorspace>");
        }
        sb.append("<fonts>");
        String family = xmlEscape(profile.fontFamily());
        for (int i = 0; i < 4; i++) {
            sb.append("<font embed-url=\"").append(SCHEME).append(":/").append(FACE_KEYS[i])
                    .append("\" kerning=\"yes\" embedding-mode=\"subset\">")
                    .append("<font-triplet name=\"").append(family).append("\" style=\"")
                    .append((i & 2) != 0 ? "italic" : "normal").append("\" weight=\"")
                    .append((i & 1) != 0 ? "bold" : "normal").append("\"/></font>");
        }
        sb.append("</fonts></renderer></renderers></fop>");
        return sb.toString();
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /**
     * Serves the font faces from memory under {@code vanban-font:/<face>} and refuses everything
     * else, so that a rendering touches neither the disk nor the network.
     */
    private static final class MemoryFontResolver implements ResourceResolver {
        private final byte[][] faces;

        MemoryFontResolver(byte[][] faces) {
            this.faces = faces;
        }

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (SCHEME.equals(uri.getScheme())) {
                String key = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
                int i = Arrays.asList(FACE_KEYS).indexOf(key);
                if (i >= 0) {
                    return new Resource(new ByteArrayInputStream(faces[i]));
                }
            }
            throw new FileNotFoundException("vanban serves only its own fonts to FOP, not " + uri);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("vanban does not let FOP write files (" + uri + ")");
        }
    }
}
