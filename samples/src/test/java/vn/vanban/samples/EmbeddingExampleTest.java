package vn.vanban.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build runs the embedding example on every sample, as a developer would copy it. */
class EmbeddingExampleTest {

    @Test
    void rendersEverySampleInBothFormats(@TempDir Path out) throws Exception {
        EmbeddingExample.main(new String[] {".", out.toString()});
        for (String name : EmbeddingExample.SAMPLES) {
            byte[] docx = Files.readAllBytes(out.resolve(name + ".docx"));
            byte[] pdf = Files.readAllBytes(out.resolve(name + ".pdf"));
            assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(docx, 2), name + ".docx is a zip");
            assertArrayEquals("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    java.util.Arrays.copyOf(pdf, 4), name + ".pdf is a PDF");
            assertTrue(docx.length > 5_000 && pdf.length > 20_000, name + " has content");
        }
    }

    /** A plan added to the folder and forgotten here would go unrendered by the build. */
    @Test
    void listsEveryPlanOfTheSamplesFolder() throws Exception {
        try (var files = Files.list(Path.of("."))) {
            assertEquals(java.util.Arrays.stream(EmbeddingExample.SAMPLES).sorted().toList(),
                    // A report's progress file (*-progress.yaml) is no plan.
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml") && !n.endsWith("-progress.yaml"))
                            .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList());
        }
    }
}
