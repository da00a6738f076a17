package vn.vanban.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.Problem;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trial 3 #10: a rendering's warnings about a file's plan are placed at the field they name. */
class WarningPlacesTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static final String PLAN = """
            issuer: {name: Ủy ban nhân dân xã Phổ Thạnh, abbreviation: UBND, place: Phổ Thạnh}
            date: 2025
            summary: Tổ chức Tết Nguyên đán
            body:
              - section: Tổ chức thực hiện
            closing: Yêu cầu các cơ quan nghiêm túc thực hiện.
            recipients: {to: [Ủy ban nhân dân thị xã Đức Phổ], archive: VT}
            signatory: {authority: TM, collective: Ủy ban nhân dân, headTitle: Chủ tịch, position: Chủ tịch, fullName: An}
            contact:
              - Điện thoại 0255 3859 123
              - "Trang tin: https://WORD.vn"
            """;

    @TempDir
    Path tmp;

    @Test
    void theEndMarkAndBox13sWideWordAreToldAtTheirFieldsAndOtherWarningsStayAsTheyWere() throws Exception {
        Path file = Files.writeString(tmp.resolve("plan.yaml"), PLAN.replace("WORD", "a".repeat(150)));
        Plan plan = new PlanReader().read(file);
        List<String> warnings = VANBAN.render(plan, OutputFormat.PDF, new ByteArrayOutputStream()).warnings();
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add("a warning about no field");

        List<Problem> placed = WarningPlaces.place(file, plan, all);

        assertEquals(3, placed.size(), placed::toString);
        assertEquals(List.of("closing", "contact[1]", ""), placed.stream().map(Problem::path).toList());
        assertEquals(List.of(6, 11, 0), placed.stream().map(Problem::line).toList());
        assertTrue(placed.get(0).message().startsWith("the closing sentence ends with a period"), placed::toString);
        assertEquals(all, placed.stream().map(Problem::message).toList());
    }

    @Test
    void aWordInTwoContactLinesIsPlacedAtNeither() {
        Plan plan = new PlanReader().read(PLAN.replace("Điện thoại", "WORD").replace("WORD", "b".repeat(150)),
                "plan.yaml", vn.vanban.common.Format.YAML);
        String warning = "a word is wider than its line (900 pt, the line 468 pt) and is cut in two: \""
                + "b".repeat(40) + "…\"";
        assertEquals(null, WarningPlaces.field(plan, warning));
    }
}
