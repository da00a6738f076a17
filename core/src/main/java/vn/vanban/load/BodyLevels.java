package vn.vanban.load;

import vn.vanban.model.BodyNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which node of the body may hold which: the decree's hierarchy (Appendix I; spec §2.2) from the
 * highest level to the lowest, Phần, Chương, Mục, Điều, khoản, điểm, then the dashes. A node
 * holds only levels below its own, and paragraphs; a clause may also hold clauses ("1." under
 * "1.", or "1.1." with decimal numbering) and a dash dashes ("+" under "-"). Anything else either
 * numbers its children in a sequence its parent's siblings already use ("III. … I." for a section
 * in a section, "a) a)" for a point in a point), or puts a centred heading inside a line of text
 * (a Phần in a dash, a Chương in a clause), and a format review then fails the document (C15).
 * An article in an article is numbered as the next Điều and shifts the "Như Điều N" of Nơi nhận.
 * This table is the one place that decides it; {@link BodyNode}'s Javadoc shows it to users.
 */
final class BodyLevels {

    /** The numbered levels, highest first; a paragraph is no level and may stand anywhere. */
    private static final List<String> LEVELS = List.of("part", "chapter", "section", "article", "clause", "point", "dash");

    /** How a message names each level, with the number it prints. */
    private static final Map<String, String> NAMES = Map.of(
            "part", "a part (Phần I)",
            "chapter", "a chapter (Chương I)",
            "section", "a section (I., II.)",
            "article", "an article (Điều 1.)",
            "clause", "a clause (1., 2.)",
            "point", "a point (a), b))",
            "dash", "a dash (-)");

    private BodyLevels() {
    }

    /** Whether a node of kind {@code parent} may hold one of kind {@code child}. */
    static boolean holds(String parent, String child) {
        if (child.equals("paragraph")) {
            return true;
        }
        int p = LEVELS.indexOf(parent);
        int c = LEVELS.indexOf(child);
        return p >= 0 && c >= 0 && (c > p || c == p && (child.equals("clause") || child.equals("dash")));
    }

    /**
     * Why {@code parent} cannot hold {@code child}, and what the user may do: what the parent
     * holds, where the child may stand.
     */
    static String refusal(BodyNode parent, BodyNode child) {
        String p = parent.kind();
        String c = child.kind();
        List<String> held = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        for (String level : LEVELS) {
            if (holds(p, level)) {
                held.add(plural(level));
            }
            if (holds(level, c)) {
                holders.add(article(level));
            }
        }
        held.add("paragraphs");
        String fix = c.equals(p) ? "move it out of the " + p + ", beside it"
                : "move it out of the " + p + " to where it may stand";
        return NAMES.get(p) + " cannot hold " + article(c) + ": " + article(p) + " holds " + join(held, "and")
                + ", and " + article(c) + " stands at the top of the body" + (holders.isEmpty() ? "" : " or in "
                + join(holders, "or")) + "; " + fix;
    }

    /** How a message names a level: "a section (I., II.)". */
    static String name(String kind) {
        return NAMES.get(kind);
    }

    private static String article(String kind) {
        return (kind.equals("article") ? "an " : "a ") + kind;
    }

    private static String plural(String kind) {
        return kind.equals("dash") ? "dashes" : kind + "s";
    }

    /** "a, b and c". */
    private static String join(List<String> items, String conjunction) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0)
                : String.join(", ", items.subList(0, last)) + " " + conjunction + " " + items.get(last);
    }
}
