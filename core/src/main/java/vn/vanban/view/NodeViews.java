package vn.vanban.view;

import vn.vanban.load.Paths;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Numbering;
import vn.vanban.model.Text;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

import java.util.ArrayList;
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

    /**
     * The views of a body whose nodes stand in the data at {@code list} ("body", "attached.body"),
     * after the {@code written} nodes the view writes itself (a decision's derived "Điều 1"), which
     * stand in no field.
     */
    List<NodeView> body(List<BodyNode> nodes, String list, int written) {
        return nodes(nodes, Place.TOP, list, written);
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

    private List<NodeView> nodes(List<BodyNode> nodes, Place at, String list, int written) {
        Counter counter = new Counter(at);
        List<NodeView> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            BodyNode n = nodes.get(i);
            counter.node = i < written ? "" : Paths.node(list, i - written, n);
            counter.field = i < written ? "" : Paths.own(counter.node, n);
            out.add(n.accept(counter));
        }
        return out;
    }

    /** The views of one list of nodes, numbered as they come: each kind counts on its own. */
    private final class Counter implements BodyNode.Visitor<NodeView> {
        private final Place at;
        /** The path of the node being made, and of its title or text ("" for one the view writes). */
        private String node;
        private String field;
        private int parts;
        private int sections;
        private int clauses;
        private int points;

        Counter(Place at) {
            this.at = at;
        }

        /** The views of the current node's content, which stands at its path's {@code content}. */
        private List<NodeView> children(List<BodyNode> content, Place place) {
            return nodes(content, place, node.isEmpty() ? "" : Paths.at(node, "content"), 0);
        }

        @Override
        public NodeView part(BodyNode.Part p) {
            int n = ++parts;
            String number = numbering.parts() == Numbering.PartNumbers.WORDS ? "thứ " + Numerals.ordinal(n)
                    : Numerals.roman(n);
            return new NodeView("part", "Phần " + number, VietnameseCase.upper(p.title()), List.of(),
                    children(p.content(), at.inside()), field);
        }

        @Override
        public NodeView chapter(BodyNode.Chapter c) {
            return new NodeView("chapter", "Chương " + Numerals.roman(++chapters), VietnameseCase.upper(c.title()),
                    List.of(), children(c.content(), new Place(0, "", true)), field);
        }

        @Override
        public NodeView section(BodyNode.Section s) {
            int n = ++sections;
            List<NodeView> children = children(s.content(), at.inside());
            return at.inChapter()
                    ? new NodeView("chapter-section", "Mục " + n, VietnameseCase.upper(s.title()), List.of(), children, field)
                    : new NodeView("section", Numerals.roman(n) + ".", VietnameseCase.upper(s.title()), List.of(), children,
                    field);
        }

        @Override
        public NodeView article(BodyNode.Article a) {
            return titled("article", "Điều " + ++articles + ".", a.title(), a.text(), children(a.content(), at.inside()));
        }

        @Override
        public NodeView clause(BodyNode.Clause c) {
            String prefix = numbering.clauses() == Numbering.ClauseNumbers.DECIMAL ? at.clause() : "";
            String label = prefix + ++clauses + ".";
            return titled("clause", label, c.title(), c.text(), children(c.content(), at.under(label)));
        }

        /** An article or clause: its title on its own line, or its text after the number. */
        private NodeView titled(String kind, String label, String title, Text text, List<NodeView> children) {
            return title != null ? new NodeView(kind, label, title, List.of(), children, field)
                    : new NodeView(kind, label, null, texts.spans(text), children, field);
        }

        @Override
        public NodeView point(BodyNode.Point p) {
            return new NodeView("point", Numerals.pointLetter(++points) + ")", null, texts.spans(p.text()),
                    children(p.content(), at.inside()), field);
        }

        @Override
        public NodeView dash(BodyNode.Dash d) {
            return new NodeView("dash", at.dashDepth() == 0 ? "-" : "+", null, texts.spans(d.text()),
                    children(d.content(), new Place(at.dashDepth() + 1, "", at.inChapter())), field);
        }

        @Override
        public NodeView paragraph(BodyNode.Paragraph p) {
            return new NodeView("paragraph", "", null, texts.spans(p.text()), List.of(), field);
        }
    }
}
