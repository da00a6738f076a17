package vn.vanban.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.testing.Strings;

import java.io.IOException;
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
 * Every progress file under {@code report/invalid/} next to the exact problems a report reports
 * for it, one {@code file:line:col: path: message} a line in {@code <case>.expected}, the file
 * names relative to that folder (the plans it names are in {@code plans/} below it).
 * {@code -Dgolden.update=true} rewrites the expectations from what the reader says; review the
 * diff before committing it.
 */
class InvalidProgressTest {

    /** Relative, as a user names a file: problems repeat the name as given. */
    static final Path DIRECTORY = Path.of("src/test/resources/report/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String fileName) throws Exception {
        String actual;
        try {
            Reports.read(DIRECTORY.resolve(fileName));
            actual = "";
        } catch (InvalidInputException e) {
            actual = e.problems().stream().map(Problem::toString).map(l -> l.replace(DIRECTORY + "/", ""))
                    .collect(Collectors.joining("\n", "", "\n"));
        }
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        Path expectedFile = DIRECTORY.resolve(base + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
        assertFalse(actual.isEmpty(), "every case here has a problem");
        for (String line : List.of(actual.split("\n"))) {
            assertTrue(line.startsWith(fileName + ":") || line.startsWith("plans/"), line);
            assertFalse(Strings.showsInternals(line), line);
        }
    }
}
