package vn.vanban.cli;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing from a plan, a file name or an argument reaches the terminal as a control code. */
class TerminalSafetyTest {

    /** The example: an escape sequence that retitles the window, a bell, one that clears the screen. */
    static final String HOSTILE_DATE = "\u001b]0;x\u0007\u001b[2J";

    @TempDir
    Path tmp;

    @Test
    void controlsAndBidiOverridesAreWrittenOut() {
        assertEquals("\\u001b]0;x\\u0007\\u001b[2J", TerminalWriter.escape(HOSTILE_DATE));
        assertEquals("\\u202egnp.exe", TerminalWriter.escape("\u202egnp.exe"));
        assertEquals("a\\u0000b\\u007fc\\u009bd\\u000de", TerminalWriter.escape("a\u0000b\u007fc\u009bd\re"));
        assertEquals("\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202c\\u202d\\u200e\\u200f\\u061c\\u2028\\u2029",
                TerminalWriter.escape("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u200e\u200f\u061c\u2028\u2029"));
    }

    @Test
    void textLineBreaksAndTabsStay() {
        String text = "Ủy ban nhân dân xã Phổ Thạnh\tNĐ-CP — “Kế hoạch” …\nline two\r\nline three";
        assertEquals(text, TerminalWriter.escape(text));
    }

    @Property(tries = 500)
    void whatComesOutIsSafe(@ForAll String any) {
        String escaped = TerminalWriter.escape(any);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean lineEnd = c == '\r' && i + 1 < escaped.length() && escaped.charAt(i + 1) == '\n';
            assertTrue(TerminalWriter.isSafe(c) || lineEnd, () -> "U+" + Integer.toHexString(c) + " in " + escaped);
        }
    }

    @Property(tries = 500)
    void safeTextIsLeftAlone(@ForAll String any) {
        String safe = any.chars().filter(c -> TerminalWriter.isSafe((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertEquals(safe, TerminalWriter.escape(safe));
    }

    private static void assertSafe(String printed) {
        for (char c : printed.toCharArray()) {
            assertTrue(TerminalWriter.isSafe(c), () -> "U+" + Integer.toHexString(c) + " printed raw in:\n" + printed);
        }
    }

    @Test
    void aProblemQuotingTheDataIsEscaped() {
        byte[] json = ("{\"date\":\"" + HOSTILE_DATE.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        Cli.Run validate = Cli.runWithInput(json, "validate", "-", "--stdin-format", "json");
        Cli.Run render = Cli.runWithInput(json, "render", "-", "--stdin-format", "json", "--format", "pdf");

        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("-:1:9: date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found "
                + "'\\u001b]0;x\\u0007\\u001b[2J'\n"), validate::toString);
        assertSafe(validate.out());
        assertEquals(1, render.exitCode(), render::toString);
        assertTrue(render.err().contains("found '\\u001b]0;x\\u0007\\u001b[2J'\n"), render::toString);
        assertSafe(render.err());
    }

    /** A bidi override in the data is refused by its code point: nothing of it reaches the terminal. */
    @Test
    void aBidiOverrideInTheDataIsRefusedByName() throws IOException {
        String word = "\u202e" + "x".repeat(120);
        Path plan = Files.writeString(tmp.resolve("long.yaml"),
                RenderTest.NO_APPENDIX.replace("summary: ", "summary: " + word + " "));

        Cli.Run r = Cli.run("render", plan.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx");

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("summary: the text contains the bidirectional control U+202E"), r::toString);
        assertSafe(r.err());
    }

    @Test
    void fileNamesInMessagesAndProgressLinesAreEscaped() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Path good = Files.copy(RenderTest.SAMPLE, in.resolve("a\u001b[2J.yaml"));
        Files.writeString(in.resolve("b\u202e.yaml"), "summary: [\n");

        Cli.Run batch = Cli.run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx",
                "--jobs", "1");
        Cli.Run missing = Cli.run("validate", tmp.resolve("\u009b2J.yaml").toString());

        assertEquals(1, batch.exitCode(), batch::toString);
        assertTrue(batch.out().startsWith("[1/2] " + in + "/a\\u001b[2J.yaml: ok\n[2/2] " + in + "/b\\u202e.yaml: FAILED: "
                + in + "/b\\u202e.yaml:"), batch::toString);
        assertSafe(batch.out() + batch.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out").resolve("a\u001b[2J.docx")), "the file keeps its name: " + good);
        assertEquals("vanban: cannot read '" + tmp + "/\\u009b2J.yaml': no such file\n", missing.err());
    }

    @Test
    void anArgumentEchoedInAUsageErrorIsEscaped() {
        Cli.Run r = Cli.run("render", "--\u001b[31mred", "x.yaml");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: Unknown option: '--\\u001b[31mred'\n"), r::toString);
        assertSafe(r.err());
    }
}
