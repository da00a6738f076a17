package vn.vanban.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every write that fails and every Error is a failure: a message and an exit code other than 0. */
class ExitCodesTest {

    static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path tmp;

    /** An override of the plan's template whose macro calls itself: FreeMarker recurses until the stack ends. */
    Path recursiveTemplates;

    @BeforeEach
    void templateThatCallsItself() throws IOException {
        recursiveTemplates = Files.createDirectory(tmp.resolve("templates"));
        Files.writeString(recursiveTemplates.resolve("ke-hoach.ftlx"), "<#macro again><@again/></#macro><@again/>\n");
    }

    /** Whether a runaway template is stopped by the engine (1) or by the JVM (3) is the engine's business. */
    private static void assertFailed(int code, String what) {
        assertTrue(code == Main.EXIT_INVALID || code == Main.EXIT_INTERNAL, "exit " + code + ": " + what);
    }

    @Test
    void renderOfATemplateThatCallsItselfIsAFailureWithAMessage() throws IOException {
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("render", RenderTest.SAMPLE.toString(), "-o", out.toString(),
                "--templates", recursiveTemplates.toString());

        assertFailed(r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("vanban: "), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r);
        assertEquals("", r.out());
        assertEquals(List.of(), RenderTest.names(out), "nothing written");
    }

    @Test
    void batchCountsAFileWhoseRenderingThrowsAnErrorAsFailed() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(RenderTest.SAMPLE, in.resolve("a.yaml"));
        Files.copy(RenderTest.SAMPLE, in.resolve("b.yaml"));
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2",
                "--templates", recursiveTemplates.toString());

        assertFailed(r.exitCode(), r.toString());
        for (String name : List.of("a.yaml", "b.yaml")) {
            assertTrue(r.out().contains("] " + in.resolve(name) + ": FAILED: "), r::toString);
        }
        assertTrue(r.out().matches("(?s).*\n0 rendered, 2 failed in \\d+\\.\\d s\n"), r::toString);
        assertEquals(List.of(), RenderTest.names(out));
    }

    @Test
    void anErrorIsSaidInPlainWords() {
        Failure stack = Failure.of(new StackOverflowError());
        Failure memory = Failure.of(new OutOfMemoryError("Java heap space"));
        Failure bug = Failure.of(new IllegalStateException("oops"));

        assertEquals(new Failure("internal error: the rendering ran out of stack (java.lang.StackOverflowError); "
                + "a template that calls or includes itself without end does this", Main.EXIT_INTERNAL, false), stack);
        assertEquals(new Failure("internal error: out of memory (java.lang.OutOfMemoryError: Java heap space); give Java "
                + "a larger heap, e.g. VANBAN_OPTS=-Xmx2g for bin/vanban or java -Xmx2g -jar vanban.jar",
                Main.EXIT_INTERNAL, false), memory);
        assertEquals(new Failure("internal error: java.lang.IllegalStateException: oops", Main.EXIT_INTERNAL, true), bug);
    }

    /** Runs the command with standard output going to {@code out}; returns the exit code, standard error in {@code err}. */
    private static int runTo(OutputStream out, ByteArrayOutputStream err, byte[] stdin, String... args) {
        return Main.run(args, out, err, new ByteArrayInputStream(stdin), false);
    }

    @Test
    void aDocumentThatCannotBeWrittenToStandardOutputIsAFailure() throws IOException {
        assumeTrue(Files.isWritable(FULL), "no /dev/full here");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code;
        try (OutputStream full = new FileOutputStream(FULL.toFile())) {
            code = runTo(full, err, Files.readAllBytes(RenderTest.SAMPLE), "render", "-", "--format", "pdf");
        }

        assertEquals(Main.EXIT_INVALID, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("vanban: cannot write to standard output: No space left on device\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textThatCannotBeWrittenToStandardOutputIsAFailure() throws IOException {
        assumeTrue(Files.isWritable(FULL), "no /dev/full here");
        for (String[] args : List.of(new String[] {"validate", RenderTest.SAMPLE.toString()}, new String[] {"--help"},
                new String[] {"render", RenderTest.SAMPLE.toString(), "-o", tmp.toString(), "--format", "docx"})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (OutputStream full = new FileOutputStream(FULL.toFile())) {
                code = runTo(full, err, new byte[0], args);
            }
            assertEquals(Main.EXIT_INVALID, code, String.join(" ", args) + ": " + err);
            assertEquals("vanban: cannot write to standard output: No space left on device\n",
                    err.toString(StandardCharsets.UTF_8), String.join(" ", args));
        }
    }

    @Test
    void aDiskThatFillsHalfWayThroughTheDocumentIsAFailure() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FillingUp out = new FillingUp(10_000);

        int code = runTo(out, err, Files.readAllBytes(RenderTest.SAMPLE), "render", "-", "--format", "pdf");

        assertEquals(Main.EXIT_INVALID, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("vanban: cannot write to standard output: No space left on device\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(10_000, out.written, "the part that fitted");
    }

    @Test
    void aPrintStreamThatSwallowsTheFailureIsAskedAllTheSame() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"render", "-", "--format", "docx"}, new PrintStream(new FillingUp(100)),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(Files.readAllBytes(RenderTest.SAMPLE)));

        assertEquals(Main.EXIT_INVALID, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("vanban: cannot write to standard output\n", err.toString(StandardCharsets.UTF_8));
    }

    /** A disk with room for so many bytes. */
    private static final class FillingUp extends OutputStream {
        private final int room;
        int written;

        FillingUp(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int fits = Math.min(len, room - written);
            written += fits;
            if (fits < len) {
                throw new IOException("No space left on device");
            }
        }
    }
}
