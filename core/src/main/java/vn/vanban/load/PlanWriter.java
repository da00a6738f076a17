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
import vn.vanban.model.AttachedText;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Numbering;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Recipients;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;

import java.io.IOException;
import java.io.StringWriter;
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
    /**
     * The YAML every data file vanban writes is written with (a plan, a progress file): thread-safe,
     * shared.
     */
    public static final YAMLFactory YAML = YAMLFactory.builder()
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
        try (JsonGenerator g = (format == Format.YAML ? YAML : json).createGenerator(out)) {
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
        // A plan read from elsewhere (an imported DOCX) may lack required parts: they are left out,
        // and reading the file back names each one.
        if (p.issuer() != null) {
            g.writeFieldName("issuer");
            agency(g, p.issuer());
        }
        if (p.number() != null) {
            g.writeNumberField("number", p.number());
        }
        optional(g, "symbol", p.symbol());
        if (p.date() != null) {
            g.writeFieldName("date");
            date(g, p.date());
        }
        lines(g, "summary", p.summary());
        if (p.basis() != null) {
            basis(g, p.basis());
        }
        if (!p.body().isEmpty()) {
            g.writeFieldName("body");
            BodyWriter.nodes(g, p.body());
        }
        optional(g, "closing", p.closing());
        if (p.recipients() != null) {
            recipients(g, p.recipients());
        }
        if (p.signatory() != null) {
            signatory(g, p.signatory());
        }
        appendices(g, p.appendices());
        numbering(g, p.numbering());
        optional(g, "issuedBy", p.issuedBy());
        strings(g, "addressees", p.addressees());
        optional(g, "authority", p.authority());
        if (p.attached() != null) {
            attached(g, p.attached());
        }
        strings(g, "contact", p.contact());
        g.writeEndObject();
    }

    /** The text a decision issues, its defaults (type ke-hoach, the decree's reference line) left out. */
    private static void attached(JsonGenerator g, AttachedText a) throws IOException {
        g.writeObjectFieldStart("attached");
        if (a.type() != DocumentType.KE_HOACH) {
            g.writeStringField("type", a.type().key());
        }
        lines(g, "summary", a.summary());
        if (a.basis() != null) {
            basis(g, a.basis());
        }
        if (!a.body().isEmpty()) {
            g.writeFieldName("body");
            BodyWriter.nodes(g, a.body());
        }
        optional(g, "closing", a.closing());
        appendices(g, a.appendices());
        numbering(g, a.numbering());
        if (a.reference() != AttachedText.Reference.ATTACHED) {
            g.writeStringField("reference", PlanMapper.choiceName(a.reference()));
        }
        g.writeEndObject();
    }

    private static void appendices(JsonGenerator g, List<Appendix> list) throws IOException {
        if (!list.isEmpty()) {
            g.writeArrayFieldStart("appendices");
            for (Appendix a : list) {
                appendix(g, a);
            }
            g.writeEndArray();
        }
    }

    private static void recipients(JsonGenerator g, Recipients r) throws IOException {
        g.writeObjectFieldStart("recipients");
        strings(g, "to", r.to());
        optional(g, "archive", r.archive());
        optional(g, "drafter", r.drafter());
        if (r.copies() != null) {
            g.writeNumberField("copies", r.copies());
        }
        if (r.ownLine()) {
            g.writeBooleanField("drafterOwnLine", true);
        }
        g.writeEndObject();
    }

    /** Left out when it is the default; "decimal" alone when only the clauses differ. */
    private static void numbering(JsonGenerator g, Numbering n) throws IOException {
        if (n.equals(Numbering.DEFAULT)) {
            return;
        }
        if (n.equals(Numbering.decimal())) {
            g.writeStringField("numbering", PlanMapper.choiceName(n.clauses()));
            return;
        }
        g.writeObjectFieldStart("numbering");
        if (n.parts() != Numbering.DEFAULT.parts()) {
            g.writeStringField("parts", PlanMapper.choiceName(n.parts()));
        }
        if (n.clauses() != Numbering.DEFAULT.clauses()) {
            g.writeStringField("clauses", PlanMapper.choiceName(n.clauses()));
        }
        if (n.appendices() != Numbering.DEFAULT.appendices()) {
            g.writeStringField("appendices", PlanMapper.choiceName(n.appendices()));
        }
        g.writeEndObject();
    }

    /** A title given line by line as a list of its lines, else as a string. */
    private static void lines(JsonGenerator g, String name, String value) throws IOException {
        if (value == null || value.indexOf('\n') < 0) {
            g.writeStringField(name, value);
            return;
        }
        g.writeArrayFieldStart(name);
        for (String line : value.split("\n", -1)) {
            g.writeString(line);
        }
        g.writeEndArray();
    }

    /** A list of texts, left out when empty. */
    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void agency(JsonGenerator g, Agency a) throws IOException {
        g.writeStartObject();
        optional(g, "name", a.name()); // an imported file may lack it: the reader then names it
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
        optional(g, "lead", b.lead());
        if (!b.citations().isEmpty()) {
            g.writeArrayFieldStart("citations");
            for (Citation c : b.citations()) {
                citation(g, c);
            }
            g.writeEndArray();
        }
        if (b.proposal() != null) {
            g.writeObjectFieldStart("proposal");
            optional(g, "lead", b.proposal().lead());
            g.writeStringField("by", b.proposal().by());
            if (b.proposal().document() != null) {
                g.writeFieldName("document");
                citation(g, b.proposal().document());
            }
            g.writeEndObject();
        }
        optional(g, "issuing", b.issuing());
        if (b.newSentence()) {
            g.writeBooleanField("newSentence", true);
        }
        g.writeEndObject();
    }

    static void citation(JsonGenerator g, Citation c) throws IOException {
        g.writeStartObject();
        optional(g, "type", c.type());
        optional(g, "name", c.name());
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
        if (c.sameLine()) {
            g.writeBooleanField("sameLine", true);
        }
        // What the file gave is written out beside it, so that the written file says what was
        // cited even where the other file is not at hand; read back, the fields given win.
        optional(g, "file", c.file());
        g.writeEndObject();
    }

    private static void signatory(JsonGenerator g, Signatory s) throws IOException {
        g.writeObjectFieldStart("signatory");
        if (s.authority() != null && s.authority() != Signatory.Authority.NONE) {
            g.writeStringField("authority", PlanMapper.choiceName(s.authority()));
        }
        optional(g, "collective", s.collective());
        optional(g, "headTitle", s.headTitle());
        optional(g, "position", s.position());
        optional(g, "fullName", s.fullName());
        g.writeEndObject();
    }

    private static void appendix(JsonGenerator g, Appendix a) throws IOException {
        g.writeStartObject();
        optional(g, "id", a.id());
        lines(g, "title", a.title());
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
            // A summed column is read as aligned right unless it says otherwise.
            if (c.align() != (c.sum() ? Column.Align.RIGHT : Column.Align.LEFT)) {
                g.writeStringField("align", PlanMapper.choiceName(c.align()));
            }
            if (c.sum()) {
                g.writeBooleanField("sum", true);
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
                    Map<String, Text> cells = r instanceof CatalogueRow.Total t ? t.cells() : ((CatalogueRow.Item) r).cells();
                    if (r instanceof CatalogueRow.Total t) {
                        g.writeStringField("total", t.label());
                    }
                    for (Map.Entry<String, Text> cell : cells.entrySet()) {
                        g.writeFieldName(cell.getKey());
                        BodyWriter.text(g, cell.getValue());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
