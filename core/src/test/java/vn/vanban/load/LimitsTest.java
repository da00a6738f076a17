package vn.vanban.load;

import vn.vanban.common.Format;
import org.junit.jupiter.api.Test;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private static Plan.Builder head() {
        return Plan.builder().issuer("Ủy ban", "UBND", "Đức Phổ").date("2024").summary("Truyền thông")
                .recipients("VT").signatory(Signatory.head("Chủ tịch", "Lý"));
    }

    /** Issue 19 §5: 300,000 dashes or 50,000 short rows, under 4 MB, needed gigabytes to render. */
    @Test
    void aFileOfManyTinyNodesIsRefusedAtTheFirstOnePastTheLimit() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PlanReader().read(
                plan("  - dash: x\n".repeat(PlanLimits.BODY_NODES + 1)), "plan.yaml", Format.YAML));
        assertEquals("plan.yaml:" + (6 + PlanLimits.BODY_NODES + 1) + ":5: body[5000].dash: too many body nodes: a plan "
                + "holds at most 5000", e.getMessage());
    }

    @Test
    void eachKindOfThingHasItsLimit() {
        List<BodyNode> dashes = new ArrayList<>();
        for (int i = 0; i <= PlanLimits.BODY_NODES; i++) {
            dashes.add(BodyNode.dash("x"));
        }
        assertEquals("[body[5000].dash: too many body nodes: a plan holds at most 5000]",
                PlanValidator.problems(head().body(dashes.toArray(BodyNode[]::new)).build()).toString());

        String long99 = "x".repeat(99_999);
        List<BodyNode> paragraphs = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            paragraphs.add(BodyNode.paragraph(long99));
        }
        // Ten such paragraphs and the plan's few words of heading pass the limit.
        assertEquals("[body[9].paragraph: too much text: a plan holds at most 1000000 characters outside its appendices]",
                PlanValidator.problems(head().body(paragraphs.toArray(BodyNode[]::new)).build()).toString());
        String[] longRecipients = new String[11];
        java.util.Arrays.fill(longRecipients, long99);
        assertEquals("[recipients.to[9]: too much text: a plan holds at most 1000000 characters outside its appendices]",
                PlanValidator.problems(head().recipients("VT", longRecipients).build()).toString(),
                "the plan's own section holds more than its body");
        assertEquals("[summary: a text is longer than 100000 characters; a plan has no text that long]",
                PlanValidator.problems(head().summary("x".repeat(100_001)).build()).toString());

        Appendix.Builder rows = Appendix.builder("Danh mục").column("a", "A", 1);
        for (int i = 0; i <= PlanLimits.ROWS; i++) {
            rows.row(Map.of("a", "x"));
        }
        assertEquals("[appendices[0].rows[10000]: too many rows: a plan holds at most 10000]",
                PlanValidator.problems(head().appendix(rows.build()).build()).toString());

        Appendix.Builder wide = Appendix.builder("Danh mục");
        for (int i = 0; i <= PlanLimits.COLUMNS; i++) {
            wide.column("c" + i, "C", 1);
        }
        Appendix.Builder manyCells = Appendix.builder("Danh mục");
        Map<String, String> five = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            manyCells.column("c" + i, "C", 1);
            five.put("c" + i, "x");
        }
        for (int i = 0; i <= PlanLimits.CELLS / 5; i++) {
            manyCells.row(five);
        }
        assertEquals("[appendices[0].columns[20]: too many columns: a catalogue holds at most 20, "
                        + "appendices[1].rows[6000].c0: too many cells: a plan holds at most 30000]",
                PlanValidator.problems(head().appendix(wide.build()).appendix(manyCells.build()).build()).toString());

        Appendix.Builder longCells = Appendix.builder("Danh mục").column("a", "A", 1);
        for (int i = 0; i < 41; i++) {
            longCells.row(Map.of("a", "x".repeat(99_999)));
        }
        assertEquals("[appendices[0].rows[40].a: too much text: the catalogues of a plan hold at most 4000000 characters]",
                PlanValidator.problems(head().appendix(longCells.build()).build()).toString());

        String[] to = new String[PlanLimits.RECIPIENTS + 1];
        java.util.Arrays.fill(to, "Văn phòng");
        assertEquals("[recipients.to[200]: too many recipients: a plan holds at most 200]",
                PlanValidator.problems(head().recipients("VT", to).build()).toString());

        Inline[] pieces = new Inline[PlanLimits.PIECES + 1];
        java.util.Arrays.fill(pieces, Inline.plain("a"));
        assertEquals("[body[0].paragraph[1000]: too many pieces: a text holds at most 1000]",
                PlanValidator.problems(head().body(BodyNode.paragraph(pieces)).build()).toString());
    }

    @Test
    void aBodyNestedDeeperThanTheTemplatesRecurseIsRefused() {
        BodyNode node = BodyNode.dash("Sâu");
        for (int i = 0; i < 25; i++) {
            node = BodyNode.dash("Sâu", node);
        }
        Plan plan = Plan.builder().issuer("Ủy ban", "UBND", "Đức Phổ").date("2024").summary("Truyền thông")
                .recipients("VT").signatory(Signatory.head("Chủ tịch", "Lý")).body(node).build();
        assertEquals("[body[0](.dash.content[0])×19.dash.content: the body is nested more than 20 "
                + "levels deep; a plan needs far fewer]", PlanValidator.problems(plan).toString());
    }

    /** The path of a problem keeps every step: only runs of four or more same steps are folded. */
    @Test
    void aProblemsPathIsFoldedOnlyWhereItRepeats() {
        assertEquals("f:2:3: appendices[0].rows[3].rows[3].rows[3].time: m",
                new Problem("f", 2, 3, "appendices[0].rows[3].rows[3].rows[3].time", "m").toString());
        assertEquals("f:2:3: a(.b.c)×4.d: m", new Problem("f", 2, 3, "a.b.c.b.c.b.c.b.c.d", "m").toString());
        assertEquals("a(.b)×5: m", new Problem("", 0, 0, "a.b.b.b.b.b", "m").toString());
    }
}
