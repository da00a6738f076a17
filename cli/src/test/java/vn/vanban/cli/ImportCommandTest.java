package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vanban import}: a DOCX to a data file, then next-year and render as usual. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void ourDocxImportsToAPlanThatRendersTheSameDocx() throws Exception {
        Cli.Run render = Cli.run("render", Cli.samples().resolve("duc-pho-2024.yaml").toString(), "-o", dir.toString(),
                "--format", "docx");
        assertEquals(0, render.exitCode(), render.toString());
        Path docx = dir.resolve("duc-pho-2024.docx");

        Path yaml = dir.resolve("imported").resolve("plan.yaml");
        Cli.Run imported = Cli.run("import", docx.toString(), "-o", yaml.toString());

        assertEquals(0, imported.exitCode(), imported.toString());
        assertEquals("", imported.err(), "nothing unmapped in our own DOCX");
        assertEquals(yaml + "\n", imported.out());
        Cli.Run again = Cli.run("render", yaml.toString(), "-o", dir.resolve("again").toString(), "--format", "docx");
        assertEquals(0, again.exitCode(), again.toString());
        assertArrayEquals(Files.readAllBytes(docx), Files.readAllBytes(dir.resolve("again").resolve("plan.docx")));

        Cli.Run next = Cli.run("next-year", yaml.toString(), "-o", dir.resolve("plan-2025.yaml").toString());
        assertEquals(0, next.exitCode(), next.toString());
        assertTrue(Files.readString(dir.resolve("plan-2025.yaml")).contains("năm 2025"));
    }

    @Test
    void unmappedPlacesGoToStandardErrorAndTheImportSucceeds() throws Exception {
        Path word = Path.of("../docx4j/src/test/resources/imports/word/word-direct.docx");
        Cli.Run r = Cli.run("import", word.toString(), "-o", dir.resolve("p.yaml").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains(word + ": paragraph 29: \"(Đã ký)\": "), r.err());
        assertTrue(Files.exists(dir.resolve("p.yaml")));
    }

    @Test
    void aFileThatIsNoDocxFailsWithOneSentenceAndWritesNothing() throws Exception {
        Path pdf = Files.writeString(dir.resolve("plan.docx"), "%PDF-1.4\n");
        Cli.Run r = Cli.run("import", pdf.toString(), "-o", dir.resolve("p.yaml").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("vanban: " + pdf + ": not a DOCX file (it is a PDF); a DOCX is saved from Word or LibreOffice as .docx\n", r.err());
        assertFalse(Files.exists(dir.resolve("p.yaml")));
    }

    @Test
    void theTemporaryFileOfAKilledImportIsRemovedAsByTheOtherCommands() throws Exception {
        Path word = Path.of("../docx4j/src/test/resources/imports/word/word-direct.docx");
        Path stale = Files.writeString(dir.resolve(".p.yaml." + AtomicOutputTest.endedProcess() + "-0badf00d.tmp"), "type: ke");
        Cli.Run r = Cli.run("import", word.toString(), "-o", dir.resolve("p.yaml").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("vanban: note: removed 1 unfinished temporary file of an interrupted run from '"),
                r.err());
        assertFalse(Files.exists(stale));
    }

    @Test
    void theWordFileReadAndAnEditedDataFileAreNeverReplacedUnasked() throws Exception {
        Path word = Files.copy(Path.of("../docx4j/src/test/resources/imports/word/word-direct.docx"), dir.resolve("a.docx"));
        byte[] docx = Files.readAllBytes(word);
        Cli.Run onItself = Cli.run("import", word.toString(), "-o", word.toString());
        assertEquals(2, onItself.exitCode(), onItself.toString());
        assertTrue(onItself.err().contains("NEWFILE is FILE itself; the DOCX is kept, so name another file"),
                onItself.toString());
        Cli.Run forced = Cli.run("import", word.toString(), "-o", word.toString(), "--force");
        assertEquals(2, forced.exitCode(), "--force does not replace FILE: " + forced);
        assertArrayEquals(docx, Files.readAllBytes(word));

        Path yaml = Files.writeString(dir.resolve("a.yaml"), "# my edits\n");
        Cli.Run again = Cli.run("import", word.toString(), "-o", yaml.toString());
        assertEquals(2, again.exitCode(), again.toString());
        assertTrue(again.err().contains("NEWFILE '" + yaml + "' exists and may hold edits; name another file, or add "
                + "--force to replace it"), again.toString());
        assertEquals("# my edits\n", Files.readString(yaml));
        Cli.Run replaced = Cli.run("import", word.toString(), "-o", yaml.toString(), "--force");
        assertEquals(0, replaced.exitCode(), replaced.toString());
        assertTrue(Files.readString(yaml).startsWith("type: ke-hoach"), Files.readString(yaml));
    }

    @Test
    void noForceReplacesWhatIsNotARegularFile() throws Exception {
        Path word = Path.of("../docx4j/src/test/resources/imports/word/word-direct.docx");
        Path fifo = dir.resolve("pipe.yaml");
        Path target = Files.writeString(dir.resolve("target.yaml"), "# edited\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String[] c : new String[][] {
                {fifo.toString(), "is not a regular file (a device or a pipe); name a file"},
                {link.toString(), "is a symbolic link, which writing would replace by a file, its target unwritten"},
                {dir.toString(), "is a directory; name a file in it"},
                {"-", "'-' is no file"},
                {"", "NEWFILE is empty; name a file"}}) {
            Cli.Run r = Cli.run("import", word.toString(), "-o", c[0], "--force");
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().contains(c[1]), c[0] + ": " + r.err());
        }
        assertTrue(Files.isSymbolicLink(link) && !Files.isRegularFile(fifo) && Files.exists(fifo),
                "the pipe and the link are still what they were (/dev/null became a file, trial 5)");
        assertEquals("# edited\n", Files.readString(target));
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void withoutAnOutputItIsWrongUsage() {
        Cli.Run r = Cli.run("import", "plan.docx");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--output"), r.err());
    }
}
