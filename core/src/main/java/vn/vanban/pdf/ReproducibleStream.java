package vn.vanban.pdf;

import org.apache.xmlgraphics.util.DateFormatUtil;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.TimeZone;

/**
 * Passes FOP's PDF through, replacing the two values FOP takes from the wall clock, so that
 * rendering the same document twice gives the same bytes:
 * <ul>
 * <li>the XMP {@code <xmp:MetadataDate>}, which FOP sets to "now" with no way to override it,
 * becomes the document's creation date;</li>
 * <li>each trailer's file identifier {@code /ID [<…> <…>]}, which FOP digests from the current
 * time (its {@code FileIDGenerator} is package-private), and PDFBox too when it appends an update
 * ({@link PdfMending}), becomes the MD5 digest of the bytes written before it (since the previous
 * identifier) — what the PDF reference suggests anyway.</li>
 * </ul>
 * Each replacement has exactly the length of what it replaces, so stream lengths and
 * cross-reference offsets stay valid. Only the few bytes of a value being replaced are held
 * back; everything else streams straight through.
 */
final class ReproducibleStream extends FilterOutputStream {

    private static final byte[] DATE_MARK = "<xmp:MetadataDate>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID_MARK = "/ID [".getBytes(StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern ID_VALUE =
            java.util.regex.Pattern.compile("\\s*<(?:[0-9A-Fa-f]{2}){16,32}>\\s*<(?:[0-9A-Fa-f]{2}){16,32}>\\s*]");
    /** Longer than any value replaced here; beyond it the bytes are not what we look for. */
    private static final int MAX_HELD = 160;
    private static final int SCAN = 0;
    private static final int IN_DATE = 1;
    private static final int IN_ID = 2;

    private final Date creation;
    private final MessageDigest digest;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final byte[] one = new byte[1];
    private int dateMatched;
    private int idMatched;
    private int state = SCAN;
    private boolean idReplaced;
    private boolean dateReplaced;
    private byte[] firstId;

    ReproducibleStream(OutputStream out, Date creation) {
        super(out);
        this.creation = creation;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /** Whether the file identifier was found and replaced. */
    boolean idReplaced() {
        return idReplaced;
    }

    /** Whether an XMP metadata date was found and replaced. */
    boolean dateReplaced() {
        return dateReplaced;
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        // Bytes that need no change go out in runs, digested as they go: only a value being
        // replaced is held back. (Passing each '<' and '/' on by itself, as this once did, cost
        // thousands of tiny digest updates per PDF.)
        int start = off;
        for (int i = off; i < end; i++) {
            if (state == SCAN) {
                if (endsMark(b[i])) {
                    emit(b, start, i + 1 - start);
                    start = i + 1;
                }
            } else if (hold(b[i])) {
                // The held value ended before this byte, which is scanned as usual.
                start = i;
                i--;
            } else {
                start = i + 1;
            }
        }
        if (state == SCAN) {
            emit(b, start, end - start);
        }
    }

    private void emit(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
            digest.update(b, off, len);
            out.write(b, off, len);
        }
    }

    /** Follows the two marks; true when {@code b} completes one, the value after it then being held. */
    private boolean endsMark(byte b) {
        dateMatched = match(DATE_MARK, dateMatched, b);
        idMatched = match(ID_MARK, idMatched, b);
        if (dateMatched == DATE_MARK.length) {
            dateMatched = 0;
            state = IN_DATE;
            return true;
        }
        if (idMatched == ID_MARK.length) {
            idMatched = 0;
            state = IN_ID;
            return true;
        }
        return false;
    }

    /**
     * Takes one byte of a held value, replacing the value once it is complete.
     *
     * @return true when the value ended before {@code b}, which is then not taken
     */
    private boolean hold(byte b) throws IOException {
        if (state == IN_DATE) {
            if (b != '<' && held.size() <= MAX_HELD) {
                held.write(b);
                return false;
            }
            byte[] value = held.toByteArray();
            held.reset();
            byte[] fixed = b == '<' ? sameLengthDate(value.length) : null;
            byte[] outBytes = fixed != null ? fixed : value;
            dateReplaced |= fixed != null;
            emit(outBytes, 0, outBytes.length);
            state = SCAN;
            return true;
        }
        held.write(b);
        if (b != ']' && held.size() <= MAX_HELD) {
            return false;
        }
        byte[] value = held.toByteArray();
        held.reset();
        // Only a trailer identifier (two hex strings) is touched; "/ID [" met anywhere else (a
        // title, say) passes unchanged and the search goes on.
        if (!ID_VALUE.matcher(new String(value, StandardCharsets.ISO_8859_1)).matches()) {
            emit(value, 0, value.length);
            state = SCAN;
            return false;
        }
        byte[] id = HexFormat.of().withUpperCase().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII);
        // The first identifier is the file's permanent one: a later trailer (an update's) repeats
        // it first and has the digest of what came since as its second.
        byte[] permanent = firstId != null ? firstId : id;
        firstId = permanent;
        int k = 0;
        int string = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == '<') {
                k = 0;
                string++;
            } else if (isHex(value[i])) {
                byte[] digits = string == 1 ? permanent : id;
                value[i] = digits[k++ % digits.length];
            }
        }
        out.write(value);
        idReplaced = true;
        state = SCAN;
        return false;
    }

    /**
     * The creation date in ISO 8601 with exactly {@code length} characters: "…Z" (UTC) for 20,
     * "…+hh:mm" for 25 — the same instant either way; null when neither fits.
     */
    private byte[] sameLengthDate(int length) {
        for (TimeZone zone : new TimeZone[] {TimeZone.getTimeZone("UTC"), TimeZone.getDefault(),
                TimeZone.getTimeZone("Asia/Ho_Chi_Minh")}) {
            String s = DateFormatUtil.formatISO8601(creation, zone);
            if (s.length() == length) {
                return s.getBytes(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static int match(byte[] mark, int matched, byte b) {
        if (b == mark[matched]) {
            return matched + 1;
        }
        return b == mark[0] ? 1 : 0;
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }
}
