package vn.vanban.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanViewsTest {

    @Test
    void theEndMarkIsAddedOnlyWhereItIsMissing() {
        assertEquals("./.", PlanViews.missingEndMark("… tổ chức thực hiện"));
        assertEquals("/.", PlanViews.missingEndMark("… tổ chức thực hiện."));
        assertEquals("", PlanViews.missingEndMark("… tổ chức thực hiện./."));
        assertEquals("./.", PlanViews.missingEndMark("… như sau:"));
    }
}
