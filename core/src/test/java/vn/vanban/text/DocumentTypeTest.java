package vn.vanban.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.model.DocumentType;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The abbreviations of Appendix III of the decree (spec §4), type by type. */
class DocumentTypeTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "–", value = {
        "NGHI_QUYET|Nghị quyết|NQ", "QUYET_DINH|Quyết định|QĐ", "CHI_THI|Chỉ thị|CT", "QUY_CHE|Quy chế|QC",
        "QUY_DINH|Quy định|QyĐ", "THONG_CAO|Thông cáo|TC", "THONG_BAO|Thông báo|TB", "HUONG_DAN|Hướng dẫn|HD",
        "CHUONG_TRINH|Chương trình|CTr", "KE_HOACH|Kế hoạch|KH", "PHUONG_AN|Phương án|PA", "DE_AN|Đề án|ĐA",
        "DU_AN|Dự án|DA", "BAO_CAO|Báo cáo|BC", "BIEN_BAN|Biên bản|BB", "TO_TRINH|Tờ trình|TTr",
        "HOP_DONG|Hợp đồng|HĐ", "CONG_VAN|Công văn|–", "CONG_DIEN|Công điện|CĐ", "BAN_GHI_NHO|Bản ghi nhớ|BGN",
        "BAN_THOA_THUAN|Bản thỏa thuận|BTT", "GIAY_UY_QUYEN|Giấy ủy quyền|GUQ", "GIAY_MOI|Giấy mời|GM",
        "GIAY_GIOI_THIEU|Giấy giới thiệu|GGT", "GIAY_NGHI_PHEP|Giấy nghỉ phép|GNP", "PHIEU_GUI|Phiếu gửi|PG",
        "PHIEU_CHUYEN|Phiếu chuyển|PC", "PHIEU_BAO|Phiếu báo|PB", "THU_CONG|Thư công|–",
        "BAN_SAO_Y|Bản sao y|SY", "BAN_TRICH_SAO|Bản trích sao|TrS", "BAN_SAO_LUC|Bản sao lục|SL"})
    void abbreviationsOfTheDecree(DocumentType type, String name, String abbreviation) {
        assertEquals(name, type.vietnameseName());
        assertEquals(Optional.ofNullable(abbreviation), type.abbreviation());
    }

    @Test
    void twentyNineTypesAndThreeCopyForms() {
        assertEquals(32, DocumentType.values().length);
    }

    @Test
    void keysAreLowerCaseWithHyphensWhateverTheDefaultLocale() {
        // Surefire runs under Turkish, where "I".toLowerCase() is a dotless ı.
        assertEquals("ke-hoach", DocumentType.KE_HOACH.key());
        assertEquals("chi-thi", DocumentType.CHI_THI.key());
        assertEquals("giay-gioi-thieu", DocumentType.GIAY_GIOI_THIEU.key());
        for (DocumentType t : DocumentType.values()) {
            assertEquals(Optional.of(t), DocumentType.byKey(t.key()));
        }
    }
}
