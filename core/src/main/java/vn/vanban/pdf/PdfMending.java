package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What FOP 2.11 writes short of the PDF standards, mended in its PDF before it goes out:
 * <ul>
 * <li>the outline's root gets the /Count of its visible entries, which FOP leaves out: the one
 * object that grows, so its new version is appended as an incremental update
 * ({@link IncrementalUpdate});</li>
 * <li>a plain PDF's CID sets go: FOP fills them with the face's glyph numbers instead of the
 * subset's (PDF/UA-1 and PDF/A-2 fail it), and they are optional (FOP writes none for PDF/A-2).
 * The font descriptor's reference is blanked where it stands;</li>
 * <li>a plain PDF's XMP gets dc:language as an rdf:Bag and dc:date as an rdf:Seq, as Dublin
 * Core's XMP form has them (FOP writes single values "compact" outside PDF/A-2). The packet is
 * rewritten where it stands, its indentation making room, or appended when it cannot.</li>
 * </ul>
 * Edits in place keep their length, so FOP's cross-reference offsets stay true. PDFBox reads the
 * file lazily: the catalogue, the outline's first level, the pages and their shared fonts, not
 * the tags, which make most of a long document's objects. (PDFBox's own incremental save parses
 * and compares every object of the file: 19 s and some 200 MB for an 844-page catalogue.) A
 * placeholder's /ActualText is {@link PlaceholderText}'s.
 */
final class PdfMending {

    private static final Pattern SIMPLE_LANGUAGE = Pattern.compile("<dc:language>([^<]+)</dc:language>");
    private static final Pattern SIMPLE_DATE = Pattern.compile("<dc:date>([^<]+)</dc:date>");
    private static final Pattern INDENTATION = Pattern.compile(">[ \\t]*\\n\\s*<");
    private static final Pattern REFERENCE = Pattern.compile("/CIDSet\\s+\\d+\\s+\\d+\\s+R");
    private static final String PACKET_BEGIN = "<?xpacket begin";
    private static final String PACKET_END = "<?xpacket end";

