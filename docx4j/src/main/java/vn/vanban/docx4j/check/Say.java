package vn.vanban.docx4j.check;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The words findings are made of, written once: sizes, styles, quotes. */
final class Say {

    private Say() {
    }

    static String quote(String text) {
        return "'" + text + "'";
    }

    static String pt(double size) {
        return Measures.format(size) + " pt";
    }

    static String mm(double points) {
        return Measures.format(Math.round(points / Measures.PT_PER_MM * 10) / 10.0) + " mm";
    }

    /** The sizes of a block's text: "12 pt", "12 and 14 pt". */
    static String sizes(Block b) {
        TreeSet<Double> s = new TreeSet<>();
        b.textSpans().forEach(x -> s.add(x.size()));
        if (s.isEmpty()) {
            return "no text";
        }
        List<String> all = s.stream().map(Measures::format).toList();
        return (all.size() == 1 ? all.get(0) : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1)) + " pt";
    }

    /** Whether every text span of the block has a size the measure allows. */
    static boolean sized(Block b, Measures.Measure m) {
        return b.textSpans().stream().allMatch(s -> m.allows(s.size()));
    }

    /** "bold", "not bold", "partly bold". */
    static String weight(Block b) {
        return mixed(b, Block.Span::bold, "bold");
    }

    static String slant(Block b) {
        return mixed(b, Block.Span::italic, "italic");
    }

    private static String mixed(Block b, Predicate<Block.Span> p, String word) {
        if (b.all(p)) {
            return word;
        }
        return b.any(p) ? "partly " + word : "not " + word;
    }

    static String align(Block b) {
        Block.Align a = b.align();
        return a == null ? "unknown alignment" : switch (a) {
            case LEFT -> "aligned left";
            case CENTER -> "centred";
            case RIGHT -> "aligned right";
            case JUSTIFY -> "justified";
        };
    }

    /** Checks a block's size, weight and slant in one go; adds a finding for each that is off. */
    static void style(Block b, Rule.Findings out, Measures.Measure size, Boolean bold, Boolean italic, String what) {
        if (b.textSpans().isEmpty()) {
            return;
        }
        if (!sized(b, size)) {
            out.add(b, what + " at " + sizes(b), what + " at " + size.describe());
        }
        if (bold != null && !(bold ? b.all(Block.Span::bold) : !b.any(Block.Span::bold))) {
            out.add(b, what + " " + weight(b), what + (bold ? " bold" : " not bold"));
        }
        if (italic != null && !(italic ? b.all(Block.Span::italic) : !b.any(Block.Span::italic))) {
            out.add(b, what + " " + slant(b), what + (italic ? " italic" : " upright (not italic)"));
        }
    }

    /** Checks that a DOCX block is centred (a PDF line's centring is checked where its column is known). */
    static void centred(Block b, Rule.Findings out, String what) {
        if (b.para() != null && b.align() != Block.Align.CENTER) {
            out.add(b, what + " " + align(b), what + " centred");
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
