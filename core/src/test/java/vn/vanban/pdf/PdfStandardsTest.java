package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sample and named test plan, plain and PDF/A, checked against the standards by veraPDF
 * (PDF/UA-1 always, PDF/A-2b when asked for) and read back with PDFBox for what the validators
 * do not look at: the outline's count, the XMP's containers and version, the fonts' CID sets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfStandardsTest {

    private final Map<Boolean, Vanban> engines = new HashMap<>();
    private final Map<String, byte[]> rendered = new HashMap<>();

    static Stream<Arguments> plans() {
        List<Arguments> all = new ArrayList<>();
        for (String plan : List.of("../samples/duc-pho-2024.yaml", "../samples/duc-pho-2025.yaml",
                "../samples/quang-ngai-pbgdpl-2025.yaml", "../samples/so-tu-phap-ngay-phap-luat-2025.yaml",
                "src/test/resources/plans/second-plan.yaml", "src/test/resources/plans/no-appendix.yaml")) {
            if (Files.exists(Path.of(plan))) {
                all.add(Arguments.of(plan, false));
                all.add(Arguments.of(plan, true));
            }
        }
        return all.stream();
    }

    private byte[] pdf(String file, boolean pdfA) throws Exception {
        String key = file + pdfA;
        byte[] pdf = rendered.get(key);
        if (pdf == null) {
            Vanban engine = engines.computeIfAbsent(pdfA, a -> Vanban.builder().pdfA(a).build());
            Plan plan = engine.read(Path.of(file));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(List.of(), engine.render(plan, OutputFormat.PDF, out).warnings());
            pdf = out.toByteArray();
            rendered.put(key, pdf);
            Path dir = Path.of("target", "standards");
            Files.createDirectories(dir);
            Files.write(dir.resolve(Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "")
                    + (pdfA ? "-pdfa" : "") + ".pdf"), pdf);
        }
        return pdf;
    }

    @ParameterizedTest(name = "{0}, PDF/A {1}")
    @MethodSource("plans")
    void passesPdfUa1(String file, boolean pdfA) throws Exception {
        List<String> failures = VeraPdf.failures(pdf(file, pdfA), PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), "PDF/UA-1 failures:\n" + String.join("\n", failures));
    }

    @ParameterizedTest(name = "{0}, PDF/A {1}")
    @MethodSource("plans")
    void passesPdfA2bWhenAskedFor(String file, boolean pdfA) throws Exception {
        if (pdfA) {
            List<String> failures = VeraPdf.failures(pdf(file, true), PDFAFlavour.PDFA_2_B);
            assertTrue(failures.isEmpty(), "PDF/A-2b failures:\n" + String.join("\n", failures));
        }
    }

    /** The outline's root counts its open entries, as the PDF reference asks of a root with entries. */
    @ParameterizedTest(name = "{0}, PDF/A {1}")
    @MethodSource("plans")
    void theOutlineRootCountsItsEntries(String file, boolean pdfA) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf(file, pdfA))) {
            PDDocumentOutline outline = d.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "bookmarks");
            int visible = 0;
            for (var item = outline.getFirstChild(); item != null; item = item.getNextSibling()) {
                visible += 1 + (item.isNodeOpen() ? Math.max(0, item.getCOSObject().getInt(COSName.COUNT, 0)) : 0);
            }
            assertTrue(outline.getCOSObject().containsKey(COSName.COUNT), "/Count in the outline root");
            assertEquals(visible, outline.getCOSObject().getInt(COSName.COUNT));
        }
    }

    /**
     * The XMP says what the file is: dc:language is an unordered list (rdf:Bag) and dc:date an
     * ordered one (rdf:Seq), as Dublin Core's XMP form has them, and pdf:PDFVersion is the
     * header's version.
     */
    @ParameterizedTest(name = "{0}, PDF/A {1}")
    @MethodSource("plans")
    void theXmpUsesDublinCoresContainersAndTheFilesVersion(String file, boolean pdfA) throws Exception {
        byte[] pdf = pdf(file, pdfA);
        String header = new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
        assertTrue(header.matches("%PDF-\\d\\.\\d"), header);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDMetadata meta = d.getDocumentCatalog().getMetadata();
            String xmp = new String(meta.exportXMPMetadata().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(Pattern.compile("<dc:language>\\s*<rdf:Bag>\\s*<rdf:li>vi-VN</rdf:li>\\s*</rdf:Bag>\\s*</dc:language>")
                    .matcher(xmp).find(), xmp);
            assertTrue(Pattern.compile("<dc:date>\\s*<rdf:Seq>\\s*<rdf:li>[0-9T:+Z-]+</rdf:li>\\s*</rdf:Seq>\\s*</dc:date>")
                    .matcher(xmp).find(), xmp);
            Matcher version = Pattern.compile("<pdf:PDFVersion>([^<]*)</pdf:PDFVersion>").matcher(xmp);
            if (version.find()) {
                assertEquals(header.substring(5), version.group(1), "pdf:PDFVersion against the header");
            }
        }
    }

    /** A font's CID set, where there is one, lists every glyph its subset has. */
    @ParameterizedTest(name = "{0}, PDF/A {1}")
    @MethodSource("plans")
    void everyCidSetListsEveryGlyphOfItsSubset(String file, boolean pdfA) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf(file, pdfA))) {
            int fonts = 0;
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!(font instanceof PDType0Font t0) || !(t0.getDescendantFont() instanceof PDCIDFontType2 cid)) {
                        continue;
                    }
                    fonts++;
                    COSDictionary descriptor = cid.getFontDescriptor().getCOSObject();
                    if (!(descriptor.getDictionaryObject(COSName.CID_SET) instanceof COSStream set)) {
                        continue;
                    }
                    BitSet listed = new BitSet();
                    byte[] bits;
                    try (var in = set.createInputStream()) {
                        bits = in.readAllBytes();
                    }
                    for (int i = 0; i < 8 * bits.length; i++) {
                        if ((bits[i / 8] & (0x80 >> (i % 8))) != 0) {
                            listed.set(i);
                        }
                    }
                    int glyphs = cid.getTrueTypeFont().getNumberOfGlyphs();
                    BitSet all = new BitSet();
                    all.set(0, glyphs);
                    assertEquals(all, listed, font.getName() + ": the CID set against the subset's " + glyphs + " glyphs");
                }
            }
            assertTrue(fonts > 0, "CID fonts");
        }
    }
}
