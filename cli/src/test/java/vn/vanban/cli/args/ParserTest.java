package vn.vanban.cli.args;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line grammar: the forms an option may take, and every mistake named. */
class ParserTest {

    enum Kind { DOCX, PDF }

    static final Option OUT = Option.value("DIR", "Where to.", "-o", "--output").required();
    static final Option FORMAT = Option.value("FORMAT", "Which.", "--format").list();
    static final Option JOBS = Option.value("N", "How many.", "-j", "--jobs");
    static final Option QUIET = Option.flag("Quiet.", "-q", "--quiet");
    static final Command RUN = Command.of("tool run", List.of("Run."), List.of(),
            Positional.oneOrMore("FILE", "Files."), List.of(OUT, FORMAT, JOBS, QUIET));
    static final Command ONE = Command.of("tool one", List.of("One."), List.of(),
            Positional.one("FILE", "A file."), List.of());
    static final Command TOOL = new Command("tool", List.of("A tool."), List.of(), null, List.of(), List.of(RUN, ONE));

    private static UsageException refused(String... args) {
        return assertThrows(UsageException.class, () -> Parser.parse(TOOL, args));
    }

    @Test
    void everyFormOfAValue() {
        for (String[] args : new String[][] {{"run", "-o", "d", "f"}, {"run", "-od", "f"}, {"run", "-o=d", "f"},
            {"run", "--output", "d", "f"}, {"run", "--output=d", "f"}, {"run", "f", "--output=d"}}) {
            Arguments a = Parser.parse(TOOL, args);
            assertSame(RUN, a.command());
            assertEquals(Path.of("d"), a.path(OUT), String.join(" ", args));
            assertEquals(List.of("f"), a.positionals());
        }
    }

    @Test
    void flagsRunTogetherAndTheStandardOnes() {
        Arguments a = Parser.parse(TOOL, "run", "-qj3", "-o", "d", "f", "--debug");
        assertTrue(a.has(QUIET));
        assertEquals(3, a.integer(JOBS));
        assertTrue(a.has(Command.DEBUG));
        assertTrue(Parser.parse(TOOL, "--debug", "run", "-o", "d", "f").has(Command.DEBUG), "before the command too");
        assertFalse(Parser.parse(TOOL, "run", "-o", "d", "f").has(QUIET));
    }

    @Test
    void aListIsSplitAtCommasAndMayRepeat() {
        Arguments a = Parser.parse(TOOL, "run", "-o", "d", "--format", "pdf, DOCX", "--format=pdf", "f");
        assertEquals(List.of("pdf", "DOCX", "pdf"), a.values(FORMAT));
        assertEquals(List.of(Kind.PDF, Kind.DOCX, Kind.PDF), a.choices(FORMAT, Kind.class));
        assertEquals(List.of(), Parser.parse(TOOL, "run", "-o", "d", "f").choices(FORMAT, Kind.class));
    }

    @Test
    void aDashIsAnArgumentAndTwoDashesEndTheOptions() {
        Arguments a = Parser.parse(TOOL, "run", "-o", "d", "-", "--", "-q", "--output");
        assertEquals(List.of("-", "-q", "--output"), a.positionals());
        assertFalse(a.has(QUIET));
    }

    @Test
    void helpAndVersionNeedNothingElse() {
        assertTrue(Parser.parse(TOOL, "run", "--help").has(Command.HELP));
        assertTrue(Parser.parse(TOOL, "one", "-V").has(Command.VERSION));
        Arguments top = Parser.parse(TOOL);
        assertSame(TOOL, top.command());
        assertNull(top.value(JOBS));
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("Unknown option: '--outptu'\nDid you mean: --output?", refused("run", "--outptu", "d", "f").getMessage());
        assertEquals("Unknown command: 'rnu'\nDid you mean: run?", refused("rnu").getMessage());
        assertEquals("Unknown option: '-x'", refused("run", "-x").getMessage());
        assertEquals("Missing value for option '--output' (DIR)", refused("run", "f", "-o").getMessage());
        assertEquals("Missing value for option '--output' (DIR)", refused("run", "f", "-o", "-q").getMessage());
        assertEquals("Option '--output' (DIR) is given more than once", refused("run", "-o", "a", "-o", "b", "f").getMessage());
        assertEquals("Option '--quiet' takes no value, but was given 'yes'", refused("run", "--quiet=yes").getMessage());
        assertEquals("Option '--quiet' takes no value, but was given 'yes'", refused("run", "-q=yes").getMessage());
        assertEquals("Missing required option: '--output=DIR'", refused("run", "f").getMessage());
        assertEquals("Missing required parameter: 'FILE...'", refused("run", "-o", "d").getMessage());
        assertEquals("Unexpected argument: 'b'", refused("one", "a", "b").getMessage());
        assertEquals("Invalid value for option '--jobs' (N): expected a whole number, not 'many'",
                assertThrows(UsageException.class, () -> Parser.parse(TOOL, "run", "-o", "d", "f", "--jobs", "many")
                        .integer(JOBS)).getMessage());
        assertSame(RUN, refused("run", "f").command(), "the synopsis shown is the command's");
    }

    @Test
    void aChoiceNamesWhatItAccepts() {
        Arguments a = Parser.parse(TOOL, "run", "-o", "d", "--format", "docx,rtf", "f");
        UsageException e = assertThrows(UsageException.class, () -> a.choices(FORMAT, Kind.class));
        assertEquals("Invalid value for option '--format' (FORMAT): expected one of docx, pdf, not 'rtf'", e.getMessage());
    }

    @Property(tries = 200)
    void anyWordAsAValueComesBackAsTyped(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String word) {
        assertEquals(word, Parser.parse(TOOL, "run", "--output", word, "f").value(OUT));
        assertEquals(word, Parser.parse(TOOL, "run", "-o" + word, "f").value(OUT));
        assertEquals(List.of(word), Parser.parse(TOOL, "run", "-o", "d", word).positionals());
    }

    @Test
    void suggestionsAreCloseNamesOnly() {
        assertEquals(0, Parser.distance("pdfa", "pdfa"));
        assertEquals(1, Parser.distance("pdf-a", "pdfa"));
        assertEquals(3, Parser.distance("", "abc"));
        assertEquals(1, Parser.distance("rnu", "run"), "two letters swapped");
        assertEquals("\nDid you mean: --pdfa?", Parser.hint("--pdf-a", List.of("--pdfa", "--fonts")));
        assertEquals("", Parser.hint("--bogus", List.of("--pdfa", "--fonts", "--output")));
    }
}
