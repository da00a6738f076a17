package vn.vanban.robustness;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 §5: files of a few hundred kilobytes to 4 MB (300,000 dashes, 50,000 short rows) needed
 * gigabytes. In a JVM of its own with a 256 MB heap (64 MB for each MB of the 4 MB limit), they are
 * refused with a message, and the largest plans the limits accept — as many nodes, rows and
 * characters of body text as a plan may hold — render to DOCX and PDF.
 */
class BoundedWorkTest {

    @Test
    void theLargestAcceptedPlansRenderIn256Megabytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), HostileInput.class.getName(),
                "dashes", "300000", "rows", "50000", "pieces", "199000",
                "dashes", "5000", "rows", "5000", "paragraphs", "11");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finishes");
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("dashes 300000: 3.60 MB, refused: dashes.yaml:100000:11: the file holds more than 200000 "
                + "values"), log);
        assertTrue(log.contains("rows 50000: 0.75 MB, refused: rows.yaml:5010:9: appendices[0].rows[5000]: too many "
                + "rows: a plan holds at most 5000"), log);
        assertTrue(log.contains("pieces 199000: 0.40 MB, refused: pieces.yaml:7:2017: body[0].paragraph[1000]: too many "
                + "pieces: a text holds at most 1000"), log);
        for (String rendered : List.of("dashes 5000: ", "rows 5000: ", "paragraphs 11: ")) {
            assertTrue(log.lines().anyMatch(l -> l.startsWith(rendered) && l.contains(", rendered ")), log);
        }
    }
}
