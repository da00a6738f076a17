package vn.vanban.model;

import java.util.List;
import java.util.Locale;

/**
 * A node of the body (nội dung, box 6). Numbers are not stored: they follow from a node's
 * position, so a node inserted or removed renumbers its siblings (Roman numerals for parts and
 * sections, Arabic for clauses, Vietnamese letters for points; see {@link Numbering} for the
 * other schemes of Appendix I). A text made of articles uses chapters (Chương I), sections
 * inside them (Mục 1) and articles (Điều 1., numbered through the whole text) with clauses and
 * points inside.
 * <p>
 * Levels follow the decree's hierarchy, highest first: part, chapter, section, article, clause,
 * point, dash. A node holds only levels below its own, and paragraphs; a clause may also hold
 * clauses and a dash dashes. A plan that nests otherwise is refused, each misplaced node named by
 * its path:
 * <table>
 * <caption>What each node may hold</caption>
 * <tr><th>node</th><th>may hold</th></tr>
 * <tr><td>the body</td><td>any node</td></tr>
 * <tr><td>part (Phần I)</td><td>chapter, section, article, clause, point, dash, paragraph</td></tr>
 * <tr><td>chapter (Chương I)</td><td>section (printed "Mục 1"), article, clause, point, dash, paragraph</td></tr>
 * <tr><td>section (I.)</td><td>article, clause, point, dash, paragraph</td></tr>
 * <tr><td>article (Điều 1.)</td><td>clause, point, dash, paragraph</td></tr>
 * <tr><td>clause (1.)</td><td>clause ("1." again, or "1.1."), point, dash, paragraph</td></tr>
 * <tr><td>point (a))</td><td>dash, paragraph</td></tr>
 * <tr><td>dash (-)</td><td>dash ("+"), paragraph</td></tr>
 * </table>
 * A section in a section would print "III. … I.", a point in a point "a) a)", a part in a dash a
 * centred "Phần I" inside a line. Titles and texts are written without their numbers: a title
 * that opens with one ("I. Mục đích", "1. ", "a) ", "- ", "Điều 1.") is warned of, since it would
 * print twice.
 * <p>
 * Built in Java with the factories: {@code section("Mục đích, yêu cầu", clause("Mục đích",
 * dash("Tuyên truyền …")))}. A {@code null} content list is an empty one. Nodes are not checked
 * when they are made: {@code Vanban.render} checks the whole plan and names each problem by its
 * path ({@code body[0].section.content[1].point}).
 */
