package vn.vanban.model;

import java.util.List;

/**
 * Nơi nhận — where the document goes (box 9b): one "- …;" line per recipient and the last line
 * "- Lưu: VT, …." naming the archive.
 *
 * @param to      recipients, in order, without the dash or the closing ";"
 * @param archive what follows "Lưu: " ("VT" or "VT, VP")
 */
public record Recipients(List<String> to, String archive) {
    public Recipients {
        to = to == null ? List.of() : List.copyOf(to);
    }
}
