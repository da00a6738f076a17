package vn.vanban.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sentences a report writes of a task and what came of it. */
class SentencesTest {

    /** Trial 6 §4: "- Không phát hiện ca bệnh nhập cảnh." said nothing without its task. */
    @Test
    void aTaskDoneIsNamedBeforeItsResultLoweredAfterTheColonAndEndedOnce() {
        assertEquals("Giám sát dựa vào sự kiện tại cửa khẩu: không phát hiện ca bệnh nhập cảnh.",
                Sentences.taskResult("Giám sát dựa vào sự kiện tại cửa khẩu", "Không phát hiện ca bệnh nhập cảnh"));
        assertEquals("Giám sát dựa vào sự kiện tại cửa khẩu: không phát hiện ca bệnh nhập cảnh.",
                Sentences.taskResult(" Giám sát dựa vào sự kiện tại cửa khẩu. ", "Không phát hiện ca bệnh nhập cảnh. "));
        assertEquals("Tiêm vắc xin: đạt 96,2%!", Sentences.taskResult("Tiêm vắc xin:", "Đạt 96,2%!"));
    }

    @Test
    void aResultOpeningWithANameOrAnAbbreviationKeepsItsCase() {
        assertEquals("Họp: Sở Y tế đã họp.", Sentences.taskResult("Họp", "Sở Y tế đã họp"));
        assertEquals("Họp: Hà Nội đăng cai.", Sentences.taskResult("Họp", "Hà Nội đăng cai"));
        assertEquals("Họp: UBND tỉnh đã họp.", Sentences.taskResult("Họp", "UBND tỉnh đã họp"));
        assertEquals("Họp: xong.", Sentences.taskResult("Họp", "Xong"));
        assertEquals("Họp: 03 cuộc.", Sentences.taskResult("Họp", "03 cuộc"));
    }
}
