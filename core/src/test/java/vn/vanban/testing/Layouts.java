package vn.vanban.testing;

import vn.vanban.layout.LayoutDocument;
import vn.vanban.text.NumberSymbols;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link LayoutDocument} back as text, for assertions: as printed, a number's non-breaking
 * hyphen a "-" (the layout's own tests look at the marks).
 */
public final class Layouts {

    private Layouts() {
    }

    /** The text of every paragraph of a section, in reading order, tables included. */
    public static List<String> paragraphs(LayoutDocument.Section section) {
        List<String> out = new ArrayList<>();
        collect(section.blocks(), out, false);
        return out;
    }

    /** One line a block: "style: text" for paragraphs, "rule kind" for rules. */
    public static String outline(LayoutDocument.Section section) {
        List<String> out = new ArrayList<>();
        collect(section.blocks(), out, true);
        return String.join("\n", out) + "\n";
    }

    private static void collect(List<LayoutDocument.Block> blocks, List<String> out, boolean outline) {
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                String text = NumberSymbols.plain(p.text());
                out.add(outline ? p.style() + ": " + text : text);
            } else if (b instanceof LayoutDocument.FirstPageFoot f) {
                if (outline) {
                    out.add("first-page-foot, rule " + f.rule().kind());
                }
                collect(List.copyOf(f.paragraphs()), out, outline);
            } else if (b instanceof LayoutDocument.Rule r) {
                if (outline) {
                    out.add("rule " + r.kind());
                }
            } else if (b instanceof LayoutDocument.Table t) {
                for (LayoutDocument.Row row : t.rows()) {
                    for (LayoutDocument.Cell c : row.cells()) {
                        collect(c.blocks(), out, outline);
                    }
                }
            }
        }
    }
}
