package vn.vanban.load;

import vn.vanban.model.Agency;
import vn.vanban.model.AttachedText;
import vn.vanban.model.Citation;
import vn.vanban.model.DocumentType;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Numbering;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Proposal;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.text.Citations;
import vn.vanban.text.Numerals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Maps a located {@link Node} tree onto the model: the plan's own fields here, the body in
 * {@link BodyMapper}, the appendices in {@link AppendixMapper}. It reports what is wrong with the
 * notation (a list where text belongs, an unknown field, a date that is no date) and goes on; the
 * rules of the model itself (a required field, a positive number) are {@link PlanValidator}'s,
 * checked on what this makes. A value it cannot read is left {@code null}, or stands in the list
 * as an empty placeholder so that the items after it keep their paths; either way its path is
 * settled. One instance per file.
 */
final class PlanMapper {

    private final Values values;
    private final BodyMapper body;
    private final AppendixMapper appendices;
    private final CitedFiles files;

    /** A mapper whose citations of other files name them from the working directory. */
    PlanMapper(Values values) {
        this(values, new CitedFiles(java.nio.file.Path.of(""), java.util.List.of(), null, 0));
    }

    PlanMapper(Values values, CitedFiles files) {
        this.values = values;
        this.files = files;
        this.body = new BodyMapper(values, this);
        this.appendices = new AppendixMapper(values, body);
    }

    /** The plan, its unreadable values left empty; {@code null} when the root is no map. */
    Plan plan(Node root) {
        Fields f = values.fields(root, "", PlanSchema.fields("plan"),
                "a plan (a map of fields such as issuer, date and summary)");
        if (f == null) {
            return null;
        }
        DocumentType type = f.has("type") ? f.read("type", this::documentType) : DocumentType.KE_HOACH;
        Agency parent = f.read("parent", (n, at) -> agency(n, at, "agency"));
        Agency issuer = f.read("issuer", (n, at) -> agency(n, at, "issuer"));
        return new Plan(type, parent, issuer, f.read("number", values::positive), f.line("symbol"),
                f.read("date", this::date), f.lines("summary"), f.read("basis", this::basis),
                f.list("body", body::node, BodyMapper.UNREAD), f.line("closing"), f.read("recipients", this::recipients),
                f.read("signatory", this::signatory), f.list("appendices", appendices::appendix, null),
                f.read("numbering", this::numbering), f.line("issuedBy"), f.list("addressees", values::line, ""),
                f.line("authority"), f.read("attached", this::attached), f.list("contact", values::line, ""));
    }

