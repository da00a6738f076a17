package vn.vanban.view;

import java.util.List;

/**
 * A body node ready for a template.
 *
 * @param kind     part, chapter, section, chapter-section (a section inside a chapter: "Mục 1"),
 *                 article, clause, point, dash or paragraph
 * @param label    the finished number ("I.", "1.", "1.1.", "a)", "-", "+", "Phần II", "Phần thứ
 *                 hai", "Chương I", "Mục 1", "Điều 1.") or "" for a paragraph
 * @param title    the finished title (upper case for parts, chapters and sections), or {@code null}
 * @param spans    the node's text, or empty when it has a title
 * @param children the nodes under it
 * @param field    the field path of its title, or of its text when it has none
 *                 ({@code body[1].section.title}, {@code body[1].section.content[0].dash}); "" for
 *                 an article the view writes itself (a decision's "Điều 1" from its attached text)
 */
public record NodeView(String kind, String label, String title, List<SpanView> spans,
                       List<NodeView> children, String field) {
    public NodeView {
        spans = List.copyOf(spans);
        children = List.copyOf(children);
    }

    /** This node with another title, text or children, about the same field. */
    NodeView with(String otherTitle, List<SpanView> otherSpans, List<NodeView> otherChildren) {
        return new NodeView(kind, label, otherTitle, otherSpans, otherChildren, field);
    }
}