    /** FOP's PDF, held until it is mended; it is read and edited where it lies. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(64 * 1024);
        }

        byte[] array() {
            return buf;
        }
    }

    private final byte[] pdf;
    private final int length;
    private final PDDocument doc;

    private PdfMending(byte[] pdf, int length, PDDocument doc) {
        this.pdf = pdf;
        this.length = length;
        this.doc = doc;
    }

    /**
     * Mends FOP's PDF in {@code fop} and returns what follows it: an incremental update, or
     * nothing.
     *
     * @throws IOException when the PDF is not as FOP 2.11 writes it
     */
    static byte[] mend(Buffer fop) throws IOException {
        byte[] pdf = fop.array();
        int length = fop.size();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(ByteBuffer.wrap(pdf, 0, length).slice()))) {
            return new PdfMending(pdf, length, doc).mend();
        }
    }

    private byte[] mend() throws IOException {
        COSDictionary trailer = doc.getDocument().getTrailer();
        IncrementalUpdate update = new IncrementalUpdate(length, doc.getDocument().getStartXref(),
                trailer.getLong(COSName.SIZE), trailerEntries(trailer));
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        // Everything is read before anything is edited: PDFBox reads the same bytes.
        List<int[]> cidSets = cidSets();
        countOutline(catalog, update);
        xmp(catalog, update);
        for (int[] range : cidSets) {
            Arrays.fill(pdf, range[0], range[1], (byte) ' ');
        }
        return update.bytes();
    }

    /** Where each font descriptor's /CIDSet reference stands. */
    private List<int[]> cidSets() throws IOException {
        List<int[]> out = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            COSDictionary fonts = page.getResources() == null ? null
                    : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null || !seen.add(fonts)) {
                continue;
            }
            for (COSName name : fonts.keySet()) {
                COSDictionary font = fonts.getCOSDictionary(name);
                COSArray descendants = font == null ? null : font.getCOSArray(COSName.DESCENDANT_FONTS);
                COSDictionary cid = descendants != null && descendants.size() > 0
                        && descendants.getObject(0) instanceof COSDictionary d ? d : null;
                COSDictionary descriptor = cid == null ? null : cid.getCOSDictionary(COSName.FONT_DESC);
                if (descriptor != null && descriptor.containsKey(COSName.CID_SET) && seen.add(descriptor)) {
                    int at = objectAt(key(cid, COSName.FONT_DESC));
                    Matcher m = REFERENCE.matcher(text(at, end(at)));
                    if (!m.find()) {
                        throw new IOException("the font descriptor at " + at + " has no /CIDSet reference to drop");
                    }
                    out.add(new int[] {at + m.start(), at + m.end()});
                }
            }
        }
        return out;
    }

    /** The root's /Count: its entries, and the visible descendants of the open ones. */
    private void countOutline(COSDictionary catalog, IncrementalUpdate update) throws IOException {
        COSDictionary root = catalog.getCOSDictionary(COSName.OUTLINES);
        if (root == null || root.containsKey(COSName.COUNT)) {
            return;
        }
        int visible = 0;
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary item = root.getCOSDictionary(COSName.FIRST); item != null && seen.add(item);
                item = item.getCOSDictionary(COSName.NEXT)) {
            visible += 1 + Math.max(0, item.getInt(COSName.COUNT, 0));
        }
        if (visible == 0) {
            return;
        }
        COSObjectKey key = key(catalog, COSName.OUTLINES);
        int at = objectAt(key);
        String object = text(at, end(at));
        int open = object.indexOf("<<");
        int close = object.lastIndexOf(">>");
        if (open < 0 || close < open) {
            throw new IOException("the outline's root at " + at + " is not a dictionary");
        }
        String body = "<< /Count " + visible + object.substring(open + 2, close + 2);
        update.put(key.getNumber(), key.getGeneration(), body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * FOP's XMP with dc:language and dc:date as containers. The packet is FOP's own serialization
     * (one element per line, no attributes on these two), so a textual edit is exact; the room the
     * containers take comes from the indentation between elements, and the packet is padded with
     * spaces to its old length, as XMP pads a packet for edits in place.
     */
    private void xmp(COSDictionary catalog, IncrementalUpdate update) throws IOException {
        if (!(catalog.getItem(COSName.METADATA) instanceof COSObject)) {
            return;
        }
        COSObjectKey key = key(catalog, COSName.METADATA);
        int at = objectAt(key);
        int streamEnd = indexOf("endstream", at, length);
        int begin = indexOf(PACKET_BEGIN, at, streamEnd);
        int from = begin < 0 ? -1 : indexOf("?>", begin, streamEnd) + 2;
        int to = from < 2 ? -1 : indexOf(PACKET_END, from, streamEnd);
        if (to < 0) {
            throw new IOException("the metadata at " + at + " is not an XMP packet");
        }
        String xmp = new String(pdf, from, to - from, StandardCharsets.UTF_8);
        String mended = SIMPLE_LANGUAGE.matcher(xmp).replaceAll("<dc:language><rdf:Bag><rdf:li>$1</rdf:li></rdf:Bag></dc:language>");
        mended = SIMPLE_DATE.matcher(mended).replaceAll("<dc:date><rdf:Seq><rdf:li>$1</rdf:li></rdf:Seq></dc:date>");
        if (mended.equals(xmp)) {
            return;
        }
        byte[] fitted = fit(mended, to - from);
        if (fitted != null) {
            System.arraycopy(fitted, 0, pdf, from, fitted.length);
            return;
        }
        int packetEnd = indexOf("?>", to, streamEnd) + 2;
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(pdf, begin, from - begin);
        packet.writeBytes(mended.getBytes(StandardCharsets.UTF_8));
        packet.write(pdf, to, packetEnd - to);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("<< /Type /Metadata /Subtype /XML /Length " + packet.size() + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        packet.writeTo(body);
        body.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        update.put(key.getNumber(), key.getGeneration(), body.toByteArray());
    }

    /**
     * The XMP in exactly {@code length} bytes of UTF-8: one element a line, padded with spaces (a
     * line break every 100); null when it is longer even so.
     */
    static byte[] fit(String xmp, int length) {
        byte[] squeezed = INDENTATION.matcher(xmp).replaceAll(">\n<").getBytes(StandardCharsets.UTF_8);
        if (squeezed.length > length) {
            return null;
        }
        byte[] out = new byte[length];
        System.arraycopy(squeezed, 0, out, 0, squeezed.length);
        for (int i = squeezed.length; i < length; i++) {
            out[i] = (byte) ((i - squeezed.length) % 100 == 0 ? '\n' : ' ');
        }
        return out;
    }

    /** The trailer's /Root, /Info and /ID, for the update's trailer. */
    private static String trailerEntries(COSDictionary trailer) throws IOException {
        StringBuilder sb = new StringBuilder("/Root ").append(reference(key(trailer, COSName.ROOT)));
        if (trailer.getItem(COSName.INFO) instanceof COSObject) {
            sb.append(" /Info ").append(reference(key(trailer, COSName.INFO)));
        }
        COSArray id = trailer.getCOSArray(COSName.ID);
        if (id != null && id.size() == 2 && id.getObject(0) instanceof COSString first
                && id.getObject(1) instanceof COSString second) {
            sb.append(" /ID [<").append(first.toHexString()).append("> <").append(second.toHexString()).append(">]");
        }
        return sb.toString();
    }

    private static String reference(COSObjectKey key) {
        return key.getNumber() + " " + key.getGeneration() + " R";
    }

    private static COSObjectKey key(COSDictionary parent, COSName name) throws IOException {
        COSBase item = parent.getItem(name);
        if (item instanceof COSObject o && o.getKey() != null) {
            return o.getKey();
        }
        throw new IOException("/" + name.getName() + " is not an indirect object");
    }

    /** Where the object begins ("n g obj"), which must lie in the file itself, not in an object stream. */
    private int objectAt(COSObjectKey key) throws IOException {
        Long offset = doc.getDocument().getXrefTable().get(key);
        String header = key.getNumber() + " " + key.getGeneration() + " obj";
        if (offset == null || offset <= 0 || offset + header.length() > length
                || !text(offset.intValue(), offset.intValue() + header.length()).equals(header)) {
            throw new IOException("object " + key + " is not where the cross-reference table puts it");
        }
        return offset.intValue();
    }

    /** The end of the object at {@code at}: where its "endobj" begins. */
    private int end(int at) throws IOException {
        int end = indexOf("endobj", at, length);
        if (end < 0) {
            throw new IOException("the object at " + at + " has no end");
        }
        return end;
    }

    private String text(int from, int to) {
        return new String(pdf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private int indexOf(String s, int from, int to) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= to - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (pdf[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
