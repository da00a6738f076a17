package vn.vanban.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A layout profile is edited by people (a {@code profile.yaml} beside custom templates): every
 * mistake in one is named with the file, the field's path and what is expected, and a misspelt
 * field is refused rather than silently ignored.
 */
class ProfileLoaderTest {

    private static String builtIn() throws IOException {
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
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "  top: 20mm|  top: 2Omm|top: 2Omm|page.top: expected a length such as 14pt, 20mm or 1cm, found '2Omm'",
            "fontFamily:|colour: red\\nfontFamily:|colour:|unknown field 'colour'; expected one of: page, fontFamily, pageNumber, defaults, styles, rules, tables",
            "    wordName: Issuing Agency|    wordname: Issuing Agency|wordname:|styles.agency: unknown field 'wordname'; expected one of: wordName, ",
            "  align: center|  align: centre|align: centre|defaults.align: expected left, center, right or justify, found 'centre'",
            "  bold: false|  bold: no way|bold: no way|defaults.bold: expected true or false, found 'no way'",
            "{fraction: 0.40, thickness: 0.5pt, spaceBefore: 3pt, spaceAfter: 0}|{fraction: half, thickness: 0.5pt, spaceBefore: 3pt, spaceAfter: 0}|fraction: half|rules.agency.fraction: expected a number, found 'half'",
            "columns: [3829, 5670]|columns: [3829, wide]|columns: [3829, wide]|tables.header.columns: expected a list of numbers, found '[3829,\"wide\"]'",
            "pageNumber: page-number|pageNumber: folio|pageNumber: folio|pageNumber: the style 'folio' is not among the styles",
            "  height: 297mm\\n|\\n|page: |page: missing 'height'"})
    void aMistakeIsNamedWithItsLineAndField(String from, String to, String at, String expected) throws IOException {
        String yaml = builtIn();
        // The first occurrence only: the same line may stand in several styles.
        String edited = yaml.replaceFirst(Pattern.quote(from.replace("\\n", "\n")),
                Matcher.quoteReplacement(to.replace("\\n", "\n")));
        assertNotEquals(yaml, edited, "the built-in profile has " + from);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(edited));
        // Where the key named by the message stands: the first place the text 'at' starts.
        int offset = edited.indexOf(at);
        String before = edited.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        assertTrue(e.getMessage().startsWith("profile.yaml:" + line + ":" + column + ": " + expected), e.getMessage());
    }

    @Test
    void aMistakeThatIsNoOneFieldIsNamedWithTheFileAlone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(""));
        assertEquals("profile.yaml: the profile: expected a map of fields, found ''", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> load("fontFamily: Times New Roman\n"));
        assertEquals("profile.yaml: missing 'page'", e.getMessage());
    }

    @Test
    void aHeadingLevelIsOneToNineAndBelongsToAStyleNotToTheDefaults() throws IOException {
        String yaml = builtIn();
        for (String level : new String[] {"two", "0", "10"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> load(yaml.replaceFirst("    outline: 2", "    outline: " + level)));
            assertTrue(e.getMessage().matches("profile\\.yaml:\\d+:5: styles\\.clause-heading\\.outline: "
                    + "expected a heading level from 1 to 9, found '" + level + "'"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load(yaml.replaceFirst("defaults:\n", "defaults:\n  outline: 1\n")));
        assertTrue(e.getMessage().startsWith("profile.yaml:" + (lineOf(yaml, "defaults:") + 1)
                + ":3: defaults: unknown field 'outline'; expected one of: wordName, "), e.getMessage());
    }

    @Test
    void malformedYamlIsPlacedAndSaidInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load("page: [\n"));
        assertEquals("profile.yaml:1:8: the YAML is malformed: expected the node content, but found '<stream end>'",
                e.getMessage());
    }
}
