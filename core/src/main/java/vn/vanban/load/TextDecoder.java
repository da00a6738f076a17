package vn.vanban.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The bytes of a data file, read up to the size limit, as strict UTF-8 text; anything else (too
 * large, UTF-16, a legacy encoding, binary) is one {@link vn.vanban.common.Problem} that says how to fix it.
 */
public final class TextDecoder {

    /** A large plan is a few hundred kilobytes; a layout profile a few. */
    public static final int MAX_BYTES = 4_000_000;

    private TextDecoder() {
    }

    /**
     * At most {@value #MAX_BYTES} bytes and one more from {@code in}, so that a device or a pipe
     * ({@code /dev/zero}) is never read to its end: the byte past the limit says it is too large.
     */
    public static byte[] readAtMost(InputStream in) throws IOException {
        return in.readNBytes(MAX_BYTES + 1);
    }

    static String tooLarge() {
        return "the file is larger than " + MAX_BYTES / 1_000_000 + " MB; a plan is far smaller";
    }

    /**
     * Decodes strict UTF-8, skipping a byte order mark; returns {@code null} after adding a
     * problem when the bytes are something else.
     */
    public static String decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(0, 0, "", tooLarge());
            return null;
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(0, 0, "", "the file is UTF-16 text; save it as UTF-8");
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (IntStream.range(start, bytes.length).anyMatch(i -> bytes[i] == 0)) {
            // Every other byte zero is the mark of UTF-16 without a byte order mark.
            problems.add(0, 0, "", looksLikeUtf16(bytes, start)
                    ? "the file looks like UTF-16 text; save it as UTF-8"
                    : "the file is not UTF-8 text: it holds zero bytes, as binary files do; expected a YAML or JSON plan");
            return null;
        }
        try {
            return decoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalid(bytes, start);
            problems.add(lineAt(bytes, at), 0, "", String.format(Locale.ROOT,
                    "the file is not UTF-8 text (byte 0x%02X on this line is not valid UTF-8); "
                            + "save it as UTF-8, not in a legacy encoding such as Windows-1258 or TCVN3",
                    bytes[at] & 0xFF));
            return null;
        }
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksLikeUtf16(byte[] bytes, int start) {
        int n = Math.min(bytes.length - start, 200);
        long evenZeros = IntStream.range(0, n).filter(i -> i % 2 == 0 && bytes[start + i] == 0).count();
        long oddZeros = IntStream.range(0, n).filter(i -> i % 2 == 1 && bytes[start + i] == 0).count();
        long larger = Math.max(evenZeros, oddZeros);
        return larger >= n / 4 && Math.min(evenZeros, oddZeros) * 10 < larger;
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CoderResult r = decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return r.isError() ? in.position() : start;
    }

    private static int lineAt(byte[] bytes, int offset) {
        return 1 + (int) IntStream.range(0, Math.min(offset, bytes.length)).filter(i -> bytes[i] == '\n').count();
    }
}
