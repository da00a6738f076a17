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

    /**
     * A phrase in sentence case set inside a sentence: its first letter lowered, unless the
     * phrase opens with an abbreviation ("UBND", "TTHC"), whose case is its own.
     * "Truyền thông về …" → "truyền thông về …".
     */
    public static String lowerFirst(String phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        int first = phrase.codePointAt(0);
        int next = Character.charCount(first);
        if (next < phrase.length() && Character.isUpperCase(phrase.codePointAt(next))) {
            return phrase;
        }
        return Character.toString(Character.toLowerCase(first)) + phrase.substring(next);
    }

    /** The text with its first letter raised, the rest as it is: "một triệu đồng" → "Một triệu đồng". */
    public static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return Character.toString(Character.toUpperCase(first)) + text.substring(Character.charCount(first));
    }
}
