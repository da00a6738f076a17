package vn.vanban.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.util.List;

import static vn.vanban.load.PlanWriter.array;
import static vn.vanban.load.PlanWriter.object;

/** Writes the body and running text of a plan for {@link PlanWriter}, in the shortest form the reader takes back. */
final class BodyWriter implements BodyNode.Visitor<JsonNode> {

    private static final BodyWriter VALUES = new BodyWriter();

    private BodyWriter() {
    }

    /** A node as a map of one key, its kind: {@code {section: …}}. */
    static ObjectNode node(BodyNode n) {
        return object().set(n.kind(), n.accept(VALUES));
    }

    @Override
    public JsonNode part(BodyNode.Part p) {
        return heading(p.title(), p.content());
    }

    @Override
    public JsonNode chapter(BodyNode.Chapter c) {
        return heading(c.title(), c.content());
    }

    @Override
    public JsonNode section(BodyNode.Section s) {
        return heading(s.title(), s.content());
    }

    @Override
    public JsonNode article(BodyNode.Article a) {
        return titleOrText(a.title(), a.text(), a.content());
    }

    @Override
    public JsonNode clause(BodyNode.Clause c) {
        return titleOrText(c.title(), c.text(), c.content());
    }

    @Override
    public JsonNode point(BodyNode.Point p) {
        return item(p.text(), p.content());
    }

    @Override
    public JsonNode dash(BodyNode.Dash d) {
        return item(d.text(), d.content());
    }

    @Override
    public JsonNode paragraph(BodyNode.Paragraph p) {
        return text(p.text());
    }

    private static JsonNode heading(String title, List<BodyNode> content) {
        return content.isEmpty() ? TextNode.valueOf(title)
                : object().put("title", title).set("content", array(content, BodyWriter::node));
    }

    /** A clause or an article: its title alone when it has no content, else a map. */
    private static JsonNode titleOrText(String title, Text text, List<BodyNode> content) {
        if (title != null && content.isEmpty()) {
            return TextNode.valueOf(title);
        }
        ObjectNode o = title != null ? object().put("title", title) : object().set("text", text(text));
        return PlanWriter.put(o, "content", array(content, BodyWriter::node));
    }

    private static JsonNode item(Text text, List<BodyNode> content) {
        return content.isEmpty() ? text(text)
                : object().<ObjectNode>set("text", text(text)).set("content", array(content, BodyWriter::node));
    }

    /**
     * Plain text as a string; anything else as a list of pieces, which the reader keeps exactly
     * (a lone string has its ends stripped, so one with outer spaces goes in a list too).
     */
    static JsonNode text(Text t) {
        if (t.parts().size() == 1 && t.parts().get(0) instanceof Inline.Plain p
                && !p.text().isEmpty() && p.text().equals(p.text().strip())) {
            return TextNode.valueOf(p.text());
        }
        ArrayNode pieces = object().arrayNode();
        t.parts().forEach(piece -> pieces.add(piece(piece)));
        return pieces;
    }

    private static JsonNode piece(Inline piece) {
        if (piece instanceof Inline.Plain p) {
            return TextNode.valueOf(p.text());
        } else if (piece instanceof Inline.Strong s) {
            return object().put("strong", s.text());
        } else if (piece instanceof Inline.Cite c) {
            return object().set("cite", PlanWriter.citation(c.citation()));
        } else if (piece instanceof Inline.Note n) {
            return object().set("note", text(n.text()));
        } else if (piece instanceof Inline.AppendixRef r) {
            return object().put("appendix", r.id());
        }
        Inline.Money m = (Inline.Money) piece;
        return PlanWriter.put(object().put("money", m.dong()), "inWords", PlanWriter.flag(m.inWords()));
    }
}
