package vn.vanban;

import vn.vanban.common.Problem;
import vn.vanban.common.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A plan built in Java is checked before anything is rendered, and refused with the problems a
 * data file would get, named by field path: no NullPointerException, no "null" in the document,
 * no cell silently dropped, and nothing written.
 */
class RenderChecksThePlanTest {

    private static Vanban vanban;

    @BeforeAll
    static void engine() {
        vanban = Vanban.builder().build();
    }

    private static String problems(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> vanban.render(plan, OutputFormat.DOCX, out));
        assertEquals(0, out.size(), "nothing is written");
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static Plan.Builder valid() {
        return TestPlans.small().toBuilder();
    }

    @Test
    void aDeputyWithoutTheHeadsTitle() {
        assertEquals("signatory.headTitle: 'signatory.headTitle' is required when authority is KT",
                problems(valid().signatory(new Signatory(Signatory.Authority.KT, null, null, "Phó Chủ tịch", "Lý"))
                        .build()));
    }

    @Test
    void aPointWithoutText() {
        assertEquals("body[2].point: expected the point's text, found nothing",
                problems(valid().body(new BodyNode.Point(null, List.of())).build()));
    }

    @Test
    void anIssuerWithoutPlace() {
        assertEquals("issuer.place: missing required field 'place'",
                problems(valid().issuer(new Agency("Ủy ban nhân dân thị xã Đức Phổ", "UBND", null)).build()));
    }

    @Test
    void aCatalogueCellUnderNoColumn() {
        Plan plan = valid().appendix(Appendix.builder("Danh mục").column("content", "Nội dung", 1)
                .row(Map.of("contnet", "Đăng tin")).build()).build();
        assertEquals("appendices[1].rows[0].contnet: unknown column 'contnet'; expected one of: content; "
                + "did you mean 'content'?", problems(plan));
    }

    @Test
    void anEmptySummary() {
        assertEquals("summary: expected text, found an empty string", problems(valid().summary(" ").build()));
    }

    @Test
    void theLayoutChecksToo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> vanban.layout(valid().summary(null).build(), DocumentPart.WHOLE));
        assertEquals("summary: missing required field 'summary'", e.getMessage());
    }
}
