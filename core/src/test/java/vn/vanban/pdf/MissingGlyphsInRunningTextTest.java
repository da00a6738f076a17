package vn.vanban.pdf;

import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.Format;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.model.Plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A character the font lacks in a paragraph of several justified lines (set line by line in
 * {@code fo:wrapper}s) and in a footnote gets its placeholder as in a one-line paragraph: FOP,
 * left to itself, prints '#' for it (found in a sample with '中' after the lines became wrappers).
 */
class MissingGlyphsInRunningTextTest {

    @Test
    void aMissingCharacterInALongParagraphOrAFootnoteIsAPlaceholderNotFopsHash() throws IOException {
        String yaml = Files.readString(Path.of("../samples/quang-ngai-pbgdpl-2025.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("text: Triển khai kịp thời", "text: 中 Triển khai kịp thời")
                .replaceFirst("- note: Gồm các cuộc thi", "- note: Gồm 中 các cuộc thi");
        Vanban vanban = Vanban.builder().build();
        Plan plan = vanban.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "q.yaml", Format.YAML);
        RenderResult r = vanban.render(plan, OutputFormat.PDF, new ByteArrayOutputStream());

        List<String> fop = r.warnings().stream().map(Warning::message).filter(m -> m.startsWith("FOP:")).toList();
        assertEquals(List.of(), fop, "FOP met a missing glyph, so printed '#': " + r.warnings());
        List<Warning> told = r.warnings().stream().filter(w -> w.message().startsWith("U+4E2D")).toList();
        assertEquals(2, told.size(), "the body's '中' and the footnote's are warned of: " + r.warnings());
        assertTrue(told.get(1).message().contains("(paragraph \"1 Gồm 中 các cuộc thi"), told.get(1).message());
    }
}
