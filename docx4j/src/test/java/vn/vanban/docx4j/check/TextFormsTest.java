package vn.vanban.docx4j.check;

import org.junit.jupiter.api.Test;
import vn.vanban.model.DocumentType;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decree's written forms, every day and month of the year included. */
class TextFormsTest {

    private static String pad(int v, boolean zero) {
        return zero && v < 10 ? "0" + v : Integer.toString(v);
    }

    @Test
    void daysOneToNineAndMonthsOneAndTwoTakeALeadingZeroAndNoOthersDo() {
        for (int month = 1; month <= 12; month++) {
            for (int day = 1; day <= 31; day++) {
                String right = "Hà Nội, ngày " + pad(day, true) + " tháng " + pad(month, month <= 2) + " năm 2020";
                assertEquals(Optional.empty(), TextForms.dateProblem(right), right);
                if (day < 10) {
                    String bare = "Hà Nội, ngày " + day + " tháng " + pad(month, month <= 2) + " năm 2020";
                    assertTrue(TextForms.dateProblem(bare).orElseThrow().contains("'ngày " + pad(day, true) + "'"), bare);
                }
                String wrongMonth = "Hà Nội, ngày " + pad(day, true) + " tháng " + pad(month, month > 2) + " năm 2020";
                if (!wrongMonth.equals(right)) {
                    assertTrue(TextForms.dateProblem(wrongMonth).orElseThrow().contains("'tháng " + pad(month, month <= 2) + "'"),
                            wrongMonth);
                }
            }
        }
    }

    @Test
    void theDecreesOwnExamplesPassAndCommonSlipsDoNot() {
        assertEquals(Optional.empty(), TextForms.dateProblem("Hà Nội, ngày 05 tháng 01 năm 2020"));
        assertEquals(Optional.empty(), TextForms.dateProblem("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"));
        assertEquals(Optional.empty(), TextForms.dateProblem("Đức Phổ, ngày tháng năm 2024"), "a draft's blanks");
        assertEquals(Optional.empty(), TextForms.dateProblem("Phổ Thạnh, ngày tháng 01 năm 2025"), "a draft's blank day");
        assertTrue(TextForms.dateProblem("Hà Nội ngày 05 tháng 01 năm 2020").orElseThrow().contains("comma"));
        assertTrue(TextForms.dateProblem("hà Nội, ngày 05 tháng 01 năm 2020").orElseThrow().contains("capital"));
        assertTrue(TextForms.dateProblem("Hà Nội, ngày 05/01/2020").isPresent());
        assertTrue(TextForms.dateProblem("Hà Nội, ngày 32 tháng 01 năm 2020").orElseThrow().contains("01 to 31"));
        assertTrue(TextForms.dateProblem("Hà Nội, ngày 05 tháng 13 năm 2020").orElseThrow().contains("1 to 12"));
        assertTrue(TextForms.dateProblem("Hà Nội, ngày 05 tháng 01 năm 20").orElseThrow().contains("four digits"));
    }

    @Test
    void numbersAndSymbols() {
        DocumentType kh = DocumentType.KE_HOACH;
        assertEquals(Optional.empty(), TextForms.numberProblem("Số: 07/KH-UBND", kh));
        assertEquals(Optional.empty(), TextForms.numberProblem("Số: 15/KH-SYT", kh));
        assertEquals(Optional.empty(), TextForms.numberProblem("Số: /KH-UBND", kh), "a draft");
        assertEquals(Optional.empty(), TextForms.numberProblem("Số: 12/UBND-VX", DocumentType.CONG_VAN));
        assertEquals(Optional.empty(), TextForms.numberProblem("Số: 03/QyĐ-BNV", DocumentType.QUY_DINH), "mixed case, as tabled");
        assertTrue(TextForms.numberProblem("Số: 7/KH-UBND", kh).orElseThrow().contains("'07', not '7'"));
        assertTrue(TextForms.numberProblem("Số: 010/KH-UBND", kh).orElseThrow().contains("'10', not '010'"));
        assertTrue(TextForms.numberProblem("Số 07/KH-UBND", kh).orElseThrow().contains("colon"));
        assertTrue(TextForms.numberProblem("Số: 07/QĐ-UBND", kh).orElseThrow().contains("starts with KH"));
        assertTrue(TextForms.numberProblem("Số: 07/KH - UBND", kh).orElseThrow().contains("without spaces"));
        assertTrue(TextForms.numberProblem("Số: 07/KH", kh).orElseThrow().contains("agency's"));
        assertTrue(TextForms.numberProblem("Số: 07/UBND", DocumentType.CONG_VAN).orElseThrow().contains("drafting unit"));
    }

    @Test
    void appendixReferences() {
        assertEquals(Optional.empty(), TextForms.referenceProblem(
                "(Kèm theo Kế hoạch số 15/KH-UBND ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh X)"));
        assertEquals(Optional.empty(), TextForms.referenceProblem(
                "(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2024 của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ)"), "a draft");
        assertEquals(Optional.empty(), TextForms.referenceProblem(
                "(Ban hành kèm theo Quyết định số 1546/QĐ-UBND ngày 04 tháng 12 năm 2024 của Chủ tịch UBND tỉnh)"));
        assertTrue(TextForms.referenceProblem("Kèm theo Kế hoạch số 15/KH-UBND ngày 05 tháng 02 năm 2024 của X").isPresent());
        assertTrue(TextForms.referenceProblem("(Kèm theo Kế hoạch số 15/KH-UBND ngày 5 tháng 02 năm 2024 của X)")
                .orElseThrow().contains("'ngày 05'"));
        assertTrue(TextForms.referenceProblem("(Kèm theo Kế hoạch số 15/KH-UBND ngày 05 tháng 02 năm 2024)").isPresent(), "no issuer");
    }

    @Test
    void nationalTitleMottoAndNumerals() {
        assertTrue(TextForms.isNationalTitle("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertTrue(TextForms.isNationalTitle("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the older tone-mark place");
        assertTrue(TextForms.looksLikeNationalTitle("Cộng hòa xã hội chủ nghĩa Việt Nam"));
        assertTrue(TextForms.looksLikeMotto("ĐỘC LẬP – TỰ DO – HẠNH PHÚC"));
        assertEquals(4, TextForms.roman("IV"));
        assertEquals(-1, TextForms.roman("IIII"));
        assertEquals("XIV", TextForms.roman(14));
        assertEquals("KẾ HOẠCH", TextForms.typeLine(DocumentType.KE_HOACH));
    }
}
