package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aFinishedWriteReplacesTheOldFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("a.pdf"), "old");

        new AtomicOutput().write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of("a.pdf"), RenderTest.names(tmp));
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("a.pdf"), "old");

        assertThrows(IllegalStateException.class, () -> new AtomicOutput().write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the renderer broke");
        }));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of("a.pdf"), RenderTest.names(tmp));
    }

    @Test
    void anInterruptedRunsTemporaryFilesAreDeletedByTheShutdownHook() throws Exception {
        AtomicOutput files = new AtomicOutput();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                files.write(tmp.resolve("a.pdf"), out -> {
                    out.write('%');
                    out.flush();
                    writing.countDown();
                    try {
                        resume.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        writer.start();
        writing.await();
        assertEquals(1, RenderTest.names(tmp).size(), "the temporary file exists while writing");

        files.deleteUnfinished();

        assertEquals(List.of(), RenderTest.names(tmp));
        resume.countDown();
        writer.join();
        assertInstanceOf(CliException.class, failure.get(), "its rename then fails instead of publishing");
        assertEquals(List.of(), RenderTest.names(tmp));
    }

    @Test
    void onceStoppingNoNewFileIsStarted() throws IOException {
        AtomicOutput files = new AtomicOutput();
        files.deleteUnfinished();

        assertThrows(CliException.class, () -> files.write(tmp.resolve("a.pdf"), out -> out.write('%')));

        assertEquals(List.of(), RenderTest.names(tmp));
    }

    @Test
    void aTemporaryFileIsNamedAfterItsTargetAndItsProcess() throws Exception {
        AtomicOutput files = new AtomicOutput();
        AtomicReference<List<String>> during = new AtomicReference<>();

        files.write(tmp.resolve("a.pdf"), out -> during.set(RenderTest.names(tmp)));

        assertEquals(1, during.get().size(), during.get().toString());
        assertTrue(during.get().get(0).matches("\\.a\\.pdf\\." + ProcessHandle.current().pid() + "-[0-9a-f]{8}\\.tmp"),
                during.get().toString());
        assertTrue(AtomicOutput.TEMPORARY.matcher(during.get().get(0)).matches());
    }

    @Test
    void theTemporaryFilesOfAProcessThatEndedAreRemovedAndNothingElse() throws Exception {
        long ended = endedProcess();
        long running = ProcessHandle.current().pid();
        Path stale = Files.writeString(tmp.resolve(".a.pdf." + ended + "-0badf00d.tmp"), "half a PDF");
        Path staleDocx = Files.writeString(tmp.resolve(".b c.docx." + ended + "-00000000.tmp"), "half a DOCX");
        List<Path> kept = List.of(
                Files.writeString(tmp.resolve(".a.pdf." + running + "-0badf00d.tmp"), "being written now"),
                Files.writeString(tmp.resolve(".a.pdf.0badf00d.tmp"), "not our pattern"),
                Files.writeString(tmp.resolve("a.pdf." + ended + "-0badf00d.tmp"), "not hidden"),
                Files.writeString(tmp.resolve(".a.pdf." + ended + "-0BADF00D.tmp"), "upper case"),
                Files.writeString(tmp.resolve(".a.pdf." + ended + "-0badf00d.tmp.keep"), "another suffix"),
                Files.writeString(tmp.resolve(".notes.tmp"), "someone else's"),
                Files.writeString(tmp.resolve("a.pdf"), "a finished document"),
                Files.createDirectory(tmp.resolve(".d.pdf." + ended + "-0badf00d.tmp")));
        Path sub = Files.createDirectory(tmp.resolve("sub"));
        Path deeper = Files.writeString(sub.resolve(".a.pdf." + ended + "-0badf00d.tmp"), "not in the directory itself");

        int removed = AtomicOutput.removeStale(tmp);

        assertEquals(2, removed);
        assertFalse(Files.exists(stale) || Files.exists(staleDocx));
        for (Path p : kept) {
            assertTrue(Files.exists(p), p + " is kept");
        }
        assertTrue(Files.exists(deeper));
    }

    @Test
    void preparingADirectorySaysWhatItRemoved() throws Exception {
        Files.writeString(tmp.resolve(".a.pdf." + endedProcess() + "-0badf00d.tmp"), "half a PDF");
        StringWriter err = new StringWriter();

        new AtomicOutput().prepare(tmp, new PrintWriter(err, true));
        new AtomicOutput().prepare(tmp, new PrintWriter(err, true));

        assertEquals("vanban: note: removed 1 unfinished temporary file of an interrupted run from '" + tmp + "'\n",
                err.toString());
        assertEquals(List.of(), RenderTest.names(tmp));
    }

    /** The number of a process that has come and gone. */
    static long endedProcess() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