public sealed interface BodyNode
        permits BodyNode.Part, BodyNode.Chapter, BodyNode.Section, BodyNode.Article, BodyNode.Clause, BodyNode.Point,
        BodyNode.Dash, BodyNode.Paragraph {

    /** Children of this node, in order; empty for a paragraph. */
    List<BodyNode> content();

    /**
     * The node's key in a data file: part, chapter, section, article, clause, point, dash or
     * paragraph (the record's name in lower case).
     */
    default String kind() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** Calls the visitor's method for this kind of node. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of node: the one way code walks the body, so that a new kind of node
     * is a compile error everywhere it must be handled.
     */
    interface Visitor<R> {
        R part(Part part);

        R chapter(Chapter chapter);

        R section(Section section);

        R article(Article article);

        R clause(Clause clause);

        R point(Point point);

        R dash(Dash dash);

        R paragraph(Paragraph paragraph);
    }

    /** Phần — "Phần I" and a title line in upper case, both centred. */
    record Part(String title, List<BodyNode> content) implements BodyNode {
        public Part {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.part(this);
        }
    }

    /**
     * Chương — "Chương I" and a title line in upper case, both centred and bold, in a text made of
     * articles; numbered I, II … through the text.
     */
    record Chapter(String title, List<BodyNode> content) implements BodyNode {
        public Chapter {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.chapter(this);
        }
    }

    /**
     * Điều — "Điều 1. Phạm vi điều chỉnh" (a title, bold, on its own line) or "Điều 1. Ban hành kèm
     * theo …" (an untitled article whose text follows its bold number); numbered through the whole
     * text. Exactly one of {@code title} and {@code text} is set; its clauses (khoản) and points
     * (điểm) are its content.
     */
    record Article(String title, Text text, List<BodyNode> content) implements BodyNode {
        public Article {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.article(this);
        }
    }

    /**
     * Mục — "I. MỤC ĐÍCH, YÊU CẦU": Roman numeral, title upper case and bold; inside a chapter
     * "Mục 1" and its title in upper case, centred, as texts made of articles write it.
     */
    record Section(String title, List<BodyNode> content) implements BodyNode {
        public Section {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.section(this);
        }
    }

    /**
     * Khoản — "1. Mục đích" (with a title, bold, on its own line) or "1. Nội dung…" (an untitled
     * clause whose text follows the number). Exactly one of {@code title} and {@code text} is set.
     */
    record Clause(String title, Text text, List<BodyNode> content) implements BodyNode {
        public Clause {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clause(this);
        }
    }

    /** Điểm — "a) …", lettered in Vietnamese alphabet order. */
    record Point(Text text, List<BodyNode> content) implements BodyNode {
        public Point {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.point(this);
        }
    }

    /** Gạch đầu dòng — "- …" (its own children take "+"). */
    record Dash(Text text, List<BodyNode> content) implements BodyNode {
        public Dash {
            content = Lists.copy(content, "content");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dash(this);
        }
    }

    /** Đoạn văn — a plain paragraph of the body. */
    record Paragraph(Text text) implements BodyNode {
        @Override
        public List<BodyNode> content() {
            return List.of();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /** A part with its title and the nodes under it. */
    static Part part(String title, BodyNode... content) {
        return new Part(title, Lists.of("content", content));
    }

    /** A chapter ("Chương I") with its title and the nodes under it. */
    static Chapter chapter(String title, BodyNode... content) {
        return new Chapter(title, Lists.of("content", content));
    }

    /** A titled article ("Điều 1. Phạm vi điều chỉnh", the title on the article's line). */
    static Article article(String title, BodyNode... content) {
        return new Article(title, null, Lists.of("content", content));
    }

    /** An untitled article whose text follows its number ("Điều 1. Ban hành kèm theo …"). */
    static Article article(Text text, BodyNode... content) {
        return new Article(null, text, Lists.of("content", content));
    }

    /** A section ("I. …") with its title and the nodes under it. */
    static Section section(String title, BodyNode... content) {
        return new Section(title, Lists.of("content", content));
    }

    /** A titled clause ("1. Mục đích", the title on a line of its own). */
    static Clause clause(String title, BodyNode... content) {
        return new Clause(title, null, Lists.of("content", content));
    }

    /** An untitled clause whose text follows its number ("2. Nội dung …"). */
    static Clause clause(Text text, BodyNode... content) {
        return new Clause(null, text, Lists.of("content", content));
    }

    /** A point ("a) …") of plain text. */
    static Point point(String text, BodyNode... content) {
        return new Point(Text.of(text), Lists.of("content", content));
    }

    /** A point of running text (bold words, citations, sums). */
    static Point point(Text text, BodyNode... content) {
        return new Point(text, Lists.of("content", content));
    }

    /** A dash ("- …") of plain text. */
    static Dash dash(String text, BodyNode... content) {
        return new Dash(Text.of(text), Lists.of("content", content));
    }

    /** A dash of running text. */
    static Dash dash(Text text, BodyNode... content) {
        return new Dash(text, Lists.of("content", content));
    }

    /** A paragraph of plain text. */
    static Paragraph paragraph(String text) {
        return new Paragraph(Text.of(text));
    }

    /** A paragraph of pieces: plain words, bold words, citations, sums of money. */
    static Paragraph paragraph(Inline... pieces) {
        return new Paragraph(Text.of(pieces));
    }
}
