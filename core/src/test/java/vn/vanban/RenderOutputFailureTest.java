package vn.vanban;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stream that fails (a full disk, a closed socket) surfaces as the exception {@link Vanban#render}
 * documents, with the stream's own exception as its cause, in both formats: never swallowed.
 */
class RenderOutputFailureTest {

    private static Vanban vanban;
    private static Plan plan;

    @BeforeAll
    static void engine() {
        vanban = Vanban.builder().build();
        plan = vanban.read(Path.of("../samples/duc-pho-2024.yaml"));
    }

    /** Takes {@code room} bytes, then fails as a full disk does. */
    static final class FullDisk extends OutputStream {
        private long room;

        FullDisk(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aFailingStreamIsReportedWithItsCause(OutputFormat format) {
        for (long room : new long[]{0, 1_000}) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> vanban.render(plan, format, new FullDisk(room)));
            assertTrue(e.getCause() instanceof IOException, e::toString);
            assertEquals("No space left on device", e.getCause().getMessage(), e::toString);
            assertEquals("cannot write the " + format + ": No space left on device", e.getMessage(),
                    "the same sentence from either writer");
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aClosedStreamIsSaidToBeClosed(OutputFormat format) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("closed", "." + format);
        try {
            OutputStream closed = java.nio.file.Files.newOutputStream(file);
            closed.close();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> vanban.render(plan, format, closed));
            assertEquals("cannot write the " + format + ": the stream is closed", e.getMessage());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @org.junit.jupiter.api.Test
    void aFormatIsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> vanban.render(plan, (OutputFormat) null, OutputStream.nullOutputStream()));
        assertEquals("format", e.getMessage(), "a null format was taken for PDF");
    }
}
