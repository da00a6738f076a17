package vn.vanban.load;

import org.junit.jupiter.api.Test;
import vn.vanban.InvalidInputException;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What validates, renders: a limit of the document (Roman numerals stop at 3999, the templates
 * recurse as deep as the body nests) is an input error that names the node, found by the reader
 * and by the check before rendering, never a failure half-way through rendering.
 */
class LimitsTest {

    private static String plan(String body) {
        return """
                issuer: {name: Ủy ban nhân dân thị xã Đức Phổ, abbreviation: UBND, place: Đức Phổ}
                date: 2024
                summary: Truyền thông
                recipients: {archive: VT}
                signatory: {position: Chủ tịch, fullName: Bùi Văn Lý}
                body:
                """ + body;
    }

    /** Issue 19 §6: 4,000 sections passed validate, then render failed with exit 3. */
    @Test
    void sectionsBeyondTheLastRomanNumeralAreRefusedByTheReader() {
        String body = "  - section: Mục\n".repeat(4000);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PlanReader().read(plan(body), "plan.yaml", Format.YAML));
        assertEquals("plan.yaml:4006:5: body[3999].section: a list holds at most 3999 sections: they are numbered "
                + "in Roman numerals, which stop at MMMCMXCIX", e.getMessage());
        new PlanReader().read(plan("  - section: Mục\n".repeat(3999)), "plan.yaml", Format.YAML);
    }

    @Test
    void theSameLimitHoldsForAPlanBuiltInJavaAndForParts() {
        List<BodyNode> parts = new ArrayList<>();
        for (int i = 0; i < 4001; i++) {
            parts.add(BodyNode.part("Phần"));
        }
        Plan plan = Plan.builder().issuer("Ủy ban", "UBND", "Đức Phổ").date("2024").summary("Truyền thông")
                .recipients("VT").signatory(Signatory.head("Chủ tịch", "Lý")).body(parts.toArray(BodyNode[]::new))
                .build();
        assertEquals("[body[3999].part: a list holds at most 3999 parts: they are numbered in Roman numerals, which "
                + "stop at MMMCMXCIX]", PlanValidator.problems(plan).toString());
    }

    @Test
    void aBodyNestedDeeperThanTheTemplatesRecurseIsRefused() {
        BodyNode node = BodyNode.dash("Sâu");
        for (int i = 0; i < 25; i++) {
            node = BodyNode.dash("Sâu", node);
        }
        Plan plan = Plan.builder().issuer("Ủy ban", "UBND", "Đức Phổ").date("2024").summary("Truyền thông")
                .recipients("VT").signatory(Signatory.head("Chủ tịch", "Lý")).body(node).build();
        assertEquals("[body[0].dash" + ".content[0].dash".repeat(19) + ".content: the body is nested more than 20 "
                + "levels deep; a plan needs far fewer]", PlanValidator.problems(plan).toString());
    }
}
