package vn.vanban.load;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;
import vn.vanban.text.ClauseTitles;
import vn.vanban.text.Numerals;
import vn.vanban.text.PlainText;

import java.util.List;

import static vn.vanban.load.Paths.own;

/** The rules of the body (nội dung): each node's title or text, its nesting, its numbering. */
final class BodyRules {

    /** A plan nests parts, sections, clauses, points and dashes six or seven deep; templates recurse this far. */
    static final int MAX_DEPTH = 20;

    private final Violations out;
    /** Nodes seen so far, at every depth. */
    private int count;

    BodyRules(Violations out) {
        this.out = out;
    }

    /** The nodes of one list, {@code depth} levels down (1 for the body itself). */
    void nodes(String list, List<BodyNode> nodes, int depth) {
        if (nodes.isEmpty()) {
            return;
        }
        if (depth > MAX_DEPTH) {
            out.add(list, "the body is nested more than " + MAX_DEPTH + " levels deep; a plan needs far fewer");
            return;
        }
        int parts = 0;
        int sections = 0;
        int chapters = 0;
        for (int i = 0; i < nodes.size(); i++) {
            BodyNode n = nodes.get(i);
            String at = Paths.node(list, i, n);
            // Parts and sections are numbered I, II, … in each list; Roman numerals stop at 3999.
            if (n instanceof BodyNode.Part && ++parts == Numerals.MAX_ROMAN + 1
                    || n instanceof BodyNode.Section && ++sections == Numerals.MAX_ROMAN + 1
                    || n instanceof BodyNode.Chapter && ++chapters == Numerals.MAX_ROMAN + 1) {
                out.addAtKey(at, "a list holds at most " + Numerals.MAX_ROMAN + " " + n.kind() + "s: they are "
                        + "numbered in Roman numerals, which stop at " + Numerals.roman(Numerals.MAX_ROMAN));
            }
            if (++count == PlanLimits.BODY_NODES + 1) {
                out.add(PlanLimits.tooMany(at, "body nodes", "plan", PlanLimits.BODY_NODES));
            }
            n.accept(new Check(at, depth));
        }
    }

    /** The rules of one node, whose path is {@code at}. */
    private final class Check implements BodyNode.Visitor<Void> {
        private final String at;
        private final int depth;

        Check(String at, int depth) {
            this.at = at;
            this.depth = depth;
        }

        @Override
        public Void part(BodyNode.Part part) {
            return heading(part, part.title());
        }

        @Override
        public Void chapter(BodyNode.Chapter chapter) {
            return heading(chapter, chapter.title());
        }

        @Override
        public Void section(BodyNode.Section section) {
            return heading(section, section.title());
        }

        @Override
        public Void article(BodyNode.Article a) {
            return titleOrText(a, a.title(), a.text(), "an article");
        }

        private Void heading(BodyNode n, String title) {
            if (title == null) {
                nothing(n, "title");
            } else {
                title(n, title);
            }
            return content(n);
        }

        /**
         * A title, named at {@code .title} however it was written ({@code section: ""} and
         * {@code section(null, …)} alike), and warned of when it opens with a number typed in.
         */
        private void title(BodyNode n, String title) {
            String path = at + ".title";
            if (out.line(path, title, true)) {
                typedNumber(n, path, title);
            }
        }

        /** Whether {@code words} open with a number vanban writes itself; warned of at {@code path}. */
        private boolean typedNumber(BodyNode n, String path, String words) {
            String number = TypedNumbers.at(n.kind(), words);
            if (number != null) {
                out.warn(path, TypedNumbers.warning(n.kind(), words, number));
            }
            return number != null;
        }

        @Override
        public Void clause(BodyNode.Clause c) {
            return titleOrText(c, c.title(), c.text(), "a clause");
        }

        /** A clause or an article: titled ("1. Mục đích") or untitled, its text after its number. */
        private Void titleOrText(BodyNode n, String title, Text text, String what) {
            if (title != null && text != null) {
                out.addAtKey(at + ".text", what + " has either 'title' (a titled " + n.kind() + ") or "
                        + "'text' (an untitled one), found both");
            } else if (title == null && text == null) {
                out.add(at + ".title", "missing required field 'title' (a titled " + n.kind() + ") or 'text' (an untitled one)");
            } else if (title != null) {
                title(n, title);
            } else {
                out.text(own(at, n), text);
                if (!typedNumber(n, own(at, n), opening(text))) {
                    looksTitled(n, text);
                }
            }
            return content(n);
        }

        /**
         * A clause whose text is a short line with no end mark reads as a title ("1. Mục đích"), which
         * the decree sets bold; as 'text' it prints in normal weight, and a format review (vanban
         * check's C15) finds it.
         */
        private void looksTitled(BodyNode n, Text text) {
            // Words only: a citation or a sum is a sentence's, and may not be whole in a plan being checked.
            if (!(n instanceof BodyNode.Clause) || !text.parts().stream()
                    .allMatch(p -> p instanceof Inline.Plain || p instanceof Inline.Strong)) {
                return;
            }
            String plain = PlainText.of(text).strip();
            if (ClauseTitles.readsAsTitle(plain)) {
                out.warn(own(at, n), "'" + plain + "' reads as a clause's title (a short line with no end mark) but "
                        + "is its text, printed in normal weight; write title: " + plain + " to print it bold as a "
                        + "titled clause, or end the sentence with '.' or ';'");
            }
        }

        @Override
        public Void point(BodyNode.Point point) {
            return item(point, point.text());
        }

        @Override
        public Void dash(BodyNode.Dash dash) {
            return item(dash, dash.text());
        }

        /** A point, a dash or a paragraph (whose own path is its node's, and which has no content). */
        private Void item(BodyNode n, Text text) {
            if (text == null) {
                nothing(n, "text");
            } else {
                out.text(own(at, n), text);
                if (!(n instanceof BodyNode.Paragraph)) {
                    typedNumber(n, own(at, n), opening(text));
                }
            }
            return content(n);
        }

        @Override
        public Void paragraph(BodyNode.Paragraph paragraph) {
            return item(paragraph, paragraph.text());
        }

        /**
         * The words a text opens with, up to its first piece that is not words: a citation or a sum
         * opens with no typed number, and may not be whole in a plan being checked.
         */
        private static String opening(Text text) {
            StringBuilder words = new StringBuilder();
            for (Inline piece : text.parts()) {
                String w = piece instanceof Inline.Plain p ? p.text() : piece instanceof Inline.Strong s ? s.text() : null;
                if (w == null) {
                    break;
                }
                words.append(w);
            }
            return words.toString();
        }

        /** A node without its title or text, told as the data file would show it. */
        private void nothing(BodyNode n, String field) {
            if (n.content().isEmpty()) {
                out.add(at, "expected the " + n.kind() + "'s " + field + ", found nothing");
            } else {
                out.missing(at + "." + field, "");
            }
        }

        /** The node's content: each child one its level may hold (see {@link BodyLevels}), then each child's rules. */
        private Void content(BodyNode n) {
            for (int i = 0; i < n.content().size(); i++) {
                BodyNode child = n.content().get(i);
                if (!BodyLevels.holds(n.kind(), child.kind())) {
                    out.addAtKey(Paths.node(at + ".content", i, child), BodyLevels.refusal(n, child));
                }
            }
            nodes(at + ".content", n.content(), depth + 1);
            return null;
        }
    }
}
