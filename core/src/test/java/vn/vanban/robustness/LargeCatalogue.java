package vn.vanban.robustness;

import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Inline;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the sample with a catalogue of {@code rows} rows to DOCX and PDF in {@code dir}. Run in a
 * JVM of its own by {@link ScaleTest}, under a small heap.
 */
public final class LargeCatalogue {

    /** A group row opens every so many items. */
    public static final int GROUP_EVERY = 500;

    private LargeCatalogue() {
    }

    /**
     * The sample with its catalogue's rows repeated to {@code rows} rows, a group row opening
     * every {@link #GROUP_EVERY}; rows as long as the sample's own (up to four lines a cell), each
     * row's content prefixed with "Nhiệm vụ số i:" so that every row is distinct and the last one
     * can be found.
     */
    public static Plan plan(Vanban vanban, int rows) {
        Plan sample = vanban.read(Path.of("../samples/duc-pho-2024.yaml"));
        Appendix a = sample.appendices().get(0);
        List<CatalogueRow.Item> model = a.rows().stream()
                .filter(CatalogueRow.Item.class::isInstance).map(CatalogueRow.Item.class::cast).toList();
        String first = a.columns().get(0).key();
        List<CatalogueRow> items = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            if (i % GROUP_EVERY == 1) {
                items.add(new CatalogueRow.Group("Nhóm nhiệm vụ " + (i / GROUP_EVERY + 1)));
            }
            Map<String, Text> cells = new LinkedHashMap<>(model.get(i % model.size()).cells());
            List<Inline> content = new ArrayList<>();
            content.add(new Inline.Plain(label(i) + " "));
            content.addAll(cells.get(first).parts());
            cells.put(first, new Text(content));
            items.add(new CatalogueRow.Item(cells));
        }
        Appendix big = new Appendix(a.title(), a.orientation(), a.numbered(), a.columns(), items);
        return new Plan(sample.type(), sample.parent(), sample.issuer(), sample.number(), sample.symbol(),
                sample.date(), sample.summary(), sample.basis(), sample.body(), sample.closing(),
                sample.recipients(), sample.signatory(), List.of(big));
    }

    /** The words that start row {@code i}'s content. */
    public static String label(int i) {
        return "Nhiệm vụ số " + i + ":";
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Vanban vanban = Vanban.builder().build();
        Plan plan = plan(vanban, rows);
        for (OutputFormat f : OutputFormat.values()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("large." + f.extension()))) {
                vanban.render(plan, f, out);
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("max heap " + rt.maxMemory() / (1024 * 1024) + " MB");
    }
}
