package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.ProfileLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standards mended where FOP wrote short of them, at the cost of a few hundred bytes: the
 * CID sets and the XMP in place, only the outline's root appended as an update (PdfStandardsTest
 * checks what they say against the standards).
 */
class PdfMendingTest {

    private static final Pattern OBJECT = Pattern.compile("(?m)^(\\d+) (\\d+) obj\\b");
    static byte[] pdf;
    /** Where FOP's part of the file ends, after its "%%EOF". */
    static int fopEnd;

    @BeforeAll
    static void render() throws IOException {
        LayoutProfile profile = ProfileLoader.loadDefault();
        PdfRenderer renderer = new PdfRenderer(profile, PdfOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(PdfFixtures.plan(profile, renderer.fonts()), out);
        pdf = out.toByteArray();
        fopEnd = latin1(pdf).indexOf("%%EOF\n") + 6;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The outline's root is the one object that grows; nothing else of FOP's file is written again. */
    @Test
    void theUpdateHoldsOnlyTheOutlinesRootAndItsCrossReferences() throws IOException {
        String update = latin1(Arrays.copyOfRange(pdf, fopEnd, pdf.length));
        Matcher m = OBJECT.matcher(update);
        List<String> objects = m.results().map(r -> r.group(1)).toList();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            COSObject root = (COSObject) d.getDocumentCatalog().getCOSObject().getItem(COSName.OUTLINES);
            assertEquals(2, objects.size(), update);
            assertEquals(Long.toString(root.getKey().getNumber()), objects.get(0), "the outline's root");
            assertTrue(update.contains("/Type /XRef"), update);
            assertTrue(d.getDocumentCatalog().getDocumentOutline().getCOSObject().containsKey(COSName.COUNT));
        }
        assertTrue(update.length() < 600, update.length() + " bytes: " + update);
        assertEquals(4, latin1(pdf).split("/Type /FontDescriptor", -1).length - 1,
                "FOP's four font descriptors, none written again");
    }

    /** The CID sets' references are blanked where they stand: every offset of FOP's file stays true. */
    @Test
    void theCidSetsAreDroppedInPlace() {
        String fop = latin1(Arrays.copyOf(pdf, fopEnd));
        Matcher descriptor = Pattern.compile("/Type /FontDescriptor.*?>>", Pattern.DOTALL).matcher(fop);
        int n = 0;
        while (descriptor.find()) {
            n++;
            assertTrue(!descriptor.group().contains("/CIDSet") && descriptor.group().contains("/FontFile2"),
                    descriptor.group());
        }
        assertEquals(4, n);
    }

    @Test
    void anXmpPacketFitsInItsOldLengthOrIsRefused() {
        String xmp = "<x:xmpmeta>\n    <rdf:RDF>\n        <dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>\n"
                + "    </rdf:RDF>\n</x:xmpmeta>";
        byte[] fitted = PdfMending.fit(xmp, xmp.length() - 4);
        String text = new String(fitted, StandardCharsets.UTF_8);
        assertEquals(xmp.length() - 4, fitted.length);
        assertTrue(text.startsWith("<x:xmpmeta>\n<rdf:RDF>\n<dc:language><rdf:Bag>"), text);
        assertTrue(text.substring(text.indexOf("</x:xmpmeta>") + 12).isBlank(), "padded with white space: " + text);
        assertNull(PdfMending.fit(xmp.replaceAll(">\\s+<", "><"), xmp.replaceAll(">\\s+<", "><").length() - 1));
    }

    /**
     * An XMP packet with no room for the containers (no indentation to take it from) is appended
     * whole, and the file still passes PDF/UA-1.
     */
    @Test
    void anXmpWithoutRoomIsAppended() throws Exception {
        byte[] fop = Arrays.copyOf(pdf, fopEnd);
        String text = latin1(fop);
        int from = text.indexOf("?>", text.indexOf("<?xpacket begin")) + 2;
        int to = text.indexOf("<?xpacket end");
        String packet = new String(fop, from, to - from, StandardCharsets.UTF_8);
        String compact = packet.replaceAll("<rdf:Bag><rdf:li>([^<]*)</rdf:li></rdf:Bag>", "$1")
                .replaceAll("<rdf:Seq><rdf:li>([0-9T:+Z-]*)</rdf:li></rdf:Seq>", "$1")
                .replaceAll(">\\s+<", "><").strip();
        int filler = (to - from) - compact.getBytes(StandardCharsets.UTF_8).length - 7;
        byte[] tight = (compact + "<!--" + "x".repeat(filler) + "-->").getBytes(StandardCharsets.UTF_8);
        assertEquals(to - from, tight.length);
        System.arraycopy(tight, 0, fop, from, tight.length);
        assertTrue(latin1(fop).contains("<dc:language>vi-VN</dc:language>"));

        PdfMending.Buffer buffer = new PdfMending.Buffer();
        buffer.writeBytes(fop);
        byte[] update = PdfMending.mend(buffer);
        assertArrayEquals(Arrays.copyOf(tight, 20), Arrays.copyOfRange(buffer.toByteArray(), from, from + 20),
                "FOP's packet left as it was");
        assertTrue(latin1(update).contains("/Type /Metadata"), latin1(update));
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(buffer.toByteArray());
        whole.writeBytes(update);
        try (PDDocument d = Loader.loadPDF(whole.toByteArray())) {
            String xmp = new String(d.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>"), xmp);
            assertTrue(xmp.contains("<dc:date><rdf:Seq><rdf:li>"), xmp);
        }
        List<String> failures = VeraPdf.failures(whole.toByteArray(), PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
