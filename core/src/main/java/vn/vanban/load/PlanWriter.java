package vn.vanban.load;

import vn.vanban.common.Format;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import vn.vanban.common.VanbanException;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Plan} as the YAML or JSON data file {@link PlanReader} reads, in the shortest
 * form the format allows: plain text as a string, a heading without content as its title, and
 * default values (orientation auto, width 1, no authority …) left out. Reading the output gives
 * back an equal plan. Immutable and thread-safe.
 */
public final class PlanWriter {

    private final JsonFactory json = JsonFactory.builder().build();
    private final YAMLFactory yaml = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // Long lines stay whole: a folded line would be read back with a space for the fold
            // and a reviewer could not search the file for a sentence.
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    public PlanWriter() {
    }

    /** The plan as a data file in the given format, ending with a line break. */
    public String write(Plan plan, Format format) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(format, "format");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = (format == Format.YAML ? yaml : json).createGenerator(out)) {
            if (format == Format.JSON) {
                g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            }
            plan(g, plan);
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a bug in the generator.
            throw new VanbanException("the plan cannot be written: " + e.getMessage(), e);
        }
        String s = out.toString();
        return s.endsWith("\n") ? s : s + "\n";
    }

    private void plan(JsonGenerator g, Plan p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", p.type().key());
        if (p.parent() != null) {
            g.writeFieldName("parent");
            agency(g, p.parent());
        }
        g.writeFieldName("issuer");
        agency(g, p.issuer());
        if (p.number() != null) {
            g.writeNumberField("number", p.number());
        }
        optional(g, "symbol", p.symbol());
        g.writeFieldName("date");
        date(g, p.date());
        g.writeStringField("summary", p.summary());
        if (p.basis() != null) {
            basis(g, p.basis());
        }
        if (!p.body().isEmpty()) {
            g.writeFieldName("body");
            nodes(g, p.body());
        }
        optional(g, "closing", p.closing());
        g.writeObjectFieldStart("recipients");
        if (!p.recipients().to().isEmpty()) {
            g.writeArrayFieldStart("to");
            for (String r : p.recipients().to()) {
                g.writeString(r);
            }
            g.writeEndArray();
        }
        g.writeStringField("archive", p.recipients().archive());
        g.writeEndObject();
        signatory(g, p.signatory());
        if (!p.appendices().isEmpty()) {
            g.writeArrayFieldStart("appendices");
            for (Appendix a : p.appendices()) {
                appendix(g, a);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void agency(JsonGenerator g, Agency a) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        optional(g, "abbreviation", a.abbreviation());
        optional(g, "place", a.place());
        g.writeEndObject();
    }

    /** A year alone as a number (as people write it), a fuller date as ISO text. */
    private static void date(JsonGenerator g, PartialDate d) throws IOException {
        if (d.month() == null) {
            g.writeNumber(d.year());
        } else {
            g.writeString(d.toString());
        }
    }

    private static void basis(JsonGenerator g, LegalBasis b) throws IOException {
        g.writeObjectFieldStart("basis");
        if (b.form() != LegalBasis.Form.INLINE) {
            g.writeStringField("form", PlanMapper.choiceName(b.form()));
        }
        g.writeStringField("lead", b.lead());
        if (!b.citations().isEmpty()) {
            g.writeArrayFieldStart("citations");
            for (Citation c : b.citations()) {
                citation(g, c);
            }
            g.writeEndArray();
        }
        g.writeStringField("issuing", b.issuing());
        g.writeEndObject();
    }

    private static void citation(JsonGenerator g, Citation c) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", c.type());
        optional(g, "number", c.number());
        if (c.date() != null) {
            g.writeFieldName("date");
            date(g, c.date());
        }
        optional(g, "issuer", c.issuer());
        optional(g, "subject", c.subject());
        if (c.renewedYearly()) {
            g.writeBooleanField("renewedYearly", true);
        }
        g.writeEndObject();
    }

    private static void signatory(JsonGenerator g, Signatory s) throws IOException {
        g.writeObjectFieldStart("signatory");
        if (s.authority() != Signatory.Authority.NONE) {
            g.writeStringField("authority", PlanMapper.choiceName(s.authority()));
        }
        optional(g, "collective", s.collective());
        optional(g, "headTitle", s.headTitle());
        g.writeStringField("position", s.position());
        g.writeStringField("fullName", s.fullName());
        g.writeEndObject();
    }

    private static void nodes(JsonGenerator g, List<BodyNode> nodes) throws IOException {
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
        public Void section(BodyNode.Section s) {
            return io(() -> heading(g, "section", s.title(), s.content()));
        }

        @Override
        public Void clause(BodyNode.Clause c) {
            return io(() -> PlanWriter.clause(g, c));
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

    private static void clause(JsonGenerator g, BodyNode.Clause c) throws IOException {
        if (c.title() != null && c.content().isEmpty()) {
            g.writeStringField("clause", c.title());
            return;
        }
        g.writeObjectFieldStart("clause");
        if (c.title() != null) {
            g.writeStringField("title", c.title());
        } else {
            g.writeFieldName("text");
            text(g, c.text());
        }
        if (!c.content().isEmpty()) {
            g.writeFieldName("content");
            nodes(g, c.content());
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
    private static void text(JsonGenerator g, Text t) throws IOException {
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
                citation(g, c.citation());
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

    private static void appendix(JsonGenerator g, Appendix a) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", a.title());
        if (a.orientation() != Appendix.Orientation.AUTO) {
            g.writeStringField("orientation", PlanMapper.choiceName(a.orientation()));
        }
        if (!a.numbered()) {
            g.writeBooleanField("numbered", false);
        }
        g.writeArrayFieldStart("columns");
        for (Column c : a.columns()) {
            g.writeStartObject();
            g.writeStringField("key", c.key());
            g.writeStringField("header", c.header());
            if (c.width() != 1) {
                g.writeNumberField("width", c.width());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!a.rows().isEmpty()) {
            g.writeArrayFieldStart("rows");
            for (CatalogueRow r : a.rows()) {
                g.writeStartObject();
                if (r instanceof CatalogueRow.Group gr) {
                    g.writeStringField("group", gr.title());
                } else {
                    for (Map.Entry<String, Text> cell : ((CatalogueRow.Item) r).cells().entrySet()) {
                        g.writeFieldName(cell.getKey());
                        text(g, cell.getValue());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
