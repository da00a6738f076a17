package vn.vanban.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * bin/vanban, the launcher, run on the packaged jar: it makes its class-data-sharing archive on
 * the first rendering, uses it afterwards without a word on the console, and passes the
 * command's output and exit code through.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of(System.getProperty("vanban.launcher", "../bin/vanban"));
    static final Path JAR = Path.of(System.getProperty("vanban.jar", "target/vanban.jar"));
    static final Path SAMPLE = Path.of(System.getProperty("vanban.samples", "../samples"), "duc-pho-2024.yaml");

    @BeforeAll
    static void needsAShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell here");
        assertTrue(Files.isRegularFile(JAR), "the package phase made " + JAR);
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(Path cache, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("VANBAN_JAR", JAR.toAbsolutePath().toString());
        pb.environment().put("VANBAN_CACHE", cache.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher finishes");
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theFirstRenderingMakesTheArchiveAndTheNextUsesItQuietly(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Run first = run(cache, Map.of(), "render", SAMPLE.toString(), "-o", tmp.resolve("a").toString());
        assertEquals(0, first.exit(), first.err());
        List<Path> archives = list(cache);
        assertEquals(1, archives.size(), "one archive, no temporary file left: " + archives);
        assertTrue(archives.get(0).getFileName().toString().matches("vanban-\\d+-\\d+\\.jsa"), archives.toString());
        assertTrue(Files.size(archives.get(0)) > 1_000_000, "the archive holds the rendering's classes");

        Run second = run(cache, Map.of(), "render", SAMPLE.toString(), "-o", tmp.resolve("b").toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals("", second.err(), "nothing about the archive on the console");
        assertEquals(first.out().replace(tmp.resolve("a").toString(), "DIR"),
                second.out().replace(tmp.resolve("b").toString(), "DIR"));
        for (String name : List.of("duc-pho-2024.docx", "duc-pho-2024.pdf")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name + " is the same with the archive");
        }
    }

    @Test
    void aRebuiltJarReplacesItsOldArchive(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path jar = Files.copy(JAR, tmp.resolve("vanban.jar"));
        Path other = Files.createDirectories(cache).resolve("vanban-1-2.jsa");
        Files.writeString(other, "another installation's archive");
        Map<String, String> env = Map.of("VANBAN_JAR", jar.toString());
        String[] docx = {"render", SAMPLE.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx"};

        assertEquals(0, run(cache, env, docx).exit());
        List<Path> first = list(cache);
        assertEquals(2, first.size(), first.toString());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertEquals(0, run(cache, env, docx).exit());

        List<Path> second = list(cache);
        assertEquals(2, second.size(), "the stale archive is gone, the other installation's kept: " + second);
        assertTrue(second.contains(other), second.toString());
        assertTrue(Collections.disjoint(first.stream().filter(p -> !p.equals(other)).toList(), second), second.toString());
    }

    @Test
    void aNewArchiveClearsThisInstallationsKilledDumpsAndLeavesOthersAlone(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path jar = Files.copy(JAR, tmp.resolve("vanban.jar"));
        Map<String, String> env = Map.of("VANBAN_JAR", jar.toString());
        String[] docx = {"render", SAMPLE.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx"};
        assertEquals(0, run(cache, env, docx).exit());
        String archive = list(cache).get(0).getFileName().toString();
        String installation = archive.substring(0, archive.lastIndexOf('-'));
        Path killed = Files.writeString(cache.resolve("." + installation + ".999.jsa"), "half a dump, its run killed");
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(400));
        Path other = Files.writeString(cache.resolve("vanban-1-2.jsa"), "another installation's, unread for a year");
        Files.getFileAttributeView(other, BasicFileAttributeView.class).setTimes(longAgo, longAgo, null);
        Path othersDump = Files.writeString(cache.resolve(".vanban-1.998.jsa"), "another installation's dump");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));

        assertEquals(0, run(cache, env, docx).exit());

        List<Path> left = list(cache);
        assertEquals(3, left.size(), "the new archive and the other installation's two files: " + left);
        assertTrue(left.containsAll(List.of(other, othersDump)), left.toString());
        assertFalse(left.contains(killed) || left.contains(cache.resolve(archive)), left.toString());
    }

    @Test
    void aFullStandardOutputIsAFailure(@TempDir Path tmp) throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "no /dev/full here");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "render", "-", "--format", "pdf");
        pb.environment().put("VANBAN_JAR", JAR.toAbsolutePath().toString());
        pb.environment().put("VANBAN_CACHE", tmp.resolve("cache").toString());
        Path err = tmp.resolve("err");
        Process p = pb.redirectInput(SAMPLE.toFile()).redirectOutput(full.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher finishes");

        assertEquals(Main.EXIT_INVALID, p.exitValue(), Files.readString(err));
        assertEquals("vanban: cannot write to standard output: No space left on device\n", Files.readString(err));
    }

    @Test
    void warningsAreSaidOnceInTheCommandsWords(@TempDir Path tmp) throws Exception {
        // U+2060 (word joiner) has no glyph in the bundled fonts; a folder with one face is no family.
        Path plan = Files.writeString(tmp.resolve("joiner.yaml"), Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Bùi Văn Lý", "Bùi\u2060Văn Lý"), StandardCharsets.UTF_8);
        Path fonts = Files.createDirectories(tmp.resolve("fonts"));
        Files.writeString(fonts.resolve("not-a-font.ttf"), "x");

        Run r = run(tmp.resolve("cache"), Map.of(), "render", plan.toString(), "-o", tmp.resolve("out").toString(),
                "--format", "pdf", "--fonts", fonts.toString());

        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.contains("U+2060")).count(), r.err());
        int name = Files.readAllLines(plan, StandardCharsets.UTF_8).indexOf("  fullName: Bùi\u2060Văn Lý") + 1;
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(plan + ":" + name + ":13: warning: signatory.fullName: "
                + "U+2060")), r.err());
        // Which family stands in depends on the machine's fonts.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("vanban: warning: no complete Times New Roman family "
                + "(regular, bold, italic and bold italic) in " + fonts + "; PDFs embed ")), r.err());
        assertEquals(2, lines.size(), "nothing else, no log headers: " + r.err());
    }

    @Test
    void exitCodesAndMessagesPassThrough(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Run missing = run(cache, Map.of(), "render", tmp.resolve("nope.yaml").toString(), "-o", tmp.toString());
        assertEquals(Main.EXIT_INVALID, missing.exit(), missing.err());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());

        Run usage = run(cache, Map.of(), "render");
        assertEquals(Main.EXIT_USAGE, usage.exit(), usage.err());

        Run version = run(cache, Map.of(), "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("vanban "), version.out());
    }

    @Test
    void aMissingJarIsNamedNotAStackTrace(@TempDir Path tmp) throws Exception {
        Run r = run(tmp, Map.of("VANBAN_JAR", tmp.resolve("none.jar").toString()), "--version");
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("vanban: cannot find vanban.jar"), r.err());
    }

    @Test
    void anUnwritableCacheOnlyCostsTheArchive(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        Run r = run(file, Map.of(), "render", SAMPLE.toString(), "-o", tmp.resolve("out").toString(), "--format", "docx");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out").resolve("duc-pho-2024.docx")));
    }
}
