package vn.vanban.text;

import java.util.Locale;

/**
 * Case conversion for Vietnamese text. Always through an explicit locale: the platform's default
 * may be Turkish, whose "i" upper-cases to "İ".
 */
public final class VietnameseCase {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseCase() {
    }

    /** "Ủy ban nhân dân thị xã Đức Phổ" → "ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ". */
    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
