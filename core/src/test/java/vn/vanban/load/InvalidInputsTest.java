package vn.vanban.load;

import vn.vanban.common.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.testing.Strings;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file under {@code invalid/} next to the exact problems the reader must report for it,
 * one {@code file:line:col: path: message} a line in {@code <case>.expected}. An empty
 * {@code .expected} means the file must load (an odd but valid file, such as one with a BOM); a
 * file that loads with warnings lists them as {@code warning: file:line:col: path: message}.
 * {@code -Dgolden.update=true} rewrites the expectations from what the reader says; review the
 * diff before committing it.
 */
class InvalidInputsTest {

    private static final PlanReader READER = new PlanReader();

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> Format.byFileName(n).isPresent())
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    private static Path directory() throws URISyntaxException {
        return Path.of(InvalidInputsTest.class.getResource("/invalid").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String fileName) throws Exception {
        Path file = directory().resolve(fileName);
        String actual;
        try (InputStream in = Files.newInputStream(file)) {
            vn.vanban.common.Reading read = READER.reading(in, fileName, Format.byFileName(fileName).orElseThrow());
            actual = read.warnings().stream().map(w -> "warning: " + w + "\n").collect(Collectors.joining());
        } catch (InvalidInputException e) {
            actual = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n"));
        }
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        Path expectedFile = directory().resolve(base + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            // Write to the source tree, not target/, so the change shows up in the diff.
            Path source = Path.of("src/test/resources/invalid").resolve(base + ".expected");
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected, actual);
        for (String line : List.of(actual.split("\n"))) {
            assertTrue(line.isEmpty() || line.replaceFirst("^warning: ", "").startsWith(fileName + ":"), line);
            // Messages are for people: no Java class names or stack traces.
            assertFalse(Strings.showsInternals(line), line);
        }
    }
}
