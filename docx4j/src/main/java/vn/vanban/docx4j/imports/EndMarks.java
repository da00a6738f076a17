package vn.vanban.docx4j.imports;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Leaves the text's "./." to the renderer, which adds it after the last sentence: a text read
 * with it would keep it as words. It is left in place when what precedes it ends with ".", ",",
 * ";" or ":" (the renderer would then write another mark than the document's).
 */
final class EndMarks {

    static final String MARK = "./.";

    private EndMarks() {
    }

    /** {@code text} without its final mark, when the renderer gives the mark back. */
    static String strip(String text) {
        String t = text.stripTrailing();
        if (!t.endsWith(MARK)) {
            return text;
        }
        String before = t.substring(0, t.length() - MARK.length()).stripTrailing();
        if (before.isEmpty() || ".,;:".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return text;
        }
        return before;
    }

    static Text strip(Text text) {
        List<Inline> parts = new ArrayList<>(text.parts());
        if (parts.isEmpty() || Texts.text(parts.get(parts.size() - 1)) == null) {
            return text;
        }
        Inline last = parts.remove(parts.size() - 1);
        String s = Texts.text(last);
        String t = s.stripTrailing();
        if (!t.endsWith(MARK)) {
            return text;
        }
        String before = t.substring(0, t.length() - MARK.length());
        String rest = before.isEmpty() && !parts.isEmpty() ? Texts.plain(new Text(parts)) + before : before;
        String kept = rest.stripTrailing();
        if (kept.isEmpty() || ".,;:".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            return text;
        }
        if (!before.isEmpty()) {
            parts.add(Texts.with(last, before.stripTrailing()));
        }
        return new Text(parts);
    }

    /** The body with its last node's mark left out. */
    static List<BodyNode> strip(List<BodyNode> nodes) {
        if (nodes.isEmpty()) {
            return nodes;
        }
        List<BodyNode> out = new ArrayList<>(nodes);
        BodyNode last = out.remove(out.size() - 1);
        out.add(last(last));
        return out;
    }

    /** The node with the mark left out of its last words: its last child's, or its own title or text. */
    private static BodyNode last(BodyNode n) {
        return n.accept(new BodyNode.Visitor<BodyNode>() {
            @Override
            public BodyNode part(BodyNode.Part p) {
                return p.content().isEmpty() ? new BodyNode.Part(strip(p.title()), p.content())
                        : new BodyNode.Part(p.title(), strip(p.content()));
            }

            @Override
            public BodyNode chapter(BodyNode.Chapter c) {
                return c.content().isEmpty() ? new BodyNode.Chapter(strip(c.title()), c.content())
                        : new BodyNode.Chapter(c.title(), strip(c.content()));
            }

            @Override
            public BodyNode section(BodyNode.Section s) {
                return s.content().isEmpty() ? new BodyNode.Section(strip(s.title()), s.content())
                        : new BodyNode.Section(s.title(), strip(s.content()));
            }

            @Override
            public BodyNode article(BodyNode.Article a) {
                if (!a.content().isEmpty()) {
                    return new BodyNode.Article(a.title(), a.text(), strip(a.content()));
                }
                return a.title() != null ? new BodyNode.Article(strip(a.title()), null, a.content())
                        : new BodyNode.Article(null, strip(a.text()), a.content());
            }

            @Override
            public BodyNode clause(BodyNode.Clause c) {
                if (!c.content().isEmpty()) {
                    return new BodyNode.Clause(c.title(), c.text(), strip(c.content()));
                }
                return c.title() != null ? new BodyNode.Clause(strip(c.title()), null, c.content())
                        : new BodyNode.Clause(null, strip(c.text()), c.content());
            }

            @Override
            public BodyNode point(BodyNode.Point p) {
                return p.content().isEmpty() ? new BodyNode.Point(strip(p.text()), p.content())
                        : new BodyNode.Point(p.text(), strip(p.content()));
            }

            @Override
            public BodyNode dash(BodyNode.Dash d) {
                return d.content().isEmpty() ? new BodyNode.Dash(strip(d.text()), d.content())
                        : new BodyNode.Dash(d.text(), strip(d.content()));
            }

            @Override
            public BodyNode paragraph(BodyNode.Paragraph p) {
                return new BodyNode.Paragraph(strip(p.text()));
            }
        });
    }
}
