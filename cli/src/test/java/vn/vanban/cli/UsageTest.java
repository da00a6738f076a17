package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line handling that needs no rendering: help, version, usage errors, file errors. */
class UsageTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "vanban {0} --help")
    @ValueSource(strings = {"", "render", "validate", "next-year", "batch"})
    void everyCommandHasHelp(String command) {
        Cli.Run r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Usage: vanban" + (command.isEmpty() ? "" : " " + command)), r::toString);
        assertTrue(r.out().contains("Exit codes: 0 "), r::toString);
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), () -> "wider than a terminal:\n" + r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest(name = "vanban {0} --version")
    @ValueSource(strings = {"", "render", "validate", "next-year", "batch"})
    void everyCommandHasVersion(String command) {
        Cli.Run r = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "-V");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().matches("(?s)vanban \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*"), r::toString);
    }

    @Test
    void theTopListsEveryCommand() {
        String help = Cli.run("--help").out();
        for (String c : new String[] {"render", "validate", "next-year", "batch"}) {
            assertTrue(help.contains("\n  " + c + " "), () -> c + " missing from\n" + help);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run r = Cli.run();

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: Missing command"), r::toString);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithTheSynopsis() {
        Cli.Run r = Cli.run("render", "--bogus", "x.yaml", "-o", tmp.toString());

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: Unknown option: '--bogus'"), r::toString);
        assertTrue(r.err().contains("Usage: vanban render "), r::toString);
        assertTrue(r.err().contains("Try 'vanban render --help' for more information."), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aMisspeltOptionGetsASuggestion() {
        Cli.Run r = Cli.run("render", "--pdf-a", "x.yaml", "-o", tmp.toString());

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--pdfa"), r::toString);
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        Cli.Run r = Cli.run("rendr", "x.yaml");

        assertEquals(2, r.exitCode(), r::toString);
        // picocli names every command close enough: render first, then report.
        assertTrue(r.err().startsWith("vanban: Unmatched arguments from index 0: 'rendr', 'x.yaml'\n"
                + "Did you mean: vanban render or vanban report?\n"), r::toString);
    }

    @Test
    void anOptionsValueMayFollowItInEveryUsualForm() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        Path d = tmp.resolve("d");
        String missing = tmp.resolve("missing.yaml").toString();
        for (List<String> options : List.of(List.of("-o", a.toString()), List.of("-o" + b), List.of("--output", c.toString()),
                List.of("--output=" + d))) {
            List<String> args = new ArrayList<>(List.of("render", missing));
            args.addAll(options);

            Cli.Run r = Cli.run(args.toArray(String[]::new));

            assertEquals(1, r.exitCode(), r::toString); // past the options, to the missing file
        }
        for (Path dir : List.of(a, b, c, d)) {
            assertTrue(Files.isDirectory(dir), dir + " was made, as the output directory");
        }
    }

    @Test
    void twoDashesEndTheOptions() {
        Cli.Run r = Cli.run("validate", "--", "--debug");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("vanban: cannot read '--debug': no such file\n", r.err());
    }

    @Test
    void renderWithoutOutputIsAUsageError() {
        Cli.Run r = Cli.run("render", "x.yaml");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: Missing required option: '--output=DIR'"), r::toString);
    }

    @Test
    void batchWithoutOutputIsAUsageError() {
        Cli.Run r = Cli.run("batch", tmp.toString());

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Missing required option: '--output=DIR'"), r::toString);
    }

    @Test
    void missingFileArgumentsAreAUsageError() {
        for (String command : new String[] {"render", "validate", "batch", "next-year"}) {
            Cli.Run r = command.equals("validate") ? Cli.run(command)
                    : Cli.run(command, "-o", tmp.resolve("out").toString());
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains("Missing required parameter"), r::toString);
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run r = Cli.run("render", "x.yaml", "-o", tmp.toString(), "--format", "docx,rtf");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("rtf"), r::toString);
    }

    @Test
    void formatNamesIgnoreCase() {
        Cli.Run r = Cli.run("render", tmp.resolve("missing.yaml").toString(), "-o", tmp.toString(), "--format", "PDF");

        assertEquals(1, r.exitCode(), r::toString); // got past the options to the missing file
    }

    @Test
    void standardInputNeedsExactlyOneFormat() {
        Cli.Run r = Cli.runWithInput(new byte[0], "render", "-");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("choose one format"), r::toString);
    }

    @Test
    void standardInputCannotBeMixedWithFilesOrOutput() {
        assertEquals(2, Cli.run("render", "-", "x.yaml", "--format", "pdf").exitCode());
        assertEquals(2, Cli.run("render", "-", "-o", tmp.toString(), "--format", "pdf").exitCode());
    }

    @Test
    void jobsMustBePositive() {
        Cli.Run r = Cli.run("batch", tmp.toString(), "-o", tmp.resolve("out").toString(), "--jobs", "0");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--jobs must be at least 1"), r::toString);
    }

    @Test
    void aMissingInputFileIsNamed() {
        String missing = tmp.resolve("khong-co.yaml").toString();

        Cli.Run render = Cli.run("render", missing, "-o", tmp.resolve("out").toString());
        Cli.Run validate = Cli.run("validate", missing);

        assertEquals(1, render.exitCode(), render::toString);
        assertEquals("vanban: cannot read '" + missing + "': no such file\n", render.err());
        assertEquals(1, validate.exitCode(), validate::toString);
        assertEquals("vanban: cannot read '" + missing + "': no such file\n", validate.err());
    }

    @Test
    void aDirectoryAsInputFileIsNamed() {
        Cli.Run r = Cli.run("validate", tmp.toString());

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("vanban: cannot read '" + tmp + "': it is a directory\n", r.err());
    }

    @Test
    void aRegularFileAsOutputDirectoryIsNamedAndLeftAlone() throws IOException {
        Path input = Files.writeString(tmp.resolve("plan.yaml"), "type: ke-hoach\n");
        Path notADir = Files.writeString(tmp.resolve("out"), "keep me");

        Cli.Run render = Cli.run("render", input.toString(), "-o", notADir.toString());
        Cli.Run batch = Cli.run("batch", input.toString(), "-o", notADir.toString());

        assertEquals(1, render.exitCode(), render::toString);
        assertEquals("vanban: cannot write to '" + notADir + "': not a directory\n", render.err());
        assertEquals(1, batch.exitCode(), batch::toString);
        assertEquals("vanban: cannot write to '" + notADir + "': not a directory\n", batch.err());
        assertEquals("keep me", Files.readString(notADir));
        assertEquals(2, fileCount(tmp), "nothing written next to it");
    }

    @Test
    void anOutputDirectoryUnderARegularFileCannotBeCreated() throws IOException {
        Path input = Files.writeString(tmp.resolve("plan.yaml"), "type: ke-hoach\n");
        Path file = Files.writeString(tmp.resolve("file"), "");

        Cli.Run r = Cli.run("render", input.toString(), "-o", file.resolve("sub").toString());

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: cannot create the directory '" + file.resolve("sub") + "': "), r::toString);
    }

    @Test
    void theOutputDirectoryIsCreatedWhenMissing() throws IOException {
        Path out = tmp.resolve("a/b/c");

        Cli.run("render", tmp.resolve("missing.yaml").toString(), "-o", out.toString());

        assertTrue(Files.isDirectory(out));
    }

    @Test
    void batchOfAnEmptyDirectoryFails() {
        Cli.Run r = Cli.run("batch", tmp.toString(), "-o", tmp.resolve("out").toString());

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: no plan files"), r::toString);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    private static long fileCount(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }
}
