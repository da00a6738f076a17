package vn.vanban.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.VanbanException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A layout profile is edited by people (a {@code profile.yaml} beside custom templates): every
 * mistake in one is named as a plan's are, with the file, line and column, the field's path and
 * what is expected; a misspelt field is refused rather than silently ignored, and a measure no
 * document can be laid out with is refused rather than rendered.
 */
class ProfileLoaderTest {

    static String builtIn() throws IOException {
        try (InputStream in = ProfileLoaderTest.class.getClassLoader().getResourceAsStream(ProfileLoader.DEFAULT_PROFILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The 1-based line on which {@code text} first stands. */
    private static int lineOf(String yaml, String text) {
        return (int) yaml.substring(0, yaml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static LayoutProfile load(String yaml) throws IOException {
        return ProfileLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "profile.yaml");
    }

    /** The built-in profile with the first {@code from} replaced by {@code to}. */
    private static String edited(String from, String to) throws IOException {
        String yaml = builtIn();
        String edited = yaml.replaceFirst(Pattern.quote(from.replace("\\n", "\n")),
                Matcher.quoteReplacement(to.replace("\\n", "\n")));
        assertNotEquals(yaml, edited, "the built-in profile has " + from);
        return edited;
    }

    private static String problems(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(yaml));
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theBuiltInProfileReadsAsBefore() throws IOException {
        LayoutProfile p = load(builtIn());
        assertEquals(ProfileLoader.loadDefault(), p);
        assertEquals(14, p.style("body").size(), 1e-9);
        assertEquals(LayoutProfile.twips(20 * 72 / 25.4), p.page().top(), 1e-9, "20 mm, in whole twips as Word keeps it");
        assertEquals(1, p.style("section-heading").outline());
        assertEquals(2, p.style("clause-heading").outline());
        assertEquals(1, p.style("appendix-label").outline());
        assertEquals(0, p.style("body").outline());
        assertEquals(-6, p.style("recipient").firstLine(), 1e-9);
        assertEquals(500, p.table("catalogue").rowsPerSection());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "  top: 20mm|  top: 2Omm|2Omm|page.top: expected a length such as 14pt, 20mm or 1cm, found '2Omm'",
            "fontFamily:|colour: red\\nfontFamily:|colour:|colour: unknown field 'colour'; expected one of: page, fontFamily, pageNumber, defaults, styles, rules, tables",
            "    wordName: Issuing Agency|    wordname: Issuing Agency|wordname:|styles.agency.wordname: unknown field 'wordname'; expected one of: wordName, ",
            "  align: center|  align: centre|centre|defaults.align: expected one of: left, center, right, justify, found 'centre'; did you mean 'center'?",
            "  bold: false|  bold: no way|no way|defaults.bold: expected true or false, found 'no way'",
            "{fraction: 0.40, thickness: 0.5pt, spaceBefore: 3pt, spaceAfter: 0}|{fraction: half, thickness: 0.5pt, spaceBefore: 3pt, spaceAfter: 0}|half|rules.agency.fraction: expected a number, found 'half'",
            "columns: [3829, 5670]|columns: [3829, wide]|3829, ^wide|tables.header.columns[1]: expected a number, found 'wide'",
            "pageNumber: page-number|pageNumber: folio|folio|pageNumber: the style 'folio' is not among the styles",
            "  height: 297mm\\n|\\n|width: 210mm|page.height: missing required field 'height'"})
    void aMistakeIsNamedWithItsLineAndField(String from, String to, String at, String expected) throws IOException {
        String edited = edited(from, to);
        String message = problems(edited);
        // Where the value (or the key) named by the message stands: where 'at' starts, or its '^'.
        int offset = edited.indexOf(at.replace("^", "")) + Math.max(0, at.indexOf('^'));
        String before = edited.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        assertTrue(message.startsWith("profile.yaml:" + line + ":" + column + ": " + expected), message);
    }

    @Test
    void everyMistakeIsToldAtOnce() throws IOException {
        String message = problems(edited("  top: 20mm", "  top: 2Omm").replace("bold: false", "bold: no way"));
        assertEquals(2, message.lines().count(), message);
    }

    @Test
    void aFileThatIsNoProfileIsToldSo() {
        assertEquals("profile.yaml: the file is empty; expected a layout profile", problems(""));
        assertEquals("profile.yaml:1:1: page: missing required field 'page'\n"
                        + "profile.yaml:1:1: pageNumber: missing required field 'pageNumber'\n"
                        + "profile.yaml:1:1: defaults: missing required field 'defaults'\n"
                        + "profile.yaml:1:1: styles: missing required field 'styles'\n"
                        + "profile.yaml:1:1: rules: missing required field 'rules'\n"
                        + "profile.yaml:1:1: tables: missing required field 'tables'",
                problems("fontFamily: Times New Roman\n"));
    }

    @Test
    void aHeadingLevelIsOneToNineAndBelongsToAStyleNotToTheDefaults() throws IOException {
        for (String level : new String[] {"two", "0", "10"}) {
            String message = problems(edited("    outline: 2", "    outline: " + level));
            assertTrue(message.matches("profile\\.yaml:\\d+:14: styles\\.clause-heading\\.outline: "
                    + "expected a heading level from 1 to 9, found '" + level + "'"), message);
        }
        String yaml = builtIn();
        String message = problems(edited("defaults:\n", "defaults:\n  outline: 1\n"));
        assertTrue(message.startsWith("profile.yaml:" + (lineOf(yaml, "defaults:") + 1)
                + ":3: defaults.outline: unknown field 'outline'; expected one of: wordName, "), message);
    }

    @Test
    void malformedYamlIsPlacedAndSaidInOneLine() {
        assertEquals("profile.yaml:2:1: the YAML is malformed: the file ends where a value is expected",
                problems("page: [\n"));
    }

    /** Issue 19 §10: measures no document can be laid out with rendered a broken one, exit 0. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "  height: 297mm|  height: -297mm|-297mm|page.height: expected a length from 50mm to 1200mm, found '-297mm'",
            "  left: 30mm|  left: 400mm|400mm|page.left: expected a length from 0mm to 100mm, found '400mm'",
            "  size: 14pt|  size: 0pt|0pt|defaults.size: expected a length from 1pt to 100pt, found '0pt'",
            "rowsPerSection: 500|rowsPerSection: 0|rowsPerSection: ^0|tables.catalogue.rowsPerSection: expected a whole number of rows from 1 to 1000, found '0'",
            "  width: 210mm|  width: 1e308mm|1e308mm|page.width: expected a length from 50mm to 1200mm, found '1e308mm'",
            "  header: 10mm|  header: 30mm|header: ^30mm|page.header: the page number line stands in the top margin: expected at most the top margin (20mm), found '30mm'",
            "{fraction: 0.40, thickness: 0.5pt, spaceBefore: 3pt, spaceAfter: 0}|{fraction: 1.5, thickness: 0.5pt, spaceBefore: 3pt, spaceAfter: 0}|fraction: ^1.5|rules.agency.fraction: expected a number from 0.01 to 1, found '1.5'",
            "  lineHeight: 15pt|  lineHeight: 0|lineHeight: ^0\\n|defaults.lineHeight: expected a length from 1pt to 200pt, found '0'"})
    void aMeasureOutOfRangeIsRefused(String from, String to, String at, String expected) throws IOException {
        aMistakeIsNamedWithItsLineAndField(from, to, at.replace("\\n", "\n"), expected);
    }

    @Test
    void marginsThatLeaveNoRoomForTextAreRefused() throws IOException {
        String message = problems(edited("  right: 15mm", "  right: 90mm").replace("  left: 30mm", "  left: 90mm"));
        assertEquals("profile.yaml:" + lineOf(builtIn(), "  width: 210mm") + ":3: page: the margins leave 30mm for the "
                + "text across a portrait page; at least 50mm is needed", message);
    }

    /** A /etc/passwd of 1.3 KB, read as YAML: one long plain text. */
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash\n".repeat(40) + "SECRET-LAST-LINE\n";

    /** Issue 19 §3: a profile.yaml that links out of the template directory was read and echoed. */
    @Test
    void aProfileLinkLeadingOutOfTheTemplateDirectoryIsRefusedUnread(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Path outside = Files.writeString(tmp.resolve("passwd"), SECRET);
        Files.createSymbolicLink(dir.resolve(ProfileLoader.FILE_NAME), outside);
        VanbanException e = assertThrows(VanbanException.class, () -> ProfileLoader.forTemplates(dir));
        assertFalse(e instanceof InvalidInputException, "refused before it is read");
        assertEquals("the layout profile " + dir.resolve(ProfileLoader.FILE_NAME)
                + " leads outside the template directory; refused", e.getMessage());
    }

    @Test
    void aLinkInsideTheTemplateDirectoryIsFollowed(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Path real = Files.writeString(dir.resolve("nd30-copy.yaml"), builtIn());
        Files.createSymbolicLink(dir.resolve(ProfileLoader.FILE_NAME), real);
        assertEquals(ProfileLoader.loadDefault(), ProfileLoader.forTemplates(dir));
        assertEquals(ProfileLoader.loadDefault(), ProfileLoader.forTemplates(tmp), "no profile.yaml: the built-in one");
    }

    @Test
    void aMessageQuotesNoMoreThanAnExcerptOfTheFile(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Files.writeString(dir.resolve(ProfileLoader.FILE_NAME), SECRET);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProfileLoader.forTemplates(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        // YAML folds the lines of the file into one text; sixty characters of it are shown.
        assertTrue(e.getMessage().endsWith("found 'root:x:0:0:root:/root:/bin/bash root:x:0:0:root:/root:/bi…'"),
                e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertTrue(e.problems().get(0).message().length() < 200, e.getMessage());
    }
}
