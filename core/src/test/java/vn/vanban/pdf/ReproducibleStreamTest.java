package vn.vanban.pdf;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReproducibleStreamTest {

    private static final Date CREATED = new Date(1_707_091_200_000L); // 2024-02-05T00:00:00Z

    private static String filter(String in, int chunk) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReproducibleStream s = new ReproducibleStream(out, CREATED)) {
            byte[] b = in.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < b.length; i += chunk) {
                s.write(b, i, Math.min(chunk, b.length - i));
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void replacesTheClockButKeepsEveryLengthWhateverTheWriteSizes() throws Exception {
        String pdf = "%PDF-1.4\n<xmp:MetadataDate>2026-11-29T02:54:00Z</xmp:MetadataDate>\n"
                + "/Title (a /ID [x] title)\ntrailer << /ID [<0123456789ABCDEF0123456789ABCDEF> "
                + "<0123456789ABCDEF0123456789ABCDEF>] >>\n%%EOF\n";
        String one = filter(pdf, 1);
        assertEquals(pdf.length(), one.length());
        assertTrue(one.contains("<xmp:MetadataDate>2024-02-05T00:00:00Z</xmp:MetadataDate>"), one);
        assertTrue(one.contains("(a /ID [x] title)"), "a look-alike in a string is left alone: " + one);
        assertFalse(one.contains("0123456789ABCDEF"), one);
        assertEquals(one, filter(pdf, 7));
        assertEquals(one, filter(pdf, 4096));
    }
}
