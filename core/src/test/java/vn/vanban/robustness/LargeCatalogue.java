package vn.vanban.robustness;

import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
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

    private LargeCatalogue() {
    }

    public static Plan plan(Vanban vanban, int rows) {
        Plan sample = vanban.read(Path.of("../samples/duc-pho-2024.yaml"));
        Appendix a = sample.appendices().get(0);
        List<CatalogueRow> items = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            if (i % 500 == 1) {
                items.add(new CatalogueRow.Group("Nhóm nhiệm vụ " + (i / 500 + 1)));
            }
            Map<String, Text> cells = new LinkedHashMap<>();
            cells.put("content", Text.of("Nhiệm vụ truyền thông số " + i + " về kiểm soát thủ tục hành chính tại xã, phường"));
            cells.put("form", Text.of("Tin, bài"));
            cells.put("lead", Text.of("Văn phòng HĐND và UBND thị xã"));
            cells.put("partners", Text.of("UBND các xã, phường"));
            cells.put("time", Text.of("Quý " + (i % 4 + 1) + "/2024"));
            cells.put("product", Text.of("Tin, bài"));
            items.add(new CatalogueRow.Item(cells));
        }
        Appendix big = new Appendix(a.title(), a.orientation(), a.numbered(), a.columns(), items);
        return new Plan(sample.type(), sample.parent(), sample.issuer(), sample.number(), sample.symbol(),
                sample.date(), sample.summary(), sample.basis(), sample.body(), sample.closing(),
                sample.recipients(), sample.signatory(), List.of(big));
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
