package vn.vanban.load;

import com.fasterxml.jackson.core.JsonGenerator;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the body and running text of a plan for {@link PlanWriter}, in the shortest form the reader takes back. */
final class BodyWriter {

    private BodyWriter() {
    }

    static void nodes(JsonGenerator g, List<BodyNode> nodes) throws IOException {
        g.writeStartArray();
        NodeWriter writer = new NodeWriter(g);
        try {
            for (BodyNode n : nodes) {
                g.writeStartObject();
                n.accept(writer);
                g.writeEndObject();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndArray();
    }

    /** Writes one node's key and value; a visitor's methods cannot throw, so I/O errors travel unchecked. */
    private record NodeWriter(JsonGenerator g) implements BodyNode.Visitor<Void> {
        @Override
        public Void part(BodyNode.Part p) {
            return io(() -> heading(g, "part", p.title(), p.content()));
        }

        @Override
        public Void chapter(BodyNode.Chapter c) {
            return io(() -> heading(g, "chapter", c.title(), c.content()));
        }

        @Override
        public Void section(BodyNode.Section s) {
            return io(() -> heading(g, "section", s.title(), s.content()));
        }

        @Override
        public Void article(BodyNode.Article a) {
            return io(() -> titleOrText(g, "article", a.title(), a.text(), a.content()));
        }

        @Override
        public Void clause(BodyNode.Clause c) {
            return io(() -> titleOrText(g, "clause", c.title(), c.text(), c.content()));
        }

        @Override
        public Void point(BodyNode.Point p) {
            return io(() -> item(g, "point", p.text(), p.content()));
        }

        @Override
        public Void dash(BodyNode.Dash d) {
            return io(() -> item(g, "dash", d.text(), d.content()));
        }

        @Override
        public Void paragraph(BodyNode.Paragraph p) {
            return io(() -> {
                g.writeFieldName("paragraph");
                text(g, p.text());
            });
        }

        private static Void io(Write w) {
            try {
                w.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void heading(JsonGenerator g, String kind, String title, List<BodyNode> content)
            throws IOException {
        if (content.isEmpty()) {
            g.writeStringField(kind, title);
            return;
        }
        g.writeObjectFieldStart(kind);
        g.writeStringField("title", title);
        g.writeFieldName("content");
        nodes(g, content);
        g.writeEndObject();
    }

    /** A clause or an article: its title alone when it has no content, else a map. */
    private static void titleOrText(JsonGenerator g, String kind, String title, Text text, List<BodyNode> content)
            throws IOException {
        if (title != null && content.isEmpty()) {
            g.writeStringField(kind, title);
            return;
        }
        g.writeObjectFieldStart(kind);
        if (title != null) {
            g.writeStringField("title", title);
        } else {
            g.writeFieldName("text");
            text(g, text);
        }
        if (!content.isEmpty()) {
            g.writeFieldName("content");
            nodes(g, content);
        }
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, String kind, Text text, List<BodyNode> content) throws IOException {
        g.writeFieldName(kind);
        if (content.isEmpty()) {
            text(g, text);
            return;
        }
        g.writeStartObject();
        g.writeFieldName("text");
        text(g, text);
        g.writeFieldName("content");
        nodes(g, content);
        g.writeEndObject();
    }

    /**
     * Plain text as a string; anything else as a list of pieces, which the reader keeps exactly
     * (a lone string has its ends stripped, so one with outer spaces goes in a list too).
     */
    static void text(JsonGenerator g, Text t) throws IOException {
        if (t.parts().size() == 1 && t.parts().get(0) instanceof Inline.Plain p
                && !p.text().isEmpty() && p.text().equals(p.text().strip())) {
            g.writeString(p.text());
            return;
        }
        g.writeStartArray();
        for (Inline piece : t.parts()) {
            if (piece instanceof Inline.Plain p) {
                g.writeString(p.text());
            } else if (piece instanceof Inline.Strong s) {
                g.writeStartObject();
                g.writeStringField("strong", s.text());
                g.writeEndObject();
            } else if (piece instanceof Inline.Cite c) {
                g.writeStartObject();
                g.writeFieldName("cite");
                PlanWriter.citation(g, c.citation());
                g.writeEndObject();
            } else if (piece instanceof Inline.Note n) {
                g.writeStartObject();
                g.writeFieldName("note");
                text(g, n.text());
                g.writeEndObject();
            } else if (piece instanceof Inline.AppendixRef r) {
                g.writeStartObject();
                g.writeStringField("appendix", r.id());
                g.writeEndObject();
            } else {
                Inline.Money m = (Inline.Money) piece;
                g.writeStartObject();
                g.writeNumberField("money", m.dong());
                if (m.inWords()) {
                    g.writeBooleanField("inWords", true);
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }
}
