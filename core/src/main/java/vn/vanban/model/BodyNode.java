package vn.vanban.model;

import java.util.List;

/**
 * A node of the body (nội dung, box 6). Numbers are not stored: they follow from a node's
 * position, so a node inserted or removed renumbers its siblings (Roman numerals for parts and
 * sections, Arabic for clauses, Vietnamese letters for points).
 */
public sealed interface BodyNode
        permits BodyNode.Part, BodyNode.Section, BodyNode.Clause, BodyNode.Point, BodyNode.Dash,
        BodyNode.Paragraph {

    /** Children of this node, in order; empty for a paragraph. */
    List<BodyNode> content();

    /** Phần — "Phần I" and a title line in upper case, both centred. */
    record Part(String title, List<BodyNode> content) implements BodyNode {
        public Part {
            content = List.copyOf(content);
        }
    }

    /** Mục — "I. MỤC ĐÍCH, YÊU CẦU": Roman numeral, title upper case and bold. */
    record Section(String title, List<BodyNode> content) implements BodyNode {
        public Section {
            content = List.copyOf(content);
        }
    }

    /**
     * Khoản — "1. Mục đích" (with a title, bold, on its own line) or "1. Nội dung…" (an untitled
     * clause whose text follows the number). Exactly one of {@code title} and {@code text} is set.
     */
    record Clause(String title, Text text, List<BodyNode> content) implements BodyNode {
        public Clause {
            if ((title == null) == (text == null)) {
                throw new IllegalArgumentException("a clause has either a title or a text");
            }
            content = List.copyOf(content);
        }
    }

    /** Điểm — "a) …", lettered in Vietnamese alphabet order. */
    record Point(Text text, List<BodyNode> content) implements BodyNode {
        public Point {
            content = List.copyOf(content);
        }
    }

    /** Gạch đầu dòng — "- …" (its own children take "+"). */
    record Dash(Text text, List<BodyNode> content) implements BodyNode {
        public Dash {
            content = List.copyOf(content);
        }
    }

    /** Đoạn văn — a plain paragraph of the body. */
    record Paragraph(Text text) implements BodyNode {
        @Override
        public List<BodyNode> content() {
            return List.of();
        }
    }
}
