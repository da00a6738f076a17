package vn.vanban.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.TestPlans;
import vn.vanban.common.VanbanException;
import vn.vanban.view.PlanViews;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 19 §5: a template that recursed or looped for ever was never stopped. One that writes
 * without end stops at the output limit, one whose macro calls itself without end at the stack,
 * each with a message naming the template.
 */
class TemplateBoundsTest {

    private static VanbanException run(Path dir, String template) throws Exception {
        Files.writeString(dir.resolve(Templates.APPENDICES), template);
        Templates templates = new Templates(dir);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(VanbanException.class,
                () -> templates.render(Templates.APPENDICES, PlanViews.of(TestPlans.small()))));
    }

    @Test
    void aTemplateThatWritesWithoutEndStopsAtTheOutputLimit(@TempDir Path dir) throws Exception {
        VanbanException e = run(dir, "<#list 1..2000000000 as i>Kế hoạch năm 2024 </#list>");
        assertEquals("template phu-luc.ftlx writes more than 32000000 characters, far more than any document "
                + "needs; does a loop in it never end?", e.getMessage());
    }

    @Test
    void aMacroThatCallsItselfWithoutEndStopsAtTheStack(@TempDir Path dir) throws Exception {
        VanbanException e = run(dir, "<#macro again n><@again n + 1/></#macro><@again 0/>");
        assertEquals("template phu-luc.ftlx nests its macro calls deeper than the stack allows; does a macro call "
                + "itself without end?", e.getMessage());
    }
}
