package vn.vanban.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build runs the embedding example on every sample, as a developer would copy it. */
class EmbeddingExampleTest {

    @Test
    void rendersEverySampleInBothFormats(@TempDir Path out) throws Exception {
        EmbeddingExample.main(new String[] {".", out.toString()});
        assertTrue(EmbeddingExample.SAMPLES.length == 5, "the plans, the decisions and the letter");
        for (String name : EmbeddingExample.SAMPLES) {
            byte[] docx = Files.readAllBytes(out.resolve(name + ".docx"));
            byte[] pdf = Files.readAllBytes(out.resolve(name + ".pdf"));
            assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(docx, 2), name + ".docx is a zip");
            assertArrayEquals("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    java.util.Arrays.copyOf(pdf, 4), name + ".pdf is a PDF");
            assertTrue(docx.length > 5_000 && pdf.length > 20_000, name + " has content");
        }
    }
}
