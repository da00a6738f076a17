package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;

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
}
