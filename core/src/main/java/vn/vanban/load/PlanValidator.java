package vn.vanban.load;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.AttachedText;
import vn.vanban.model.DocumentType;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.text.Authorities;
import vn.vanban.text.VietnameseCase;

import java.util.List;
import java.util.Objects;

import static vn.vanban.load.Paths.at;
import static vn.vanban.load.Paths.index;

/**
 * The rules every plan obeys, however it was made: read from a file ({@link PlanReader} places
 * each problem at its line and column) or built in Java ({@code Vanban.render} checks it before
 * anything is written, and names each problem by its field path). One place owns each rule, so a
 * plan made in code gets the messages a data file gets. The rules of the body are in
 * {@link BodyRules}, those of the appendices in {@link AppendixRules}. Thread-safe: no state.
 */
public final class PlanValidator {

    private PlanValidator() {
    }

    /** Every problem of the plan, each named by its field path; empty when the plan is valid. */
    public static List<Problem> problems(Plan plan) {
        return named(violations(plan));
    }

    /**
     * Checks a plan before it is rendered.
     *
     * @return its {@link #warnings}, found by the same pass
     * @throws InvalidInputException listing every problem, when there is any
     */
    public static List<Problem> validate(Plan plan) {
        Violations checked = check(plan);
        if (!checked.list().isEmpty()) {
            throw new InvalidInputException(named(checked.list()));
        }
        return named(checked.warnings());
    }

    /**
     * What reads as a slip but is still a valid plan ("a deputy signs KT. …"), each named by its
     * field path; a plan read from a file has them placed at their line among the reading's warnings.
     */
    public static List<Problem> warnings(Plan plan) {
        return named(check(plan).warnings());
    }

    /** Each violation as a problem named by its field path, with no file or line. */
    private static List<Problem> named(List<Violations.Violation> violations) {
        return violations.stream().map(v -> new Problem("", 0, 0, v.path(), v.message())).toList();
    }

    static List<Violations.Violation> violations(Plan plan) {
        return check(plan).list();
    }

    /** The plan's violations and its warnings. */
    static Violations check(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Violations out = new Violations();
        out.appendixIds(ids(plan.appendices()));
        head(plan, out);
        DocumentRules.of(plan, out);
        out.notesAllowed(true);
        new BodyRules(out).nodes("body", plan.body(), 1);
        AttachedText attached = plan.attached();
        // A decision that issues a text and writes no article gets its Điều 1 from that text (Articles).
        if (plan.body().isEmpty() && attached == null) {
            empty("body", plan.type(), out);
        }
        if (attached != null) {
            // The attached text names its own appendices; the decision names none of its own.
            out.appendixIds(ids(attached.appendices()));
            new BodyRules(out).nodes("attached.body", attached.body(), 1);
            if (attached.body().isEmpty()) {
                empty("attached.body", attached.type(), out);
            }
        }
        out.notesAllowed(false);
        out.countAgainst(PlanLimits.TextBudget.CATALOGUES);
        AppendixRules appendices = new AppendixRules(out);
        appendices.appendices("appendices", plan.appendices());
        if (attached != null) {
            appendices.appendices("attached.appendices", attached.appendices());
        }
        return out;
    }

    /** A body with nothing in it prints a document of a heading and a signature (found by a trial). */
    private static void empty(String path, DocumentType type, Violations out) {
        String name = type == null ? "document" : type.vietnameseName().toLowerCase(VietnameseCase.VIETNAMESE);
        out.warn(path, "the body is empty: the " + name + " would print its heading, then its closing and "
                + "signature with nothing between; write its content (sections, clauses, paragraphs)");
    }

    private static List<String> ids(List<Appendix> appendices) {
        return appendices.stream().map(Appendix::id).filter(Objects::nonNull).distinct().toList();
    }

    private static void head(Plan p, Violations out) {
        out.required("type", p.type());
        if (p.parent() != null) {
            agency("parent", p.parent(), false, out);
        }
        if (out.required("issuer", p.issuer())) {
            agency("issuer", p.issuer(), true, out);
        }
        if (p.number() != null) {
            out.positive("number", p.number());
        }
        out.line("symbol", p.symbol(), false);
        if (p.symbol() == null && p.type() != null && p.type().abbreviation().isEmpty()) {
            out.missing("symbol", ": a " + p.type().vietnameseName().toLowerCase(VietnameseCase.VIETNAMESE)
                    + " has no type abbreviation to make one from");
        }
        out.required("date", p.date());
        out.line("issuedBy", p.issuedBy(), false);
        out.lines("summary", p.summary(), true);
        if (p.basis() != null) {
            basis(p.basis(), p.type() == DocumentType.QUYET_DINH, out);
        }
        // A closing that ends with "." or "./." is completed with a warning (EndMark), not refused.
        out.line("closing", p.closing(), false);
        if (out.required("recipients", p.recipients())) {
            recipients(p.recipients(), out);
        }
        if (out.required("signatory", p.signatory())) {
            signatory(p.signatory(), out);
            signs(p.signatory(), p.issuer(), out);
        }
        contact(p.contact(), out);
    }

