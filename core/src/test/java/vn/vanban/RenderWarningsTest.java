package vn.vanban;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.common.Format;
import vn.vanban.common.Problem;
import vn.vanban.load.PlanReader;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        List<Problem> read = new PlanReader().reading(new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), "plan.yaml", Format.YAML).warnings();
        assertEquals(List.of("signatory.position"), read.stream().map(Problem::path).toList(), read.toString());
        assertTrue(read.get(0).line() > 0, "read from a file, it is placed at its line: " + read.get(0));
        String expected = read.get(0).path() + ": " + read.get(0).message();
        assertTrue(expected.startsWith("signatory.position: a deputy signs for the head: 'KT. CHỦ TỊCH'"), expected);
        for (OutputFormat format : OutputFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> warnings = vanban.render(plan, format, out).warnings();
            assertTrue(out.size() > 0, format + " written");
            assertEquals(List.of(expected), warnings, format.toString());
        }
        // A part rendered alone is of the same plan, with the same slip.
        assertEquals(List.of(expected), vanban.render(plan, DocumentPart.APPENDICES, OutputFormat.DOCX,
                new ByteArrayOutputStream()).warnings());
    }

    @Test
    void aPlanWithoutASlipGetsNoWarning() {
        assertEquals(List.of(), vanban.render(TestPlans.small(), OutputFormat.DOCX, new ByteArrayOutputStream())
                .warnings());
    }
}
