package vn.vanban.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.common.Problem;
import vn.vanban.common.Warning;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rendering's warnings about a file's plan are placed at the field each names. */
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

    private List<Problem> placed(String yaml, List<Warning> more) throws Exception {
        Path file = Files.writeString(tmp.resolve("plan.yaml"), yaml);
        Plan plan = new PlanReader().read(file);
        List<Warning> all = new ArrayList<>(VANBAN.render(plan, OutputFormat.PDF, new ByteArrayOutputStream()).warnings());
        all.addAll(more);
        List<Problem> placed = WarningPlaces.place(file, all);
        assertEquals(all.stream().map(Warning::message).toList(), placed.stream().map(Problem::message).toList(),
                "the messages as they were");
        return placed;
    }

    @Test
    void theEndMarkAndBox13sWideWordAreToldAtTheirFieldsAndOtherWarningsStayAsTheyWere() throws Exception {
        List<Problem> placed = placed(PLAN.replace("WORD", "a".repeat(150)), List.of(Warning.of("a warning about no field")));

        assertEquals(List.of("closing", "contact[1]", ""), placed.stream().map(Problem::path).toList(), placed::toString);
        assertEquals(List.of(6, 11, 0), placed.stream().map(Problem::line).toList());
        assertTrue(placed.get(0).message().startsWith("the closing sentence ends with a period"), placed::toString);
    }

    @Test
    void theSameWideWordInTwoContactLinesIsToldAtEach() throws Exception {
        // Matching a warning's words to a field could not tell these apart: the path can.
        List<Problem> placed = placed(PLAN.replace("Điện thoại", "WORD").replace("WORD", "b".repeat(150)), List.of());

        assertEquals(List.of("closing", "contact[0]", "contact[1]"), placed.stream().map(Problem::path).toList(),
                placed::toString);
        assertEquals(List.of(6, 10, 11), placed.stream().map(Problem::line).toList());
        assertEquals(List.of(5, 5), placed.subList(1, 3).stream().map(Problem::column).toList());
    }
}
