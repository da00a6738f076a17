package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A batch killed outright ({@code kill -9}) leaves a half-written temporary file; the next run
 * into the same directory removes it, and touches nothing that is not its own.
 */
class InterruptedBatchIT {

    static final Path JAR = Path.of(System.getProperty("vanban.jar", "target/vanban.jar"));
    static final Path SAMPLE = Path.of(System.getProperty("vanban.samples", "../samples"), "duc-pho-2024.yaml");

    @Test
    void aRerunRemovesTheTemporaryFilesOfAKilledRun(@TempDir Path tmp) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "kill -9 is POSIX");
        Path in = Files.createDirectory(tmp.resolve("in"));
        for (int i = 0; i < 60; i++) {
            Files.copy(SAMPLE, in.resolve(String.format("plan-%02d.yaml", i)));
        }
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path notOurs = Files.writeString(out.resolve(".notes.tmp"), "another program's temporary file");
        List<Path> left = List.of();
        for (int attempt = 0; attempt < 5 && left.isEmpty(); attempt++) {
            left = killWhileWriting(in, out);
        }
        assertEquals(1, left.size(), "a killed run leaves its temporary file: " + left);

        Cli.Run rerun = Cli.run("batch", in.resolve("plan-00.yaml").toString(), "-o", out.toString(), "--format", "pdf");

        assertEquals(0, rerun.exitCode(), rerun::toString);
        assertTrue(rerun.err().startsWith("vanban: note: removed 1 unfinished temporary file of an interrupted run from '"
                + out + "'\n"), rerun::toString);
        assertEquals(List.of(), temporaryFiles(out));
        assertTrue(Files.exists(notOurs), "not ours, so kept");
    }

    /** Starts a batch, kills it once it is writing a document, and returns the temporary files left. */
    private static List<Path> killWhileWriting(Path in, Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process batch = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "batch", in.toString(),
                "-o", out.toString(), "--jobs", "1", "--format", "pdf")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (temporaryFiles(out).isEmpty() && batch.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        batch.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(batch.waitFor(1, TimeUnit.MINUTES));
        return temporaryFiles(out);
    }

    private static List<Path> temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> AtomicOutput.TEMPORARY.matcher(p.getFileName().toString()).matches()).toList();
        }
    }
}
