package vn.vanban.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Loại văn bản hành chính — the administrative document types of Article 7 of Decree
 * 30/2020/NĐ-CP, each with the official abbreviation of Appendix III. Công văn and thư công
 * have none; the three copy forms (bản sao y, trích sao, sao lục) are listed last.
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_VAN("Công văn", null),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    THU_CONG("Thư công", null),
    BAN_SAO_Y("Bản sao y", "SY"),
    BAN_TRICH_SAO("Bản trích sao", "TrS"),
    BAN_SAO_LUC("Bản sao lục", "SL");

    private final String vietnameseName;
    private final String abbreviation;

    DocumentType(String vietnameseName, String abbreviation) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
    }

    /** The type's name in sentence case, as it is cited in running text ("Kế hoạch"). */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The official abbreviation used in the symbol ("KH" in {@code 15/KH-UBND}). Its mixed case
     * (CTr, QyĐ, TTr) is the decree's own and must never be upper-cased.
     */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /** The data-file key of this type: {@code ke-hoach} for {@link #KE_HOACH}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Looks a type up by its data-file key ({@code ke-hoach}) or constant name. */
    public static Optional<DocumentType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key) || t.name().equals(key)).findFirst();
    }
}
