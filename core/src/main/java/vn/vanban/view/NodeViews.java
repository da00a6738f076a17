package vn.vanban.view;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Numbering;
import vn.vanban.model.Text;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

import java.util.List;

/**
 * The body's nodes as views, numbered by the document's {@link Numbering}: "Phần I" or "Phần thứ
 * nhất", sections I., II., clauses 1. (or 1.1., 1.1.1. inside one another), points a), dashes -
 * and +; in a text made of articles "Chương I", "Mục 1" inside a chapter, and "Điều 1." counted
 * through the whole text. One instance per document: it counts the chapters and articles.
 */
final class NodeViews {

    private final Numbering numbering;
    private final TextViews texts;
    private int chapters;
    private int articles;

    NodeViews(Numbering numbering, TextViews texts) {
        this.numbering = numbering;
        this.texts = texts;
    }

    List<NodeView> body(List<BodyNode> nodes) {
        return nodes(nodes, Place.TOP);
    }

    /**
     * Where a list of nodes stands: how deep in dashes, the number of the clause it is inside
     * (for decimal clauses, "1.2." under which the next is "1.2.1."), whether inside a chapter.
     */
    private record Place(int dashDepth, String clause, boolean inChapter) {
        static final Place TOP = new Place(0, "", false);

        Place under(String clauseLabel) {
            return new Place(0, clauseLabel, inChapter);
        }

        /** Under a node that is no clause nor dash: no dash depth, no clause number. */
        Place inside() {
            return under("");
        }
    }

    private List<NodeView> nodes(List<BodyNode> nodes, Place at) {
        Counter counter = new Counter(at);
        return nodes.stream().map(n -> n.accept(counter)).toList();
    }

    /** The views of one list of nodes, numbered as they come: each kind counts on its own. */
    private final class Counter implements BodyNode.Visitor<NodeView> {
        private final Place at;
        private int parts;
        private int sections;
        private int clauses;
        private int points;

        Counter(Place at) {
            this.at = at;
        }

        @Override
        public NodeView part(BodyNode.Part p) {
            int n = ++parts;
            String number = numbering.parts() == Numbering.PartNumbers.WORDS ? "thứ " + Numerals.ordinal(n)
                    : Numerals.roman(n);
            return new NodeView("part", "Phần " + number, VietnameseCase.upper(p.title()), List.of(),
                    nodes(p.content(), at.inside()));
        }

        @Override
        public NodeView chapter(BodyNode.Chapter c) {
            return new NodeView("chapter", "Chương " + Numerals.roman(++chapters), VietnameseCase.upper(c.title()),
                    List.of(), nodes(c.content(), new Place(0, "", true)));
        }

        @Override
        public NodeView section(BodyNode.Section s) {
            int n = ++sections;
            List<NodeView> children = nodes(s.content(), at.inside());
            return at.inChapter()
                    ? new NodeView("chapter-section", "Mục " + n, VietnameseCase.upper(s.title()), List.of(), children)
                    : new NodeView("section", Numerals.roman(n) + ".", VietnameseCase.upper(s.title()), List.of(), children);
        }

        @Override
        public NodeView article(BodyNode.Article a) {
            return titled("article", "Điều " + ++articles + ".", a.title(), a.text(), nodes(a.content(), at.inside()));
        }

        @Override
        public NodeView clause(BodyNode.Clause c) {
            String prefix = numbering.clauses() == Numbering.ClauseNumbers.DECIMAL ? at.clause() : "";
            String label = prefix + ++clauses + ".";
            return titled("clause", label, c.title(), c.text(), nodes(c.content(), at.under(label)));
        }

        /** An article or clause: its title on its own line, or its text after the number. */
        private NodeView titled(String kind, String label, String title, Text text, List<NodeView> children) {
            return title != null ? new NodeView(kind, label, title, List.of(), children)
                    : new NodeView(kind, label, null, texts.spans(text), children);
        }

        @Override
        public NodeView point(BodyNode.Point p) {
            return new NodeView("point", Numerals.pointLetter(++points) + ")", null, texts.spans(p.text()),
                    nodes(p.content(), at.inside()));
        }

        @Override
        public NodeView dash(BodyNode.Dash d) {
            return new NodeView("dash", at.dashDepth() == 0 ? "-" : "+", null, texts.spans(d.text()),
                    nodes(d.content(), new Place(at.dashDepth() + 1, "", at.inChapter())));
        }

        @Override
        public NodeView paragraph(BodyNode.Paragraph p) {
            return new NodeView("paragraph", "", null, texts.spans(p.text()), List.of());
        }
    }
}
