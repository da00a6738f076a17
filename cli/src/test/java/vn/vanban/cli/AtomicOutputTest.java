package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
