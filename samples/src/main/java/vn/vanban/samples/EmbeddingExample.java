package vn.vanban.samples;

import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How an e-office system embeds vanban: build the engine once, then render any number of plans,
 * in both formats, to streams. Run with the samples folder and an output folder:
 * {@code java vn.vanban.samples.EmbeddingExample samples out}.
 */
public final class EmbeddingExample {

    /** The sample plans in the samples folder, by name. */
    static final String[] SAMPLES = {"duc-pho-2024", "duc-pho-2025", "quang-ngai-pbgdpl-2025",
            "so-tu-phap-ngay-phap-luat-2025"};

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        Path out = Path.of(args.length > 1 ? args[1] : "out");
        Files.createDirectories(out);

        // Once per application: parses the templates, loads the fonts, prepares the static parts.
        Vanban vanban = Vanban.builder().build();

        for (String name : SAMPLES) {
            Plan plan = vanban.read(samples.resolve(name + ".yaml"));
            for (OutputFormat format : OutputFormat.values()) {
                Path file = out.resolve(name + "." + format.extension());
                try (OutputStream stream = Files.newOutputStream(file)) {
                    RenderResult result = vanban.render(plan, format, stream);
                    result.warnings().forEach(w -> System.err.println(file + ": " + w));
                }
                System.out.println(file);
            }
        }
    }
}
