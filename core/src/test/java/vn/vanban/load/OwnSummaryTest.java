package vn.vanban.load;

import org.junit.jupiter.api.Test;
import vn.vanban.common.Format;
import vn.vanban.common.Problem;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Found by a trial: a decision's or a plan's own summary typed as a citation reads it ("V/v …",
 * "Quyết định về việc …") printed its words twice under the type name, without a word.
 */
class OwnSummaryTest {

    private static final Path DECISION = Path.of("..", "samples", "quang-ngai-stp-2024-quyet-dinh.yaml");
    private static final Path PLAN = Path.of("..", "samples", "duc-pho-2024.yaml");

    private static List<Problem> warnings(Path sample, String summary) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8).replaceFirst("(?m)^summary: .*$", "summary: " + summary);
        Plan plan = new PlanReader().read(text, sample.getFileName().toString(), Format.YAML);
        return PlanValidator.warnings(plan).stream().filter(w -> w.toString().contains("summary")).toList();
    }

    @Test
    void aDecisionsSummaryOpeningWithItsTypeOrVvIsWarned() throws IOException {
        List<Problem> typed = warnings(DECISION, "Quyết định về việc thành lập Tổ công tác");
        assertEquals(1, typed.size(), typed::toString);
        assertTrue(typed.get(0).toString().contains("opens with the type name 'Quyết định'"), typed::toString);
        List<Problem> vv = warnings(DECISION, "V/v thành lập Tổ công tác");
        assertEquals(1, vv.size(), vv::toString);
        assertTrue(vv.get(0).toString().contains("without 'V/v'"), vv::toString);
    }

    @Test
    void aPlanAboutFamilyPlanningIsWarnedNotRefused() throws IOException {
        List<Problem> w = warnings(PLAN, "Kế hoạch hóa gia đình năm 2024");
        assertEquals(1, w.size(), w::toString);
    }

    @Test
    void theSamplesSummariesAreNotWarned() throws IOException {
        assertEquals(List.of(), warnings(DECISION, "Về việc thành lập Tổ công tác kiểm soát thủ tục hành chính"));
        assertEquals(List.of(), warnings(PLAN, "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024"));
    }
}
