package vn.vanban;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.common.Format;
import vn.vanban.common.Problem;
import vn.vanban.common.Warning;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan built in Java gets from {@code Vanban.render} the warnings the same plan read from a file
 * gets from its reading: each named by its field path, without a line.
 */
class RenderWarningsTest {

    private static Vanban vanban;

    @BeforeAll
    static void engine() {
        vanban = Vanban.builder().build();
    }

    /** A vice-chairman signing in his own name, which reads as a slip: a deputy signs "KT." for the head. */
    private static Plan deputyInHisOwnName() {
        return TestPlans.small().toBuilder()
                .signatory(new Signatory(Signatory.Authority.NONE, null, null, "Phó Chủ tịch", "Nguyễn Văn Bình"))
                .build();
    }

    @Test
    void aPlanBuiltInJavaGetsTheWarningsItsDataFileWouldGet() throws IOException {
        Plan plan = deputyInHisOwnName();
        String yaml = new PlanWriter().write(plan, Format.YAML);
        List<Problem> read = vanban.reading(new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), "plan.yaml", Format.YAML).warnings();
        assertEquals(List.of("signatory.position"), read.stream().map(Problem::path).toList(), read.toString());
        assertTrue(read.get(0).line() > 0, "read from a file, it is placed at its line: " + read.get(0));
        Warning expected = new Warning(read.get(0).path(), read.get(0).message());
        assertTrue(expected.toString().startsWith("signatory.position: a deputy signs for the head: 'KT. CHỦ TỊCH'"),
                expected::toString);
        for (OutputFormat format : OutputFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Warning> warnings = vanban.render(plan, format, out).warnings();
            assertTrue(out.size() > 0, format + " written");
            assertEquals(List.of(expected), warnings, format.toString());
        }
        // A part rendered alone is of the same plan, with the same slip.
        assertEquals(List.of(expected), vanban.render(plan, DocumentPart.APPENDICES, OutputFormat.DOCX,
                new ByteArrayOutputStream()).warnings());
    }

    /** The file's own slips reach the program through the public API, placed, not only a log. */
    @Test
    void theReadingOfAFileGivesItsSlipsToTheProgram() throws IOException {
        String yaml = new PlanWriter().write(TestPlans.small(), Format.YAML)
                .replaceFirst("(?m)^  to:.*\\n(?:    .*\\n)*", "  to: [Sở Tư pháp, ban, ngành]\n");
        vn.vanban.common.Reading r = vanban.reading(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "warn.yaml", Format.YAML);
        assertEquals(1, r.warnings().size(), yaml + r.warnings());
        Problem w = r.warnings().get(0);
        assertTrue(w.toString().matches("warn\\.yaml:\\d+:\\d+: recipients\\.to\\[1\\]: 'ban' starts in lower case.*"),
                w::toString);
    }

    @Test
    void aPlanWithoutASlipGetsNoWarning() {
        assertEquals(List.of(), vanban.render(TestPlans.small(), OutputFormat.DOCX, new ByteArrayOutputStream())
                .warnings());
    }

    /**
     * A plan built in Java learns which field each of the text's warnings is about: a character
     * the font lacks (U+2060, the word joiner, has no glyph in Times New Roman) in a body
     * paragraph, a catalogue cell and the signatory's name, a word wider than its line in a
     * section's title, and the end mark that follows the body's own period.
     */
    @Test
    void theTextsWarningsCarryTheFieldTheyAreAbout() {
        Plan small = TestPlans.small();
        Plan plan = Plan.builder().issuer(small.issuer()).date(small.date()).summary(small.summary())
                .body(new BodyNode.Section("Mục đích " + "Đ".repeat(60), small.body().get(0).content()),
                        new BodyNode.Section("Kinh phí", List.of(BodyNode.paragraph("Tổng\u2060kinh phí."))))
                .recipients(small.recipients())
                .signatory(new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", "Bùi\u2060Văn Lý"))
                .appendix(new Appendix("Danh mục", Appendix.Orientation.AUTO, true,
                        List.of(new Column("content", "Nội dung", 5), new Column("time", "Thời gian", 2)),
                        List.of(new CatalogueRow.Group("Tuyên truyền"),
                                new CatalogueRow.Item(Map.of("content", Text.of("Đăng tin"), "time", Text.of("Quý II/2024"))),
                                new CatalogueRow.Item(Map.of("content", Text.of("In\u2060tờ rơi"), "time", Text.of("Quý III/2024"))))))
                .build();

        List<Warning> warnings = vanban.render(plan, OutputFormat.PDF, new ByteArrayOutputStream()).warnings();

        assertEquals(List.of("body[1].section.content[0].paragraph", "body[0].section.title",
                "body[1].section.content[0].paragraph", "signatory.fullName", "appendices[0].rows[2].content"),
                warnings.stream().map(Warning::path).toList(), warnings::toString);
        List<String> messages = warnings.stream().map(Warning::message).toList();
        assertTrue(messages.get(0).startsWith("the body's last sentence ends with a period"), messages::toString);
        assertTrue(messages.get(1).startsWith("a word is wider than its line"), messages::toString);
        assertTrue(messages.subList(2, 5).stream().allMatch(m -> m.startsWith("U+2060")), messages::toString);
        assertTrue(warnings.get(3).message().contains("(paragraph \"Bùi\u2060Văn Lý\")"), warnings::toString);
    }
}