    /** Box 13 is warned of past this many printed lines: a few lines, as the decree's templates have it. */
    private static final int CONTACT_PRINTED_LINES = 6;
    /**
     * About as many characters as one line of box 13 holds (11 pt over the A4 text width, 165 mm):
     * a rough count, which the warning says it is; the layout, not the rules, measures words.
     */
    private static final int CONTACT_LINE_CHARACTERS = 90;

    /**
     * Box 13, which any type may have: a few lines, each printed as given on a line (or two) of its
     * own at the foot of the first page, whose text gives up the room they take.
     */
    private static void contact(List<String> lines, Violations out) {
        out.lines("contact", lines, "contact lines", "document", PlanLimits.CONTACT_LINES, (path, line) -> {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                out.add(path, "a contact line holds a line break: give each line as an item of its own");
            } else if (line.length() > PlanLimits.CONTACT_LINE) {
                out.add(path, "a contact line holds at most " + PlanLimits.CONTACT_LINE + " characters, found "
                        + line.length() + ": the block takes its room from the first page; split it into lines");
            }
        });
        int printed = lines.stream().filter(Objects::nonNull).mapToInt(PlanValidator::printedLines).sum();
        if (printed > CONTACT_PRINTED_LINES) {
            out.warn("contact", "box 13 would print about " + printed + " lines at the foot of page 1 (a rough "
                    + "count, at about " + CONTACT_LINE_CHARACTERS + " characters a line), and the text of page 1 "
                    + "gives up that room: keep the address, telephone and e-mail; box 13 is a few lines, "
                    + CONTACT_PRINTED_LINES + " at most");
        }
    }

    private static int printedLines(String line) {
        return Math.max(1, (line.strip().length() + CONTACT_LINE_CHARACTERS - 1) / CONTACT_LINE_CHARACTERS);
    }

    /** The issuer needs its abbreviation (for the symbol) and its place (for the date line); a parent only its name. */
    private static void agency(String path, Agency a, boolean issuer, Violations out) {
        out.line(at(path, "name"), a.name(), true);
        out.line(at(path, "abbreviation"), a.abbreviation(), issuer);
        out.line(at(path, "place"), a.place(), issuer);
    }

    /** The basis of the text a decision issues: checked as a plan's, each violation moved under 'attached'. */
    static void attachedBasis(LegalBasis b, Violations out) {
        Violations inner = new Violations();
        basis(b, false, inner);
        inner.list().forEach(v -> out.add(v.moved("attached")));
    }

    /**
     * A decision's căn cứ lead straight to "QUYẾT ĐỊNH:": "Căn cứ" opens them unless the data says
     * otherwise, and no issuing sentence follows them.
     */
    private static void basis(LegalBasis b, boolean decision, Violations out) {
        out.required("basis.form", b.form());
        out.line("basis.lead", b.lead(), !decision);
        for (int i = 0; i < b.citations().size(); i++) {
            if (i == PlanLimits.CITATIONS) {
                out.add(PlanLimits.tooMany(index("basis.citations", i), "citations", "legal basis", PlanLimits.CITATIONS));
            }
            out.citation(index("basis.citations", i), b.citations().get(i));
            if (i == 0 && b.citations().get(i).sameLine()) {
                String at = index("basis.citations", i) + ".sameLine";
                out.addAtKey(at, "the first citation has no line before it to share; "
                        + "leave 'sameLine' out of it");
            }
        }
        if (b.proposal() != null) {
            out.line("basis.proposal.lead", b.proposal().lead(), false);
            out.line("basis.proposal.by", b.proposal().by(), true);
            if (b.proposal().document() != null) {
                out.citation("basis.proposal.document", b.proposal().document());
            }
        }
        if (b.newSentence() && b.form() == LegalBasis.Form.LINES) {
            out.addAtKey("basis.newSentence", "'newSentence' is for the inline form, where the "
                    + "issuing sentence follows the citations in one paragraph; in lines it has a line of its own");
        }
        if (decision && b.issuing() != null) {
            out.addAtKey("basis.issuing", "a decision has no issuing sentence: its căn cứ end with "
                    + "'.' and 'QUYẾT ĐỊNH:' follows; leave 'issuing' out");
        } else {
            out.line("basis.issuing", b.issuing(), !decision);
        }
    }

    /** Recipients and archive as the data gives them, without what rendering adds ("- ", ";", "Lưu: "). */
    private static void recipients(Recipients r, Violations out) {
        out.lines("recipients.to", r.to(), "recipients", "plan", PlanLimits.RECIPIENTS, (path, to) -> {
            if (to.strip().startsWith("-") || to.strip().endsWith(";")) {
                out.add(path, "write the recipient without the leading '- ' and the final ';': they are added when "
                        + "the plan is rendered");
            }
        });
        if (out.line("recipients.drafter", r.drafter(), false) && r.drafter() != null && r.drafter().strip().startsWith("(")) {
            out.add("recipients.drafter", "write only the initials (such as 'Sonnh'), without parentheses: they are "
                    + "added when the plan is rendered");
        }
        if (r.copies() != null) {
            out.positive("recipients.copies", r.copies());
            if (r.drafter() == null) {
                out.add(new Violations.Violation("recipients.drafter", "'recipients.copies' goes with the drafter's "
                        + "initials (box 12 of the decree): give 'drafter' too", "recipients.copies", true));
            }
        }
        if (r.ownLine() && r.drafter() == null) {
            out.add(new Violations.Violation("recipients.drafter", "'drafterOwnLine' puts the drafter's initials on a "
                    + "line of their own: give 'drafter' too", "recipients.drafterOwnLine", true));
        }
        String archive = r.archive();
        if (out.line("recipients.archive", archive, true)) {
            String a = archive.strip();
            if (a.toLowerCase(VietnameseCase.VIETNAMESE).startsWith("lưu") || a.startsWith("-") || a.endsWith(".")) {
                out.add("recipients.archive", "write only what follows 'Lưu: ' (such as 'VT'), without the final '.';"
                        + " found " + Problems.quote(archive));
            }
        }
    }

    /**
     * Who signs, as spec §2.3 has it: a deputy signs for the head (KT.), never in his own name;
     * TM. signs for the collective that issues the text ("TM. ỦY BAN NHÂN DÂN" under "Ủy ban nhân
     * dân thị xã …"), not for another body. Warned, not refused: a title vanban does not know may
     * read like a deputy's.
     */
    private static void signs(Signatory s, Agency issuer, Violations out) {
        if (s.authority() == Signatory.Authority.NONE && s.position() != null) {
            String head = Authorities.headOfDeputy(s.position());
            if (head != null) {
                out.warn("signatory.position", "a deputy signs for the head: 'KT. " + VietnameseCase.upper(head)
                        + "' above " + Problems.quote(VietnameseCase.upper(s.position())) + "; write authority: KT, "
                        + "headTitle: " + head);
            }
        }
        String collective = s.collective();
        if (collective != null && issuer != null && issuer.name() != null && !collective.isBlank()
                && !startsWithWords(issuer.name(), collective)) {
            out.warn("signatory.collective", "TM. signs for the collective that issues the text, and "
                    + Problems.quote(collective) + " is not " + Problems.quote(issuer.name()) + ": give the issuer's "
                    + "collective (such as 'Ủy ban nhân dân' for 'Ủy ban nhân dân tỉnh …'), or, when its head signs "
                    + "in his own name, leave TM. out");
        }
    }

    /** Whether {@code name} begins with the words of {@code start}, case and composition aside. */
    private static boolean startsWithWords(String name, String start) {
        String n = fold(name);
        String st = fold(start);
        return n.equals(st) || n.startsWith(st + " ");
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(VietnameseCase.VIETNAMESE);
    }

    private static void signatory(Signatory s, Violations out) {
        out.required("signatory.authority", s.authority());
        out.line("signatory.collective", s.collective(), false);
        out.line("signatory.headTitle", s.headTitle(), false);
        out.line("signatory.position", s.position(), true);
        out.line("signatory.fullName", s.fullName(), true);
        Signatory.Authority a = s.authority();
        // Placed, in a file, at the authority that asks for the missing line.
        if (a == Signatory.Authority.TM && s.collective() == null) {
            out.add(new Violations.Violation("signatory.collective",
                    "'signatory.collective' is required when authority is TM", "signatory.authority", false));
        }
        if ((a == Signatory.Authority.KT || a == Signatory.Authority.TL || a == Signatory.Authority.TUQ)
                && s.headTitle() == null) {
            out.add(new Violations.Violation("signatory.headTitle",
                    "'signatory.headTitle' is required when authority is " + a.name(), "signatory.authority", false));
        }
    }
}
