package vn.vanban.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import vn.vanban.DocumentPart;
import vn.vanban.common.InvalidInputException;
import vn.vanban.OutputFormat;
import vn.vanban.common.Problem;
import vn.vanban.Vanban;
import vn.vanban.testing.Strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sample progress file as a clerk might damage it — a line deleted or doubled, a value
 * replaced, a stray character. Whatever comes of it, a report is made (and renders, and starts its
 * next period) or every problem is said at a line of the file, in words a person reads: never
 * another exception.
 */
class DamagedProgressProperties {

    private static final Vanban VANBAN = Vanban.builder().build();
    private static final List<String> DEBRIS = List.of(":", ": ", "- ", "[", "]", "{", ",", "\"", "#", "*a", "\t",
            "\n", "\u0000", "\u00a0", "0", "-1", "99", "2024-02-30", "Quý V/2024", "Năm 2023", "done", "tt-01",
            "../duc-pho-2024.yaml", "/etc/passwd", "duc-pho-2024.yaml", "null", "[]", "{}");

    private static Path dir;
    private static String sample;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("damaged-progress");
        Files.copy(Path.of("..", "samples", "duc-pho-2024.yaml"), dir.resolve("duc-pho-2024.yaml"));
        sample = Files.readString(ReportsTest.SAMPLE);
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 200)
    void aDamagedProgressFileIsReadOrExplained(@ForAll("edits") List<UnaryOperator<String>> edits) throws IOException {
        String text = sample;
        for (UnaryOperator<String> e : edits) {
            text = e.apply(text);
        }
        Path file = Files.writeString(dir.resolve("progress.yaml"), text);
        int lines = (int) text.lines().count() + 1;
        try {
            Report report = Reports.read(file);
            Statistics.collect("read");
            VANBAN.render(VANBAN.layout(report.document(), DocumentPart.WHOLE), OutputFormat.DOCX,
                    new ByteArrayOutputStream());
            try {
                Reports.next(file);
            } catch (InvalidInputException e) {
                assertTrue(e.problems().get(0).path().equals("period"), e.getMessage());
            }
        } catch (InvalidInputException e) {
            Statistics.collect("problems reported");
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertTrue(p.file().equals(file.toString()) || p.file().endsWith("duc-pho-2024.yaml"), p.toString());
                assertTrue(p.line() >= 0 && p.line() <= lines, p::toString);
                assertFalse(p.message().isBlank(), p.toString());
                assertFalse(Strings.showsInternals(p.message()), p.toString());
                assertFalse(p.message().contains("root:x"), p.toString());
            }
        } catch (RuntimeException e) {
            fail("a damaged progress file threw " + e + "; input:\n" + text, e);
        }
    }

    @Provide
    Arbitrary<List<UnaryOperator<String>>> edits() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<UnaryOperator<String>> edit = Arbitraries.oneOf(
                at.map(DamagedProgressProperties::deleteLine),
                at.map(DamagedProgressProperties::doubleLine),
                Combinators.combine(at, Arbitraries.of(DEBRIS)).as(DamagedProgressProperties::replaceValue),
                Combinators.combine(at, Arbitraries.of(DEBRIS)).as(DamagedProgressProperties::insert));
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }

    private static int index(double at, int size) {
        return Math.min(size - 1, (int) (at * size));
    }

    private static UnaryOperator<String> deleteLine(double at) {
        return t -> edit(t, lines -> lines.remove(index(at, lines.size())));
    }

    private static UnaryOperator<String> doubleLine(double at) {
        return t -> edit(t, lines -> lines.add(index(at, lines.size()), lines.get(index(at, lines.size()))));
    }

    private static UnaryOperator<String> replaceValue(double at, String value) {
        return t -> edit(t, lines -> {
            int i = index(at, lines.size());
            int colon = lines.get(i).indexOf(": ");
            lines.set(i, colon < 0 ? lines.get(i) + value : lines.get(i).substring(0, colon + 2) + value);
        });
    }

    private static UnaryOperator<String> insert(double at, String debris) {
        return t -> {
            int i = Math.min(t.length(), (int) (at * (t.length() + 1)));
            return t.substring(0, i) + debris + t.substring(i);
        };
    }

    private static String edit(String text, java.util.function.Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!lines.isEmpty()) {
            change.accept(lines);
        }
        return String.join("\n", lines) + "\n";
    }
}
