package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.layout.LayoutDocument;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The PDF writer's set-up waits for the first document and happens once. */
class BackendsTest {

    @Test
    void aLazyWriterIsSetUpByItsFirstDocumentOnceWhateverTheThreads() throws Exception {
        AtomicInteger setUps = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Backends.LayoutWriter writer = Backends.lazily(() -> {
            setUps.incrementAndGet();
            sleep(); // a slow set-up, as FOP's is: other threads arrive meanwhile
            return (doc, out) -> new RenderResult(List.of(Warning.of("written")));
        });
        assertEquals(0, setUps.get(), "nothing is set up before a document comes");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderResult>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return writer.write(null, new ByteArrayOutputStream());
                }));
            }
            start.countDown();
            for (Future<RenderResult> r : results) {
                assertEquals(List.of(Warning.of("written")), r.get().warnings());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, setUps.get());
    }

    @Test
    void aSetUpThatFailsIsTriedAgainByTheNextDocument() throws Exception {
        AtomicInteger setUps = new AtomicInteger();
        Backends.LayoutWriter writer = Backends.lazily(() -> {
            if (setUps.incrementAndGet() == 1) {
                throw new IllegalStateException("no fonts yet");
            }
            return (LayoutDocument doc, java.io.OutputStream out) -> new RenderResult(List.of());
        });
        assertThrows(IllegalStateException.class, () -> writer.write(null, new ByteArrayOutputStream()));
        assertEquals(List.of(), writer.write(null, new ByteArrayOutputStream()).warnings());
        assertEquals(2, setUps.get());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
