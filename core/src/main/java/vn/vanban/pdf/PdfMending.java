package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What FOP 2.11 writes short of the PDF standards, mended after it with PDFBox as an incremental
 * update (FOP's bytes stay as they are; the mended objects are appended):
 * <ul>
 * <li>the outline's root gets the /Count of its visible entries, which FOP leaves out;</li>
 * <li>a plain PDF's CID sets go: FOP fills them with the face's glyph numbers instead of the
 * subset's (PDF/UA-1 and PDF/A-2 fail it), and they are optional (FOP writes none for
 * PDF/A-2);</li>
 * <li>a plain PDF's XMP gets dc:language as an rdf:Bag and dc:date as an rdf:Seq, as Dublin
 * Core's XMP form has them (FOP writes single values "compact" outside PDF/A-2);</li>
 * <li>a placeholder for a missing character ({@link MissingGlyphs}) gets /ActualText, on its
 * tag and on its marked content, so that the character is what screen readers and text
 * extraction find;</li>
 * <li>a footnote's Note tag gets an /ID ({@link NoteIds}).</li>
 * </ul>
 * Costs about a tenth of a warm PDF's CPU (docs/design.md); a correctness fix, not a speed one.
 */
final class PdfMending {

    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName ABBREVIATION_EXPANSION = COSName.getPDFName("E");
    private static final Pattern SIMPLE_LANGUAGE = Pattern.compile("<dc:language>([^<]+)</dc:language>");
    private static final Pattern SIMPLE_DATE = Pattern.compile("<dc:date>([^<]+)</dc:date>");

    private PdfMending() {
    }

    /**
     * The PDF mended.
     *
     * @param placeholders whether MissingGlyphs set placeholders (only then are tags looked at)
     * @param notes        whether the document has footnotes (only then are their tags looked at)
     */
    static byte[] mend(byte[] pdf, boolean placeholders, boolean notes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            boolean changed = countOutline(catalog.getCOSDictionary(COSName.OUTLINES));
            Set<COSDictionary> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                changed |= dropCidSets(page, fonts);
            }
            changed |= mendXmp(doc.getDocumentCatalog().getMetadata());
            if (placeholders) {
                changed |= actualTexts(doc, catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT));
            }
            if (notes) {
                changed |= NoteIds.mend(catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT));
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The root's /Count: its entries, and the visible descendants of the open ones. */
    private static boolean countOutline(COSDictionary root) {
        if (root == null || root.containsKey(COSName.COUNT)) {
            return false;
        }
        int visible = 0;
        Set<COSDictionary> seen = new HashSet<>();
        for (COSDictionary item = root.getCOSDictionary(COSName.FIRST); item != null && seen.add(item);
                item = item.getCOSDictionary(COSName.NEXT)) {
            visible += 1 + Math.max(0, item.getInt(COSName.COUNT, 0));
        }
        if (visible > 0) {
            root.setInt(COSName.COUNT, visible);
        }
        return visible > 0;
    }

    private static boolean dropCidSets(PDPage page, Set<COSDictionary> seen) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary fonts = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
        boolean dropped = false;
        if (fonts == null) {
            return false;
        }
        for (COSName name : fonts.keySet()) {
            COSDictionary font = fonts.getCOSDictionary(name);
            COSArray descendants = font == null || !seen.add(font) ? null : font.getCOSArray(COSName.DESCENDANT_FONTS);
            if (descendants != null && descendants.size() > 0
                    && descendants.getObject(0) instanceof COSDictionary cid) {
                COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
                if (descriptor != null && descriptor.containsKey(COSName.CID_SET)) {
                    descriptor.removeItem(COSName.CID_SET);
                    dropped = true;
                }
            }
        }
        return dropped;
    }

    /**
     * FOP's XMP with dc:language and dc:date as containers. The packet is FOP's own serialization
     * (one element per line, no attributes on these two), so a textual edit is exact; XML tools
     * would also be: xmlgraphics' XMP parser needs a JAXP TransformerFactory that some
     * classpaths (Xalan's) do not provide.
     */
    private static boolean mendXmp(PDMetadata metadata) throws IOException {
        if (metadata == null) {
            return false;
        }
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String mended = SIMPLE_LANGUAGE.matcher(xmp).replaceAll("<dc:language><rdf:Bag><rdf:li>$1</rdf:li></rdf:Bag></dc:language>");
        mended = SIMPLE_DATE.matcher(mended).replaceAll("<dc:date><rdf:Seq><rdf:li>$1</rdf:li></rdf:Seq></dc:date>");
        if (mended.equals(xmp)) {
            return false;
        }
        metadata.importXMPMetadata(mended.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /**
     * Each tag MissingGlyphs marked (a Span whose /E is the missing text) gets that text as its
     * /ActualText, and so does its marked content on the page.
     */
    private static boolean actualTexts(PDDocument doc, COSDictionary treeRoot) throws IOException {
        Map<COSDictionary, Map<Integer, String>> byPage = new HashMap<>();
        collect(treeRoot, null, byPage, new HashSet<>());
        for (Map.Entry<COSDictionary, Map<Integer, String>> e : byPage.entrySet()) {
            PDPage page = new PDPage(e.getKey());
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            String text = new String(content, StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("<<\\s*/MCID\\s+(\\d+)\\s*>>").matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String actual = e.getValue().get(Integer.parseInt(m.group(1)));
                m.appendReplacement(sb, Matcher.quoteReplacement(actual == null ? m.group()
                        : "<</MCID " + m.group(1) + " /ActualText " + hexString(actual) + ">>"));
            }
            m.appendTail(sb);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
        }
        return !byPage.isEmpty();
    }

    private static void collect(COSBase node, COSDictionary page, Map<COSDictionary, Map<Integer, String>> byPage,
                                Set<COSBase> seen) {
        if (node instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                collect(kids.getObject(i), page, byPage, seen);
            }
            return;
        }
        if (!(node instanceof COSDictionary element) || !seen.add(element)) {
            return;
        }
        COSDictionary pg = element.getCOSDictionary(COSName.PG);
        page = pg != null ? pg : page;
        String expansion = element.getString(ABBREVIATION_EXPANSION);
        if (expansion != null && COSName.getPDFName("Span").equals(element.getCOSName(COSName.S))) {
            element.setString(ACTUAL_TEXT, expansion);
            element.removeItem(ABBREVIATION_EXPANSION);
            COSBase k = element.getDictionaryObject(COSName.K);
            COSArray kids = k instanceof COSArray a ? a : new COSArray();
            if (!(k instanceof COSArray) && k != null) {
                kids.add(k);
            }
            for (int i = 0; i < kids.size(); i++) {
                // A marked-content identifier, or a reference to one (an MCR, which may name its page).
                COSBase kid = kids.getObject(i);
                COSDictionary on = kid instanceof COSDictionary mcr && mcr.getCOSDictionary(COSName.PG) != null
                        ? mcr.getCOSDictionary(COSName.PG) : page;
                int mcid = kid instanceof COSInteger n ? n.intValue()
                        : kid instanceof COSDictionary mcr ? mcr.getInt(COSName.MCID, -1) : -1;
                if (mcid >= 0 && on != null) {
                    byPage.computeIfAbsent(on, p -> new HashMap<>()).put(mcid, expansion);
                }
            }
            return;
        }
        collect(element.getDictionaryObject(COSName.K), page, byPage, seen);
    }

    private static String hexString(String text) {
        return "<" + new COSString(text).toHexString() + ">";
    }
}
