package vn.vanban.pdf;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
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

    /**
     * PDF-like bytes full of the marks' first characters and near-misses ("/ID ]", "<x…"; never
     * a whole mark, whose value would be held), cut into writes of any size: the same bytes come
     * out whatever the cuts, as long as what went in, and only the values after the two marks
     * change.
     */
    @Property(tries = 300)
    void theOutputDoesNotDependOnHowTheBytesArrive(
            @ForAll @StringLength(max = 300) @Chars({'<', '/', 'I', 'D', ' ', ']', 'x', 'A', '0', '>', ':'}) String noise,
            @ForAll @IntRange(min = 0, max = 300) int at, @ForAll @IntRange(min = 1, max = 64) int chunk) throws Exception {
        String date = "<xmp:MetadataDate>2026-11-29T02:54:00Z</xmp:MetadataDate>";
        String id = "/ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]";
        int cut = Math.min(at, noise.length());
        String pdf = noise.substring(0, cut) + "\n" + date + "\n" + noise.substring(cut) + "\ntrailer << " + id + " >>\n";
        String whole = filter(pdf, pdf.length());
        assertEquals(whole, filter(pdf, chunk));
        assertEquals(whole, filter(pdf, 1));
        assertEquals(pdf.length(), whole.length());
        assertTrue(whole.contains("<xmp:MetadataDate>2024-02-05T00:00:00Z</xmp:MetadataDate>"), whole);
        assertFalse(whole.endsWith("<0123456789ABCDEF0123456789ABCDEF>] >>\n"), "the trailer's identifier is replaced");
        assertTrue(whole.startsWith(noise.substring(0, cut)), "bytes before the marks pass unchanged");
    }
}
