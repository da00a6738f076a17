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
 * A placeholder for a missing character ({@link MissingGlyphs}) gets /ActualText, on its tag and
 * on its marked content, so that the character is what screen readers and text extraction find.
 * FOP can write neither, so PDFBox appends them as an incremental update.
 * <p>
 * Only a document with a placeholder pays for it: the tags and the page contents are compressed,
 * so PDFBox walks the whole structure tree, and its incremental save parses every object of the
 * file, which takes seconds and a few hundred megabytes for a catalogue of a thousand pages.
 */
final class PlaceholderText {

    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName ABBREVIATION_EXPANSION = COSName.getPDFName("E");
    private static final Pattern MARKED_CONTENT = Pattern.compile("<<\\s*/MCID\\s+(\\d+)\\s*>>");

    private PlaceholderText() {
    }

    /** The PDF with an update that gives every placeholder its text, or as it is when it has none. */
    static byte[] mend(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary treeRoot = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            if (!actualTexts(doc, treeRoot)) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
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
            Matcher m = MARKED_CONTENT.matcher(text);
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
