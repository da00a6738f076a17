package vn.vanban;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A layout remembers the profile it was made with: an engine of another profile refuses it
 * instead of writing a DOCX of neither and a PDF whose text runs off its lines (trial 6 §7); an
 * engine of the same profile writes it as made.
 */
class LayoutOfAnotherEngineTest {

    @TempDir
    static Path templates;

    private static Vanban ours;
    private static Vanban deeperTop;
    private static final Plan PLAN = TestPlans.small();

    @BeforeAll
    static void engines() throws IOException {
        String profile;
        try (InputStream in = Vanban.class.getClassLoader().getResourceAsStream("vn/vanban/profile/nd30.yaml")) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(profile.contains("\n  top: 20mm\n"));
        Files.writeString(templates.resolve(Vanban.PROFILE_FILE), profile.replace("\n  top: 20mm\n", "\n  top: 25mm\n"));
        ours = Vanban.builder().build();
        deeperTop = Vanban.builder().templates(templates).build();
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aLayoutOfAnotherProfileIsRefusedNamingBoth(OutputFormat format) {
        LayoutDocument theirs = deeperTop.layout(PLAN, DocumentPart.WHOLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ours.render(theirs, format, out));

        assertEquals("the layout was made by an engine of another layout profile: its top margin is 70.85 pt, this "
                + "engine's 56.7 pt; write it with the engine that laid it out, or lay the plan out with this engine",
                e.getMessage());
        assertEquals(0, out.size(), "nothing written");
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void anEngineOfTheSameProfileWritesItAsMade(OutputFormat format) {
        LayoutDocument layout = ours.layout(PLAN, DocumentPart.WHOLE);
        ByteArrayOutputStream byAnother = new ByteArrayOutputStream();
        ByteArrayOutputStream byItsOwn = new ByteArrayOutputStream();

        Vanban.builder().build().render(layout, format, byAnother);
        ours.render(layout, format, byItsOwn);

        assertArrayEquals(byItsOwn.toByteArray(), byAnother.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aLayoutBuiltInCodeIsWrittenWithTheEnginesProfile(OutputFormat format) {
        LayoutDocument made = ours.layout(PLAN, DocumentPart.WHOLE);
        LayoutDocument inCode = new LayoutDocument(made.metadata(), made.sections(), made.warnings());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        deeperTop.render(inCode, format, out);

        assertTrue(out.size() > 0);
    }
}
