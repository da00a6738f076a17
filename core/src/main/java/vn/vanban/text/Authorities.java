package vn.vanban.text;

import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Thẩm quyền ban hành — who decides a Quyết định (note 6 of templates 1.2 and 1.3), in sentence
 * case: the one rule for the authority line ("GIÁM ĐỐC SỞ TƯ PHÁP") and for every line that
 * names the decision's author ("Kèm theo Quyết định số … của Giám đốc Sở Tư pháp"), so that the
 * two cannot disagree.
 */
public final class Authorities {

    /** The word that makes a title a deputy's ("Phó Giám đốc"). */
    private static final String DEPUTY = "phó";

    private Authorities() {
    }

    /**
     * The data's authority when given; else the issuing collective or agency when someone signs
     * for it (TM., or KT. under TM.); else the head's title and the agency ("Chủ tịch Ủy ban nhân
     * dân tỉnh Quảng Ngãi", "Giám đốc Sở Tư pháp"), whether the head signs (in his own name or as
     * acting head) or a deputy signs for him (KT., TL., TUQ.).
     */
    public static String of(Plan plan) {
        if (plan.authority() != null) {
            return plan.authority();
        }
        Signatory s = plan.signatory();
        String agency = plan.issuer().name();
        String head = switch (s.authority()) {
            case TM -> null;
            case NONE, Q -> s.position();
            default -> s.collective() != null ? null : s.headTitle();
        };
        return head == null ? agency : title(head, agency);
    }

    /**
     * A title and the agency it heads as one name, the words they share said once: "Trưởng ban" of
     * "Ban Chỉ đạo …" is "Trưởng Ban Chỉ đạo …", "Trưởng phòng" of "Phòng Tư pháp" "Trưởng Phòng
     * Tư pháp", "Chánh Văn phòng" of "Văn phòng UBND" "Chánh Văn phòng UBND"; the agency keeps its
     * own spelling.
     */
    public static String title(String position, String agency) {
        List<String> pos = words(position);
        List<String> ag = words(agency);
        for (int k = Math.min(pos.size(), ag.size()); k >= 1; k--) {
            if (same(pos.subList(pos.size() - k, pos.size()), ag.subList(0, k))) {
                List<String> kept = pos.subList(0, pos.size() - k);
                return kept.isEmpty() ? agency.strip() : String.join(" ", kept) + " " + agency.strip();
            }
        }
        return position.strip() + " " + agency.strip();
    }

    /**
     * The head's title of a deputy's ("Phó Giám đốc" → "Giám đốc", "Phó Chủ tịch" → "Chủ tịch"),
     * or {@code null} when the title is no deputy's.
     */
    public static String headOfDeputy(String position) {
        List<String> w = words(position);
        return w.size() < 2 || !fold(w.get(0)).equals(DEPUTY) ? null
                : VietnameseCase.capitalise(String.join(" ", w.subList(1, w.size())));
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static boolean same(List<String> a, List<String> b) {
        return IntStream.range(0, a.size()).allMatch(i -> fold(a.get(i)).equals(fold(b.get(i))));
    }

    /** A word as words are compared: composed, in lower case. */
    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(VietnameseCase.VIETNAMESE);
    }
}
