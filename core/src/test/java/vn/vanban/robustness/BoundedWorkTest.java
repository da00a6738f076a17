package vn.vanban.robustness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 §5: files of a few hundred kilobytes to 4 MB (300,000 dashes, 50,000 short rows) needed
 * gigabytes. In a JVM of its own with a 256 MB heap (64 MB for each MB of the 4 MB limit), they are
 * refused with a message, and the largest plans the limits accept — as many nodes, rows, cells and
 * characters of the plan's own text as a plan may hold — render to DOCX and PDF.
 */
class BoundedWorkTest {

    /** The plans of the issue, each refused with a message in the one JVM. */
    @Test
    void filesOfManyTinyThingsAreRefusedWithAMessage() throws Exception {
        String log = run("dashes", "300000", "rows", "50000", "pieces", "199000");
        assertTrue(log.contains("dashes 300000: 3.60 MB, refused: dashes.yaml:100000:11: the file holds more than 200000 "
                + "values"), log);
        assertTrue(log.contains("rows 50000: 0.75 MB, refused: rows.yaml:10010:9: appendices[0].rows[10000]: too many "
                + "rows: a plan holds at most 10000"), log);
        assertTrue(log.contains("pieces 199000: 0.40 MB, refused: pieces.yaml:7:2017: body[0].paragraph[1000]: too many "
                + "pieces: a text holds at most 1000"), log);
    }

    /** The largest plan of each shape the limits accept, each in a JVM of its own as a command-line run would be. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"dashes, 5000", "rows, 10000", "cells, 7500", "paragraphs, 11"})
    void theLargestAcceptedPlansRender(String shape, String count) throws Exception {
        String log = run(shape, count);
        assertTrue(log.lines().anyMatch(l -> l.startsWith(shape + " " + count + ": ") && l.contains(", rendered ")), log);
    }

    private static String run(String... shapes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), HostileInput.class.getName()));
        command.addAll(List.of(shapes));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finishes");
        assertEquals(0, p.exitValue(), log);
        return log;
    }
}
