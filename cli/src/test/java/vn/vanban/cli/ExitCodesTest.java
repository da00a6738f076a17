package vn.vanban.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every Error is a failure: a message and an exit code other than 0. */
class ExitCodesTest {

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
}