    /** The text a decision issues: a plan's body, closing and appendices under its type and summary. */
    private AttachedText attached(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("attached"),
                "the text the decision issues (a map with type, summary, body and appendices)");
        if (f == null) {
            return null;
        }
        DocumentType type = f.has("type") ? f.read("type", this::documentType) : DocumentType.KE_HOACH;
        return new AttachedText(type, f.lines("summary"), f.read("basis", this::basis),
                f.list("body", body::node, BodyMapper.UNREAD), f.line("closing"),
                f.list("appendices", appendices::appendix, null), f.read("numbering", this::numbering),
                f.read("reference", choice(AttachedText.Reference.values())));
    }

    /** A list of one-line texts; an unreadable item stays as an empty one, so the others keep their paths. */
    List<String> lines(Node n, String path) {
        return values.items(n, path, values::line, "");
    }

    /** "decimal" (the clauses' scheme), or a map of the parts', clauses' and appendices' schemes. */
    private Numbering numbering(Node n, String path) {
        if (n instanceof Node.Scalar) {
            Numbering.ClauseNumbers clauses = choice(Numbering.ClauseNumbers.values()).apply(n, path);
            return clauses == null ? null : Numbering.DEFAULT.withClauses(clauses);
        }
        Fields f = values.fields(n, path, PlanSchema.fields("numbering"),
                "a numbering: 'decimal', or a map of parts, clauses and appendices");
        if (f == null) {
            return null;
        }
        return new Numbering(f.read("parts", choice(Numbering.PartNumbers.values())),
                f.read("clauses", choice(Numbering.ClauseNumbers.values())),
                f.read("appendices", choice(Numbering.AppendixNumbers.values())));
    }

    /** A reader of one of an enum's constants, named as files write them ({@link #choiceName}). */
    <E extends Enum<E>> BiFunction<Node, String, E> choice(E[] constants) {
        return (n, path) -> values.choice(n, path, constants, PlanMapper::choiceName);
    }

    private DocumentType documentType(Node n, String path) {
        String key = values.line(n, path);
        if (key == null) {
            return null;
        }
        Optional<DocumentType> t = DocumentType.byKey(key.toLowerCase(Locale.ROOT));
        if (t.isEmpty()) {
            List<String> keys = Arrays.stream(DocumentType.values()).map(DocumentType::key).toList();
            Optional<DocumentType> named = byName(key);
            values.report(n, path, named.isPresent()
                    ? "unknown document type " + Problems.quote(key) + "; types are written without marks and "
                    + "spaces: did you mean '" + named.get().key() + "'?"
                    : Values.unknown("document type", key, keys));
            return null;
        }
        return t.get();
    }

    /**
     * The type a user named in Vietnamese ("kế hoạch", "Quyết định", "ke hoach") rather than by
     * its key: the name without marks, in lower case, its spaces as hyphens.
     */
    static Optional<DocumentType> byName(String name) {
        String folded = Normalizer.normalize(name.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return DocumentType.byKey(folded);
    }

    /** An agency; {@code kind} is "issuer" (name, abbreviation and place) or "agency" (a parent). */
    Agency agency(Node n, String path, String kind) {
        Fields f = values.fields(n, path, PlanSchema.fields(kind), "an agency (a map with name"
                + (kind.equals("issuer") ? ", abbreviation and place)" : ")"));
        return f == null ? null : new Agency(f.line("name"), f.line("abbreviation"), f.line("place"));
    }

    private LegalBasis basis(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("basis"),
                "a legal basis (a map with lead, citations and issuing)");
        if (f == null) {
            return null;
        }
        LegalBasis.Form form = f.has("form") ? f.read("form", choice(LegalBasis.Form.values())) : LegalBasis.Form.INLINE;
        List<Citation> citations = f.list("citations", this::citation, null);
        Proposal proposal = f.read("proposal", this::proposal);
        Boolean newSentence = f.read("newSentence", values::bool);
        return new LegalBasis(form, f.line("lead"), citations, proposal, f.line("issuing"),
                Boolean.TRUE.equals(newSentence));
    }

    private Proposal proposal(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("proposal"),
                "a proposal (a map with by, and lead and document if any)");
        if (f == null) {
            return null;
        }
        Citation document = f.read("document", this::citation);
        return new Proposal(f.line("lead"), f.line("by"), document);
    }

    /** A citation; an empty one, settled, when {@code n} is no map. */
    Citation citation(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("citation"),
                "a citation (a map with type and number, or name, and date, issuer, subject)");
        if (f == null) {
            return new Citation(null, null, null, null, null, null, false, false);
        }
        PartialDate date = f.read("date", this::date);
        Boolean renewed = f.read("renewedYearly", values::bool);
        Boolean sameLine = f.read("sameLine", values::bool);
        Citation given = new Citation(f.line("type"), f.line("name"), f.line("number"), date, f.line("issuer"),
                f.line("subject"), Boolean.TRUE.equals(renewed), Boolean.TRUE.equals(sameLine));
        String file = f.line("file");
        if (file == null) {
            return given;
        }
        Plan cited = files.read(file, f.get("file"), f.path("file"), values);
        if (cited == null) {
            // Told at 'file'; what the file would have given is not missing besides.
            values.settle(path);
            return given;
        }
        // What the citation gives beside the file replaces what the file gives ("issuer: UBND thị xã").
        Citation from = Citations.of(cited);
        String number = issuedNumber(given.number(), cited, from, f);
        date = issuedDate(date, cited, f);
        return new Citation(or(given.type(), from.type()), null, or(number, from.number()),
                date != null ? date : from.date(), or(given.issuer(), from.issuer()),
                or(given.subject(), from.subject()), given.renewedYearly(), given.sameLine(), file);
    }

    /**
     * The number a citation gives beside a draft's file, as it was issued: the register number
     * alone ("45") takes the file's symbol, a whole one ("45/KH-UBND") must bear it; a file that
     * has its own number is cited by it, and another is refused rather than printed.
     */
    private String issuedNumber(String given, Plan cited, Citation from, Fields f) {
        if (given == null) {
            return null;
        }
        String symbol = Citations.symbol(cited);
        String number = given.matches("\\d{1,9}") ? Numerals.registerNumber(Integer.parseInt(given)) + "/" + symbol
                : given;
        if (cited.number() != null && !number.equals(from.number())) {
            values.report(f.get("number"), f.path("number"), "the cited file is numbered " + Problems.quote(from.number())
                    + ", not " + Problems.quote(given) + ": leave 'number' out, and the file's is cited");
            return null;
        }
        if (!number.endsWith("/" + symbol) || number.startsWith("/")) {
            values.report(f.get("number"), f.path("number"), "expected the number the cited file was issued under, "
                    + "with its symbol: " + Problems.quote(symbol) + " (such as '45' or '45/" + symbol + "'), found "
                    + Problems.quote(given));
            return null;
        }
        return number;
    }

    /**
     * The date a citation gives beside a draft's file, as it was issued: it fills the draft's
     * blanks, and may not contradict what the file gives (its year, its month, its whole date).
     */
    private PartialDate issuedDate(PartialDate given, Plan cited, Fields f) {
        PartialDate own = cited.date();
        if (given == null || own == null) {
            return given;
        }
        boolean agrees = own.year() == given.year()
                && (own.month() == null || own.month().equals(given.month()))
                && (own.day() == null || own.day().equals(given.day()));
        if (!agrees) {
            values.report(f.get("date"), f.path("date"), "the cited file is dated " + Problems.quote(own.toString())
                    + ", which " + Problems.quote(given.toString()) + " contradicts: leave 'date' out, or give the "
                    + "day it was issued within " + Problems.quote(own.toString()));
            return null;
        }
        return given;
    }

    private static String or(String given, String derived) {
        return given != null ? given : derived;
    }

    Recipients recipients(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("recipients"), "recipients (a map with to and archive)");
        if (f == null) {
            return null;
        }
        List<String> to = f.list("to", values::line, "");
        Integer copies = f.read("copies", values::positive);
        Boolean ownLine = f.read("drafterOwnLine", values::bool);
        return new Recipients(to, f.line("archive"), f.line("drafter"), copies, Boolean.TRUE.equals(ownLine));
    }

    Signatory signatory(Node n, String path) {
        Fields f = values.fields(n, path, PlanSchema.fields("signatory"),
                "a signatory (a map with authority, position and fullName)");
        if (f == null) {
            return null;
        }
        Signatory.Authority authority = f.has("authority") ? f.read("authority", choice(Signatory.Authority.values()))
                : Signatory.Authority.NONE;
        return new Signatory(authority, f.line("collective"), f.line("headTitle"), f.line("position"),
                f.line("fullName"));
    }

    PartialDate date(Node n, String path) {
        String expected = "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found ";
        if (!(n instanceof Node.Scalar s) || !(s.kind() == Node.Kind.STRING || s.kind() == Node.Kind.INTEGER)) {
            values.report(n, path, expected + n.describe());
            return null;
        }
        try {
            return PartialDate.parse(s.text());
        } catch (IllegalArgumentException e) {
            // The form is right but the day or month is not: say which, not the form again.
            boolean form = s.text().strip().matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?");
            values.report(n, path, form ? "expected " + e.getMessage() : expected + n.describe());
            return null;
        }
    }

    /** How a constant is written in files: authorities upper case (TM), other words lower case. */
    static String choiceName(Enum<?> e) {
        return e instanceof Signatory.Authority && e != Signatory.Authority.NONE
                ? e.name() : e.name().toLowerCase(Locale.ROOT);
    }
}
