package vn.vanban.load;

import vn.vanban.common.Format;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.util.function.Function;

/**
 * Writes a {@link Plan} as the YAML or JSON data file {@link PlanReader} reads, in the shortest
 * form the format allows: plain text as a string, a heading without content as its title, and
 * default values (orientation auto, width 1, no authority …) left out. Reading the output gives
 * back an equal plan. Immutable and thread-safe.
 */
public final class PlanWriter {

    /** Builds the trees below; they are written through the generators {@link #write} configures. */
    private static final ObjectMapper TREES = new ObjectMapper();
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
            TREES.writeTree(g, plan(plan));
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a bug in the generator.
            throw new VanbanException("the plan cannot be written: " + e.getMessage(), e);
        }
        String s = out.toString();
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static ObjectNode plan(Plan p) {
        ObjectNode o = object().put("type", p.type().key());
        put(o, "parent", agency(p.parent()));
        // A plan read from elsewhere (an imported DOCX) may lack required parts: they are left out,
        // and reading the file back names each one.
        put(o, "issuer", agency(p.issuer()));
        put(o, "number", p.number());
        put(o, "symbol", p.symbol());
        put(o, "date", date(p.date()));
        o.set("summary", lines(p.summary()));
        put(o, "basis", basis(p.basis()));
        put(o, "body", array(p.body(), BodyWriter::node));
        put(o, "closing", p.closing());
        put(o, "recipients", recipients(p.recipients()));
        put(o, "signatory", signatory(p.signatory()));
        put(o, "appendices", array(p.appendices(), PlanWriter::appendix));
        put(o, "numbering", numbering(p.numbering()));
        put(o, "issuedBy", p.issuedBy());
        put(o, "addressees", array(p.addressees(), TextNode::valueOf));
        put(o, "authority", p.authority());
        put(o, "attached", attached(p.attached()));
        return put(o, "contact", array(p.contact(), TextNode::valueOf));
    }

    static ObjectNode object() {
        return TREES.createObjectNode();
    }

    /** Sets a field of {@code o} to {@code value}, a tree or a plain value; {@code null} leaves it out. */
    static ObjectNode put(ObjectNode o, String name, Object value) {
        if (value != null) {
            o.set(name, value instanceof JsonNode n ? n : TREES.valueToTree(value));
        }
        return o;
    }

    /** The items as a list; {@code null}, so left out, when there are none. */
    static <T> ArrayNode array(List<T> items, Function<T, JsonNode> item) {
        if (items.isEmpty()) {
            return null;
        }
        ArrayNode a = TREES.createArrayNode();
        items.forEach(i -> a.add(item.apply(i)));
        return a;
    }

    /** {@code true} as a field's value, or {@code null} to leave the field out when it is false. */
    static Boolean flag(boolean on) {
        return on ? Boolean.TRUE : null;
    }

    /** A constant as files write it, or {@code null} to leave it out when it is the default. */
    private static String choice(Enum<?> value, Enum<?> byDefault) {
        return value == byDefault ? null : PlanMapper.choiceName(value);
    }

    /** The text a decision issues, its defaults (type ke-hoach, the decree's reference line) left out. */
    private static ObjectNode attached(AttachedText a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = put(object(), "type", a.type() == DocumentType.KE_HOACH ? null : a.type().key());
        o.set("summary", lines(a.summary()));
        put(o, "basis", basis(a.basis()));
        put(o, "body", array(a.body(), BodyWriter::node));
        put(o, "closing", a.closing());
        put(o, "appendices", array(a.appendices(), PlanWriter::appendix));
        put(o, "numbering", numbering(a.numbering()));
        return put(o, "reference", choice(a.reference(), AttachedText.Reference.ATTACHED));
    }

    private static ObjectNode recipients(Recipients r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = put(object(), "to", array(r.to(), TextNode::valueOf));
        put(o, "archive", r.archive());
        put(o, "drafter", r.drafter());
        put(o, "copies", r.copies());
        return put(o, "drafterOwnLine", flag(r.ownLine()));
    }

    /** Left out when it is the default; "decimal" alone when only the clauses differ. */
    private static Object numbering(Numbering n) {
        if (n.equals(Numbering.DEFAULT)) {
            return null;
        }
        if (n.equals(Numbering.decimal())) {
            return PlanMapper.choiceName(n.clauses());
        }
        ObjectNode o = put(object(), "parts", choice(n.parts(), Numbering.DEFAULT.parts()));
        put(o, "clauses", choice(n.clauses(), Numbering.DEFAULT.clauses()));
        return put(o, "appendices", choice(n.appendices(), Numbering.DEFAULT.appendices()));
    }

    /** A title given line by line as a list of its lines, else as a string. */
    private static JsonNode lines(String value) {
        return value == null || value.indexOf('\n') < 0 ? TextNode.valueOf(value)
                : array(List.of(value.split("\n", -1)), TextNode::valueOf);
    }

    private static ObjectNode agency(Agency a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = put(object(), "name", a.name()); // an imported file may lack it: the reader then names it
        put(o, "abbreviation", a.abbreviation());
        return put(o, "place", a.place());
    }

    /** A year alone as a number (as people write it), a fuller date as ISO text. */
    private static Object date(PartialDate d) {
        return d == null ? null : d.month() == null ? (Object) d.year() : d.toString();
    }

    private static ObjectNode basis(LegalBasis b) {
        if (b == null) {
            return null;
        }
        ObjectNode o = put(object(), "form", choice(b.form(), LegalBasis.Form.INLINE));
        put(o, "lead", b.lead());
        put(o, "citations", array(b.citations(), PlanWriter::citation));
        if (b.proposal() != null) {
            ObjectNode proposal = put(object(), "lead", b.proposal().lead()).put("by", b.proposal().by());
            o.set("proposal", put(proposal, "document", citation(b.proposal().document())));
        }
        put(o, "issuing", b.issuing());
        return put(o, "newSentence", flag(b.newSentence()));
    }

    static ObjectNode citation(Citation c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = put(object(), "type", c.type());
        put(o, "name", c.name());
        put(o, "number", c.number());
        put(o, "date", date(c.date()));
        put(o, "issuer", c.issuer());
        put(o, "subject", c.subject());
        put(o, "renewedYearly", flag(c.renewedYearly()));
        put(o, "sameLine", flag(c.sameLine()));
        // What the file gave is written out beside it, so that the written file says what was
        // cited even where the other file is not at hand; read back, the fields given win.
        return put(o, "file", c.file());
    }

    private static ObjectNode signatory(Signatory s) {
        if (s == null) {
            return null;
        }
        ObjectNode o = put(object(), "authority", s.authority() == null ? null
                : choice(s.authority(), Signatory.Authority.NONE));
        put(o, "collective", s.collective());
        put(o, "headTitle", s.headTitle());
        put(o, "position", s.position());
        return put(o, "fullName", s.fullName());
    }

    private static ObjectNode appendix(Appendix a) {
        ObjectNode o = put(object(), "id", a.id());
        o.set("title", lines(a.title()));
        put(o, "orientation", choice(a.orientation(), Appendix.Orientation.AUTO));
        put(o, "numbered", a.numbered() ? null : false);
        o.set("columns", a.columns().isEmpty() ? TREES.createArrayNode() : array(a.columns(), PlanWriter::column));
        return put(o, "rows", array(a.rows(), PlanWriter::row));
    }

    private static ObjectNode column(Column c) {
        ObjectNode o = object().put("key", c.key()).put("header", c.header());
        put(o, "width", c.width() == 1 ? null : c.width());
        // A summed column is read as aligned right unless it says otherwise.
        put(o, "align", choice(c.align(), c.sum() ? Column.Align.RIGHT : Column.Align.LEFT));
        return put(o, "sum", flag(c.sum()));
    }

    private static ObjectNode row(CatalogueRow r) {
        if (r instanceof CatalogueRow.Group g) {
            return object().put("group", g.title());
        }
        ObjectNode o = object();
        Map<String, Text> cells = r instanceof CatalogueRow.Total t ? t.cells() : ((CatalogueRow.Item) r).cells();
        if (r instanceof CatalogueRow.Total t) {
            o.put("total", t.label());
        }
        cells.forEach((key, text) -> o.set(key, BodyWriter.text(text)));
        return o;
    }
}
