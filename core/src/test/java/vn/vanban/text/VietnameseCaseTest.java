package vn.vanban.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseCaseTest {

    private Locale saved;

    @BeforeEach
    void turkishDefault() {
        // Surefire already runs under Turkish; set it here too so the test means the same in an IDE.
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void dottedIUpperCasesToPlainI() {
        assertEquals("I", VietnameseCase.upper("i"));
        assertEquals("THỊ XÃ", VietnameseCase.upper("thị xã"));
        assertEquals("CHỈ THỊ", VietnameseCase.upper("Chỉ thị"));
    }

    @Test
    void agencyNamesAndTitles() {
        assertEquals("ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ", VietnameseCase.upper("Ủy ban nhân dân thị xã Đức Phổ"));
        assertEquals("MỤC ĐÍCH, YÊU CẦU", VietnameseCase.upper("Mục đích, yêu cầu"));
        assertEquals("KINH PHÍ THỰC HIỆN", VietnameseCase.upper("Kinh phí thực hiện"));
        assertEquals("CHỦ TỊCH", VietnameseCase.upper("Chủ tịch"));
    }

    @Test
    void theDefaultLocaleWouldGetItWrong() {
        // Guards the premise of this class: without an explicit locale "i" becomes "İ".
        assertEquals("İ", "i".toUpperCase());
    }

    @Test
    void aPhraseSetInsideASentenceLosesItsCapitalButNotAnAbbreviation() {
        assertEquals("truyền thông về hoạt động", VietnameseCase.lowerFirst("Truyền thông về hoạt động"));
        assertEquals("đã phát sóng", VietnameseCase.lowerFirst("Đã phát sóng"));
        assertEquals("ủy ban", VietnameseCase.lowerFirst("Ủy ban"));
        assertEquals("UBND thị xã", VietnameseCase.lowerFirst("UBND thị xã"));
        assertEquals("i", VietnameseCase.lowerFirst("I"));
        assertEquals("", VietnameseCase.lowerFirst(""));
    }
}
