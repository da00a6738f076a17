package vn.vanban.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.vanban.common.InvalidInputException;
import vn.vanban.OutputFormat;
import vn.vanban.common.Problem;
import vn.vanban.Vanban;
import vn.vanban.common.VanbanException;
import vn.vanban.common.Format;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.Plan;
import vn.vanban.testing.Strings;
import vn.vanban.yearly.NextYear;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sample as a clerk might damage it — a line deleted, doubled or moved, indentation off, a
 * stray character, a value replaced, the file cut short — in YAML and in JSON. Whatever comes
 * of it, the reader either gives a plan — one that is written out and read back unchanged, renewed
 * for next year and rendered — or says what is wrong, where, in words a person can read: never
 * another exception, never a position outside the file.
 */
class MutatedInputProperties {

    private static final Vanban VANBAN = Vanban.builder().build();
    private static final String NAME = "plan";
    private static final Path SAMPLE = Path.of("../samples/duc-pho-2024.yaml");
    private static final String YAML = read(SAMPLE);
    private static final PlanWriter WRITER = new PlanWriter();
    private static final String JSON = WRITER.write(VANBAN.read(SAMPLE), Format.JSON);

    /** What a slip of the keyboard or a bad copy and paste leaves behind. */
    private static final List<String> DEBRIS = List.of(":", ": ", "-", "- ", "[", "]", "{", "}", ",", "\"", "'",
            "#", "&a ", "*a", "!!int ", "|", ">", "\t", "  ", "\n", "\u0000", "\uFEFF", "\u00a0", "ế", "e\u0302\u0301",
            "~", "null", "0", "-1", "1e999", "2024-02-30", "2024-13", "yes", "\\", "\\u12", "%", "//", "/*", "NaN");

    @Property(tries = 300)
    void damagedYamlIsReadOrExplained(@ForAll("yamlEdits") List<UnaryOperator<String>> edits) {
        check(apply(YAML, edits), Format.YAML);
    }

    @Property(tries = 150)
    void damagedJsonIsReadOrExplained(@ForAll("jsonEdits") List<UnaryOperator<String>> edits) {
        check(apply(JSON, edits), Format.JSON);
    }

    private static void check(String text, Format format) {
        String name = NAME + "." + format.name().toLowerCase(Locale.ROOT);
        Plan plan;
        try {
            plan = VANBAN.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, format);
        } catch (InvalidInputException e) {
            Statistics.collect("problems reported");
            int lines = (int) text.lines().count() + 1;
            assertFalse(e.problems().isEmpty(), "an invalid input names at least one problem");
            for (Problem p : e.problems()) {
                assertTrue(p.toString().startsWith(name + ":"), p.toString());
                assertTrue(p.line() >= 0 && p.line() <= lines, () -> "line " + p.line() + " of " + lines + ": " + p);
                assertTrue(p.column() >= 0, p.toString());
                assertFalse(p.message().isBlank(), p.toString());
                assertFalse(Strings.showsInternals(p.message()), p.toString());
            }
            return;
        } catch (RuntimeException e) {
            fail("reading threw " + e + " instead of naming the problem; input:\n" + text, e);
            return;
        }
        // Read without a problem: then it survives being written out again in either notation
        // (next-year falls back to that), next year's copy can be made, and it renders, or says
        // in one sentence why it cannot.
        Statistics.collect("read");
        for (Format written : Format.values()) {
            String again = WRITER.write(plan, written);
            assertEquals(plan, VANBAN.read(new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8)),
                    "written", written), () -> "written as " + written + ":\n" + again + "\nfrom:\n" + text);
        }
        assertEquals(plan.date().year() + 1, NextYear.of(plan).plan().date().year());
        for (OutputFormat f : OutputFormat.values()) {
            try {
                VANBAN.render(plan, f, new ByteArrayOutputStream());
            } catch (VanbanException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), e.toString());
            } catch (RuntimeException e) {
                fail("rendering a plan the reader accepted threw " + e + "; input:\n" + text, e);
            }
        }
    }

    private static String apply(String text, List<UnaryOperator<String>> edits) {
        String t = text;
        for (UnaryOperator<String> edit : edits) {
            t = edit.apply(t);
        }
        return t;
    }

    @Provide
    Arbitrary<List<UnaryOperator<String>>> yamlEdits() {
        return edits();
    }

    @Provide
    Arbitrary<List<UnaryOperator<String>>> jsonEdits() {
        return edits();
    }

    /** One to three edits; positions are fractions of the text, so they fit whatever came before. */
    private static Arbitrary<List<UnaryOperator<String>>> edits() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<UnaryOperator<String>> edit = Arbitraries.oneOf(
                at.map(MutatedInputProperties::deleteLine),
                at.map(MutatedInputProperties::doubleLine),
                Combinators.combine(at, at).as(MutatedInputProperties::moveLine),
                Combinators.combine(at, Arbitraries.integers().between(-4, 4)).as(MutatedInputProperties::indent),
                Combinators.combine(at, Arbitraries.of(DEBRIS)).as(MutatedInputProperties::insert),
                Combinators.combine(at, Arbitraries.of(DEBRIS)).as(MutatedInputProperties::replaceValue),
                at.map(MutatedInputProperties::cut));
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }

    private static int index(double at, int size) {
        return Math.min(size - 1, (int) (at * size));
    }

    private static UnaryOperator<String> deleteLine(double at) {
        return t -> edit(t, lines -> lines.remove(index(at, lines.size())));
    }

    private static UnaryOperator<String> doubleLine(double at) {
        return t -> edit(t, lines -> {
            int i = index(at, lines.size());
            lines.add(i, lines.get(i));
        });
    }

    private static UnaryOperator<String> moveLine(double from, double to) {
        return t -> edit(t, lines -> {
            String line = lines.remove(index(from, lines.size()));
            lines.add(index(to, lines.size() + 1), line);
        });
    }

    private static UnaryOperator<String> indent(double at, int by) {
        return t -> edit(t, lines -> {
            int i = index(at, lines.size());
            String line = lines.get(i);
            lines.set(i, by >= 0 ? " ".repeat(by) + line : line.substring(Math.min(-by, leading(line))));
        });
    }

    /** The value after the first ": " of a line, or the line's end, replaced. */
    private static UnaryOperator<String> replaceValue(double at, String value) {
        return t -> edit(t, lines -> {
            int i = index(at, lines.size());
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            lines.set(i, colon < 0 ? line + value : line.substring(0, colon + 2) + value);
        });
    }

    private static UnaryOperator<String> insert(double at, String debris) {
        return t -> {
            int i = Math.min(t.length(), (int) (at * (t.length() + 1)));
            return t.substring(0, i) + debris + t.substring(i);
        };
    }

    private static UnaryOperator<String> cut(double at) {
        return t -> t.substring(0, (int) (at * t.length()));
    }

    private static String edit(String text, java.util.function.Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.isEmpty()) {
            return text;
        }
        change.accept(lines);
        return String.join("\n", lines) + "\n";
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
