package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names and titles printed in capitals given back in the case a person writes them. */
class CasingTest {

    @Test
    void knownAbbreviationsKeepTheirCapitals() {
        Casing none = new Casing(List.of());
        assertEquals("UBND tỉnh Quảng Nam", none.of("UBND TỈNH QUẢNG NAM"));
        assertEquals("HĐND huyện Núi Thành", none.of("HĐND HUYỆN NÚI THÀNH"));
        assertEquals("Ủy ban MTTQ xã Tam Quang", none.of("ỦY BAN MTTQ XÃ TAM QUANG"));
        assertEquals("Ban chỉ huy PCTT và TKCN", none.of("BAN CHỈ HUY PCTT VÀ TKCN"));
    }

    @Test
    void theDocumentsOwnAbbreviationsKeepTheirCapitals() {
        Casing casing = new Casing(List.of("- Lưu: VT, BQLDA.", "Ban Quản lý dự án (BQLDA) chủ trì."));
        assertEquals("Phòng BQLDA huyện", casing.of("PHÒNG BQLDA HUYỆN"));
        // Words in capitals with a vowel's marks are words, not initials: "VÀ" stays a word.
        assertEquals("Phòng tài chính và kế hoạch", new Casing(List.of("Tài chính VÀ kế hoạch")).of("PHÒNG TÀI CHÍNH VÀ KẾ HOẠCH"));
    }

    @Test
    void aTitleFoundInsideASentenceOpensWithACapital() {
        Casing casing = new Casing(List.of("Tổng kinh phí: 350.000.000 đồng."));
        assertEquals("Kinh phí", casing.of("KINH PHÍ"));
    }

    @Test
    void wordsTypedInOrdinaryCaseStayAsTyped() {
        assertEquals("Ubnd xã", new Casing(List.of()).of("Ubnd xã"));
    }

    /** User trial 6 #2: "SỞ Y TẾ ĐẮK LẮK" came back "Sở y tế đắk lắk", and printed so in "của …" lines. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SỞ Y TẾ ĐẮK LẮK|Sở Y tế Đắk Lắk|true",
            "BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN|Bệnh viện đa khoa vùng Tây Nguyên|false",
            "ỦY BAN NHÂN DÂN XÃ HÒA PHÚ|Ủy ban nhân dân xã Hòa Phú|false",
            "UBND TỈNH ĐẮK LẮK|UBND tỉnh Đắk Lắk|false",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO|Sở Giáo dục và Đào tạo|false",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NGÃI|Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi|false",
            "TRUNG TÂM Y TẾ HUYỆN KRÔNG ANA|Trung tâm Y tế huyện Krông Ana|false",
            "BAN CHỈ HUY PCTT VÀ TKCN|Ban Chỉ huy PCTT và TKCN|false",
            "BỆNH VIỆN ĐA KHOA THIỆN HẠNH|Bệnh viện đa khoa Thiện Hạnh|true",
            "CÔNG TY CAO SU ĐẮK LẮK|Công Ty Cao Su Đắk Lắk|true"})
    void anAgencysKindIsWrittenAsItsNameIsAndItsPlaceOrProperNameInCapitals(String capitals, String written,
                                                                              boolean guessed) {
        AgencyNames.Read read = new Casing(List.of()).agency(capitals);
        assertEquals(written, read.name());
        assertEquals(guessed, read.guessed(), "whether some of its case is a guess");
    }

    @Test
    void anAgencyTheTextWritesIsWrittenSo() {
        Casing casing = new Casing(List.of("Đề xuất Sở Y tế Đắk Lắk bổ sung biên chế."));
        assertEquals(new AgencyNames.Read("Sở Y tế Đắk Lắk", false), casing.agency("SỞ Y TẾ ĐẮK LẮK"));
        assertEquals(new AgencyNames.Read("Sở y tế", false), new Casing(List.of()).agency("Sở y tế"), "typed so");
    }
}
