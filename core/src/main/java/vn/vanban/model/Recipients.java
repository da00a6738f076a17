package vn.vanban.model;

import java.util.List;

/**
 * Nơi nhận — where the document goes (box 9b): one "- …;" line per recipient and the last line
 * "- Lưu: VT, …." naming the archive; with box 12, the drafter's initials and the number of
 * copies issued, after the archive ("- Lưu: VT, NC (Sonnh).") or on a line of their own under it
 * ("Sonnh.(05)"), as Appendix I allows.
 *
 * @param to       recipients, in order, without the dash or the closing ";"
 * @param archive  what follows "Lưu: " ("VT" or "VT, VP")
 * @param drafter  ký hiệu người soạn thảo: the drafter's initials as written ("Sonnh", "PL"), or
 *                 {@code null}
 * @param copies   số lượng bản phát hành: how many copies are issued, or {@code null}
 * @param ownLine  box 12 on a line of its own under the list rather than after the archive
 */
public record Recipients(List<String> to, String archive, String drafter, Integer copies, boolean ownLine) {
    public Recipients {
        to = Lists.copy(to, "to");
    }

    /** Recipients without box 12. */
    public Recipients(List<String> to, String archive) {
        this(to, archive, null, null, false);
    }

    /** These recipients with box 12: the drafter's initials and, if not {@code null}, the number of copies. */
    public Recipients withDrafter(String drafter, Integer copies, boolean ownLine) {
        return new Recipients(to, archive, drafter, copies, ownLine);
    }
}
