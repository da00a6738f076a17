package vn.vanban.docx4j.imports;

import vn.vanban.text.VietnameseCase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Tên cơ quan — an agency's name printed in capitals ("SỞ Y TẾ ĐẮK LẮK", "BỆNH VIỆN ĐA KHOA VÙNG
 * TÂY NGUYÊN") given back as Vietnamese writes it: the words of its kind as the decree's
 * templates write them ("Sở Y tế", "Ủy ban nhân dân", "Bệnh viện đa khoa"), an administrative
 * unit or region in lower case ("tỉnh", "xã", "vùng") and the place or proper name after it in
 * title case ("Đắk Lắk", "Tây Nguyên"). A proper noun lowered would print wrong in every "của …"
 * line, a common word left capitalised only looks formal: words the reading cannot place keep
 * their capital, and the reading says it guessed.
 */
final class AgencyNames {

    /** How a name was read: its words, and whether some of their case is a guess. */
    record Read(String name, boolean guessed) {
    }

    /**
     * Kinds of agency as their names open, written as the decree's templates and the agencies
     * write them; the longest that opens a name is its kind.
     */
    private static final List<List<String>> KINDS = sorted(
            "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban", "UBND", "HĐND",
            "Chính phủ", "Văn phòng", "Sở", "Bộ", "Phòng", "Cục", "Chi cục", "Tổng cục", "Ban", "Ban Chỉ huy",
            "Ban Chỉ đạo", "Ban Quản lý", "Ban Quản lý dự án", "Trung tâm", "Bệnh viện", "Bệnh viện đa khoa",
            "Trạm Y tế", "Trường", "Trường Đại học", "Trường Cao đẳng", "Trường Trung học phổ thông",
            "Trường Trung học cơ sở", "Trường Tiểu học", "Trường Mầm non", "Công an", "Thanh tra",
            "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Đảng ủy", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy",
            "Viện", "Hội", "Liên đoàn Lao động", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đài Phát thanh và Truyền hình", "Ngân hàng Chính sách xã hội");
    /** The fields a ministry, a department or an office is named by ("Sở Y tế", "Phòng Văn hóa - Xã hội"). */
    private static final List<List<String>> FIELDS = sorted(
            "Y tế", "Giáo dục và Đào tạo", "Tài chính", "Nội vụ", "Tư pháp", "Xây dựng", "Công Thương",
            "Nông nghiệp và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
            "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Khoa học và Công nghệ", "Ngoại vụ",
            "Dân tộc và Tôn giáo", "Kế hoạch và Đầu tư", "Giao thông vận tải", "Lao động - Thương binh và Xã hội",
            "Thông tin và Truyền thông", "Kinh tế", "Văn hóa - Xã hội", "Kinh tế, Hạ tầng và Đô thị",
            "Tài chính - Kế hoạch", "Quốc phòng", "Quân sự", "Kiểm soát bệnh tật", "Y tế dự phòng",
            "Y học cổ truyền", "Chính trị", "Dịch vụ công", "Phục vụ hành chính công", "Hành chính công");
    /** Administrative units and regions, whose following words are a place's name. */
    private static final List<List<String>> UNITS = sorted(
            "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "vùng", "khu vực");
    /** Words that join a name's parts and stay lower case among its capitals. */
    private static final Set<String> JOINING = Set.of("và", "các", "của");

    private AgencyNames() {
    }

    /** {@code capitals}, one agency's name in capitals, in its written case; abbreviations kept. */
    static Read of(String capitals, Set<String> abbreviations) {
        List<String> words = Arrays.asList(Para.fold(capitals).split(" "));
        List<String> out = new ArrayList<>();
        int at = take(KINDS, words, 0, out);
        boolean guessed = at == 0;
        if (at > 0) {
            at = take(FIELDS, words, at, out);
        }
        boolean place = false;
        while (at < words.size()) {
            int unit = take(UNITS, words, at, out);
            if (unit > at) {
                at = unit;
                place = true;
                continue;
            }
            String w = words.get(at++);
            String lower = w.toLowerCase(VietnameseCase.VIETNAMESE);
            if (abbreviations.contains(Casing.bare(w))) {
                out.add(w);
            } else if (JOINING.contains(lower) && !out.isEmpty()) {
                out.add(lower);
            } else {
                // A place after its unit is title case by rule; any other word's case is a guess.
                guessed |= !place;
                out.add(VietnameseCase.capitalise(lower));
            }
        }
        String name = String.join(" ", out);
        return new Read(name.isEmpty() ? name : VietnameseCase.capitalise(name), guessed);
    }

    /**
     * Adds the written words of the longest of {@code known} that stands at {@code at} in
     * {@code words}, and says where the words after it start ({@code at} when none stands there).
     */
    private static int take(List<List<String>> known, List<String> words, int at, List<String> out) {
        for (List<String> k : known) {
            if (at + k.size() <= words.size()) {
                boolean same = true;
                for (int i = 0; i < k.size() && same; i++) {
                    same = VietnameseCase.upper(k.get(i)).equals(VietnameseCase.upper(words.get(at + i)));
                }
                if (same) {
                    out.addAll(k);
                    return at + k.size();
                }
            }
        }
        return at;
    }

    private static List<List<String>> sorted(String... names) {
        return Arrays.stream(names).map(n -> List.of(n.split(" ")))
                .sorted(Comparator.comparingInt((List<String> k) -> k.size()).reversed()).toList();
    }
}
