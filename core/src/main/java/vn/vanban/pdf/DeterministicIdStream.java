package vn.vanban.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Passes a PDF through unchanged except for the file identifier in the trailer ({@code /ID [<…>
 * <…>]}), which it replaces with the MD5 digest of every byte written before it.
 * <p>
 * Why: FOP derives /ID from the wall clock (its digest generator hashes the current time) and
 * offers no public way to set it, so two renderings of one document would differ in those 32
 * bytes. The digest of the preceding bytes is what the PDF reference suggests anyway, and the
 * replacement has the same length, so the cross-reference offsets stay valid. The stream is
 * filtered on the fly: nothing is buffered beyond the byte being written.
 */
final class DeterministicIdStream extends FilterOutputStream {

    private static final byte[] MARK = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest digest;
    private int matched;
    /** 0 = looking for the mark; 1, 2 = inside the first / second hex string; 3 = done. */
    private int state;
    private byte[] id;
    private int k;
    private boolean replaced;

    DeterministicIdStream(OutputStream out) {
        super(out);
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /** Whether an identifier was found and replaced. */
    boolean replaced() {
        return replaced;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(filter((byte) b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (state == 3) {
            out.write(b, off, len);
            return;
        }
        byte[] copy = new byte[len];
        for (int i = 0; i < len; i++) {
            copy[i] = filter(b[off + i]);
        }
        out.write(copy, 0, len);
    }

    private byte filter(byte b) {
        switch (state) {
            case 0 -> {
                digest.update(b);
                if (b == MARK[matched]) {
                    matched++;
                } else {
                    matched = b == MARK[0] ? 1 : 0;
                }
                if (matched == MARK.length) {
                    byte[] d = digest.digest();
                    id = new byte[d.length * 2];
                    for (int i = 0; i < d.length; i++) {
                        id[2 * i] = HEX[(d[i] >> 4) & 0xF];
                        id[2 * i + 1] = HEX[d[i] & 0xF];
                    }
                    state = 1;
                    k = 0;
                }
                return b;
            }
            case 1, 2 -> {
                if (b == '>') {
                    state = state == 1 ? 4 : 3;
                    replaced = true;
                    return b;
                }
                if (isHex(b) && k < id.length) {
                    return id[k++];
                }
                return b;
            }
            case 4 -> {
                // between "…>" and "<…" of the second string
                if (b == '<') {
                    state = 2;
                    k = 0;
                }
                return b;
            }
            default -> {
                return b;
            }
        }
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }
}
