package vn.vanban.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * An incremental update for the end of a PDF: new versions of a few of its objects and the
 * cross-reference stream that finds them, its trailer entries pointing back to the file's own
 * cross-reference section ({@code /Prev}). The objects are given as their bytes, so nothing else
 * of the file is read or written again.
 */
final class IncrementalUpdate {

    private final long base;
    private final long previous;
    private final long size;
    private final String trailer;
    /** The objects' bodies by number; each number's generation in {@link #generations}. */
    private final Map<Long, byte[]> objects = new TreeMap<>();
    private final Map<Long, Integer> generations = new TreeMap<>();

    /**
     * @param base     the length of the file the update follows
     * @param previous the offset of the file's last cross-reference section
     * @param size     the file's /Size (its highest object number plus one)
     * @param trailer  the trailer entries the update repeats ({@code /Root …}, {@code /Info …}, {@code /ID […]})
     */
    IncrementalUpdate(long base, long previous, long size, String trailer) {
        this.base = base;
        this.previous = previous;
        this.size = size;
        this.trailer = trailer;
    }

    /** The new version of object {@code number}, its body without {@code obj} and {@code endobj}. */
    void put(long number, int generation, byte[] body) {
        objects.put(number, body);
        generations.put(number, generation);
    }

    /** The update's bytes, nothing when no object was put. */
    byte[] bytes() {
        if (objects.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // One entry per object, as PDF 1.5's cross-reference stream has them: type 1 (in use),
        // its offset in 8 bytes, its generation in 2.
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<Long, byte[]> o : objects.entrySet()) {
            int generation = generations.get(o.getKey());
            entry(entries, base + out.size(), generation);
            index.append(o.getKey()).append(" 1 ");
            ascii(out, o.getKey() + " " + generation + " obj\n");
            out.writeBytes(o.getValue());
            ascii(out, "\nendobj\n");
        }
        long xref = base + out.size();
        entry(entries, xref, 0);
        index.append(size).append(" 1");
        ascii(out, size + " 0 obj\n<< /Type /XRef /Size " + (size + 1) + " /Index [" + index + "] /W [1 8 2] "
                + trailer + " /Prev " + previous + " /Length " + entries.size() + " >>\nstream\n");
        out.writeBytes(entries.toByteArray());
        ascii(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void entry(ByteArrayOutputStream entries, long offset, int generation) {
        entries.write(1);
        for (int shift = 56; shift >= 0; shift -= 8) {
            entries.write((int) (offset >>> shift));
        }
        entries.write(generation >>> 8);
        entries.write(generation);
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
