package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vanban batch: many files, several threads, one failure that stops nothing. */
class BatchTest {

    @TempDir
    Path tmp;

    @Test
    void aBadFileFailsAloneAndTheSummarySaysSo() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(RenderTest.SAMPLE, in.resolve("a.yaml"));
        Files.copy(RenderTest.SAMPLE, in.resolve("c.yml"));
        Files.writeString(in.resolve("b.yaml"), RenderTest.NO_APPENDIX.replace("summary:", "sumary:"));
        Files.writeString(in.resolve("notes.txt"), "not a plan");
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "3");

        assertEquals(1, r.exitCode(), r::toString);
        List<String> lines = Arrays.asList(r.out().split("\n"));
        assertEquals(4, lines.size(), r::toString);
        // Lines come in the order files finish; each names its file once.
        assertTrue(lines.contains(line(lines, "a.yaml")) && line(lines, "a.yaml").endsWith(in.resolve("a.yaml") + ": ok"), r::toString);
        assertTrue(line(lines, "c.yml").endsWith(in.resolve("c.yml") + ": ok"), r::toString);
        assertTrue(line(lines, "b.yaml").endsWith(in.resolve("b.yaml") + ": FAILED: " + in.resolve("b.yaml")
                + ":6:1: sumary: unknown field 'sumary'; expected one of: type, parent, issuer, number, symbol, date, "
                + "summary, basis, body, closing, recipients, signatory, appendices, numbering, issuedBy, "
                + "addressees, authority, attached, contact; did you mean 'summary'?"), r::toString);
        for (int k = 1; k <= 3; k++) {
            assertTrue(lines.get(k - 1).startsWith("[" + k + "/3] "), r::toString);
        }
        assertTrue(lines.get(3).matches("2 rendered, 1 failed in \\d+\\.\\d s"), r::toString);
        assertEquals(List.of("a.docx", "a.pdf", "c.docx", "c.pdf"), RenderTest.names(out));
    }

    @Test
    void filesAreTakenInNameOrderAndMayBeGivenOneByOne() throws IOException {
        Path a = Files.copy(RenderTest.SAMPLE, tmp.resolve("a.yaml"));
        Path b = Files.copy(RenderTest.SAMPLE, tmp.resolve("b.yaml"));
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("batch", b.toString(), a.toString(), tmp.resolve("missing.yaml").toString(),
                "-o", out.toString(), "--jobs", "1", "--format", "docx");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("[1/3] " + b + ": ok\n"
                + "[2/3] " + a + ": ok\n"
                + "[3/3] " + tmp.resolve("missing.yaml") + ": FAILED: cannot read '" + tmp.resolve("missing.yaml")
                + "': no such file\n", r.out().substring(0, r.out().lastIndexOf('\n', r.out().length() - 2) + 1));
        assertEquals(List.of("a.docx", "b.docx"), RenderTest.names(out));
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(RenderTest.SAMPLE, in.resolve("a.yaml"));
        Files.copy(RenderTest.SAMPLE, in.resolve("a.yml"));

        Cli.Run r = Cli.run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx");

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains(in.resolve("a.yml") + ": FAILED: same output name as " + in.resolve("a.yaml")),
                r::toString);
        assertTrue(r.out().contains("1 rendered, 1 failed in "), r::toString);
    }

    @Test
    void allGoodMeansExitZero() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        for (int i = 0; i < 4; i++) {
            Files.copy(RenderTest.SAMPLE, in.resolve("plan-" + i + ".yaml"));
        }

        Cli.Run r = Cli.run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "-j", "4");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("4 rendered, 0 failed in "), r::toString);
        assertEquals(8, RenderTest.names(tmp.resolve("out")).size());
    }

    @Test
    void aProgressFileNextToItsPlanIsNotRenderedAsOne() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(RenderTest.SAMPLE, in.resolve("duc-pho-2024.yaml"));
        Files.copy(Cli.samples().resolve("duc-pho-2024-6-thang-progress.yaml"),
                in.resolve("duc-pho-2024-6-thang-progress.yaml"));

        Cli.Run r = Cli.run("batch", in.toString(), "-o", tmp.resolve("out").toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("1 rendered, 0 failed in "), r::toString);
    }

    @Test
    void onATerminalAProgressBarReplacesTheOkLines() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(RenderTest.SAMPLE, in.resolve("a.yaml"));
        Files.writeString(in.resolve("b.yaml"), "summary: [\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"batch", in.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                InputStream.nullInputStream(), true);

        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, o + e);
        assertTrue(o.matches("1 rendered, 1 failed in \\d+\\.\\d s\n"), o);
        assertTrue(e.contains("/2] " + in.resolve("b.yaml") + ": FAILED: "), e);
        assertTrue(e.contains("\r[" + "#".repeat(15) + "-".repeat(15) + "] 1/2 "), e);
        assertTrue(e.endsWith("\r\033[K"), "the bar is cleared before the summary");
    }

    private static String line(List<String> lines, String file) {
        return lines.stream().filter(l -> l.contains("/" + file + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + file + " in " + lines));
    }
}
