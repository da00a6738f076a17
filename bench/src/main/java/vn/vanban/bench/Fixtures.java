package vn.vanban.bench;

import vn.vanban.Vanban;
import vn.vanban.common.Format;
import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plans the benchmarks render, built the same way for every benchmark and for {@link PeakHeap}. */
public final class Fixtures {

    /** The sample's resource name inside benchmarks.jar (copied from {@code samples/}). */
    static final String SAMPLE = "duc-pho-2024.yaml";

    private Fixtures() {
    }

    /** The engine as an application would hold it: built once, shared. */
    public static Vanban engine() {
        return Vanban.builder().build();
    }

    /** The sample plan: three pages of text and a one-page catalogue. */
    public static Plan sample(Vanban vanban) {
        try (InputStream in = Fixtures.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is not on the class path; rebuild benchmarks.jar");
            }
            return vanban.read(in, SAMPLE, Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's YAML bytes, to time reading apart from rendering. */
    public static byte[] sampleBytes() {
        try (InputStream in = Fixtures.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample's document with one catalogue of {@code rows} item rows in place of its
     * appendices: far beyond any real plan, to see how time and memory grow with the table.
     * The cells are the sample's own, cycled, so the text is as realistic as the sample.
     */
    public static Plan largeCatalogue(Plan sample, int rows) {
        Appendix model = sample.appendices().get(0);
        List<CatalogueRow.Item> items = model.rows().stream()
                .filter(CatalogueRow.Item.class::isInstance).map(CatalogueRow.Item.class::cast).toList();
        List<CatalogueRow> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Map<String, Text> cells = new LinkedHashMap<>(items.get(i % items.size()).cells());
            Column first = model.columns().get(0);
            // Distinct text in every row, so nothing downstream can share or cache a repeated row.
            cells.put(first.key(), Text.of("(" + (i + 1) + ") " + plain(cells.get(first.key()))));
            out.add(new CatalogueRow.Item(cells));
        }
        Appendix big = new Appendix(model.title(), model.orientation(), model.numbered(), model.columns(), out);
        return new Plan(sample.type(), sample.parent(), sample.issuer(), sample.number(), sample.symbol(),
                sample.date(), sample.summary(), sample.basis(), sample.body(), sample.closing(),
                sample.recipients(), sample.signatory(), List.of(big));
    }

    private static String plain(Text text) {
        StringBuilder sb = new StringBuilder();
        text.parts().forEach(p -> sb.append(p instanceof vn.vanban.model.Inline.Plain pl ? pl.text() : ""));
        return sb.toString();
    }

    /**
     * Counts the bytes written and keeps none of them: the benchmarks time rendering, not a
     * buffer growing or a disk.
     */
    public static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        /** Bytes written since the last call, then starts again from zero. */
        public long take() {
            long c = count;
            count = 0;
            return c;
        }
    }
}
