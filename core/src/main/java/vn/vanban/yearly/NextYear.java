package vn.vanban.yearly;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.load.Paths;
import vn.vanban.load.PlanValidator;
import vn.vanban.model.Appendix;
import vn.vanban.model.AttachedText;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;
import vn.vanban.text.Citations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Kế hoạch năm sau — makes next year's draft of a yearly plan from this year's: the plan's own
 * year moves to the new one wherever it is the plan's year, the number and the day and month
 * of the date become blank again, and citations of documents renewed every year are flagged for
 * the clerk. Pure: no I/O, the input plan is not changed.
 * <p>
 * Where the year is replaced: the summary, headings and running text of the body, the closing
 * sentence, the issuing sentence of the legal basis, and the appendices' titles, column headers,
 * group rows and cells, and the same in the text a decision issues (its own summary, body,
 * closing and appendices: it has no number or date of its own, and the decision's go blank)
 * where it is written as a year ("Quý II/2024", "Tháng 6/2024", "Năm 2024", "năm 2024"). Only
 * the plan's own year moves; everywhere else it is kept and flagged with the reason
 * ({@link Kept}), by the rules of {@link YearsInText}:
 * <ul>
 * <li>in another document's citation written as text, from its number ("số 45/KH-UBND") or date
 * ("ngày 20/02/2025") to the ";", end of sentence or issuer's own "…, Ủy ban nhân dân xã ban
 * hành" that ends it, and likewise in the words that follow a {@link Citation} in the same
 * sentence: "… về phòng, chống thiên tai năm 2025;" names that plan's year, and always will;</li>
 * <li>in years named together ("năm 2024 và năm 2025", "giai đoạn 2021 – 2025"), the plan's
 * period "từ ngày 01/4/2024 đến ngày 30/6/2024", or a text naming the next year too;</li>
 * <li>in a law's name ("Luật Đất đai năm 2024 (sửa đổi năm 2025)"), a full date, a number and
 * symbol, and a number that only equals the year: an amount, a quantity ("2024 tờ rơi", a cell
 * of figures), a phone number.</li>
 * </ul>
 * Citations ({@link Citation}, in the basis or in the text) are never changed: the
 * documents they name keep their number, date and subject; those marked
 * {@link Citation#renewedYearly()} are flagged, and so are those whose subject names the plan's
 * year (last year's edition of a yearly text, most likely). Recipients and signatory carry no
 * year and are kept as they are. The data file's comments are {@link SourceRewrite}'s.
 * <p>
 * Thread-safe: the class holds no state.
 */
public final class NextYear {

    private NextYear() {
    }

    /**
     * What a person should read before the new draft goes out: one line per change or flag.
     * Paths follow the data file as {@code PlanWriter} writes it ({@code summary},
     * {@code body[1].section.content[0].dash}, {@code appendices[0].rows[3].time}).
     */
    public sealed interface Review permits Change, Flag, YearCited, Kept, CommentKept {
        /** The field path the line is about. */
        String path();
    }

    /** A value that was changed: printed {@code path: before → after}. */
    public record Change(String path, String before, String after) implements Review {
        @Override
        public String toString() {
            return path + ": " + before + " → " + after;
        }
    }

    /**
     * A citation of a document issued again every year, kept as it was: printed
     * {@code path: FLAG renewed yearly: <citation> — check for the N edition}.
     */
    public record Flag(String path, Citation citation, int year) implements Review {
        @Override
        public String toString() {
            return path + ": FLAG renewed yearly: " + flagged(citation)
                    + " — check for the " + year + " edition";
        }
    }

    /**
     * A citation, not marked {@link Citation#renewedYearly()}, whose subject names the plan's own
     * year ("… ban hành Kế hoạch cải cách hành chính năm 2024"): most likely last year's edition of
     * a yearly text, kept as it is and printed
     * {@code path: FLAG cites 2024: <citation> — last year's edition? check for the 2025 edition}.
     */
    public record YearCited(String path, Citation citation, int from, int to) implements Review {
        @Override
        public String toString() {
            return path + ": FLAG cites " + from + ": " + flagged(citation)
                    + " — last year's edition? check for the " + to + " edition";
        }
    }

    /**
     * The old year in a comment of the data file, which next year's copy keeps as it was: printed
     * {@code line N: FLAG 2024 kept in a comment: # …}.
     */
    public record CommentKept(int line, String text, int year) implements Review {
        @Override
        public String path() {
            return "line " + line;
        }

        @Override
        public String toString() {
            return path() + ": FLAG " + year + " kept in a comment: " + text;
        }
    }

    /**
     * The old year still stands in a text, where {@link YearsInText} judged it another's (a
     * citation, years named together, a law, a date, a symbol): printed {@code path: FLAG 2024
     * kept in <where>, <why>: <text>}, each reason quoting its words, so that a person confirms it.
     */
    public record Kept(String path, String text, int year, List<String> reasons) implements Review {
        public Kept {
            reasons = List.copyOf(reasons);
        }

        @Override
        public String toString() {
            return path + ": FLAG " + year + " kept " + String.join("; ", reasons) + ": " + text;
        }
    }

    /**
     * The new draft and what to review in it.
     *
     * @param plan   next year's plan
     * @param review every change and every flag, in the order of the data file
     */
    public record Result(Plan plan, List<Review> review) {
        public Result {
            Objects.requireNonNull(plan, "plan");
            review = List.copyOf(review);
        }
    }

    /**
     * The draft for the year after the plan's own.
     *
     * @throws InvalidInputException when the plan breaks a rule of {@link PlanValidator}, or is
     *                               dated 9999, the last year a date may have
     */
    public static Result of(Plan plan) {
        PlanValidator.validate(plan);
        int year = plan.date().year();
        if (year >= PartialDate.LAST_YEAR) {
            throw new InvalidInputException(List.of(new Problem("", 0, 0, "date", "the plan is dated " + year
                    + ", and a year after it would have five digits; next year's draft needs a plan of "
                    + (PartialDate.LAST_YEAR - 1) + " or before")));
        }
        return of(plan, year + 1);
    }

    /**
     * The draft for {@code newYear}.
     *
     * @throws IllegalArgumentException when {@code newYear} does not have four digits or is not
     *                                  after the plan's year
     * @throws InvalidInputException    when the plan breaks a rule of {@link PlanValidator}
     */
    public static Result of(Plan plan, int newYear) {
        PlanValidator.validate(plan);
        if (newYear < PartialDate.FIRST_YEAR || newYear > PartialDate.LAST_YEAR) {
            throw new IllegalArgumentException("newYear must have four digits: " + newYear);
        }
        if (newYear <= plan.date().year()) {
            throw new IllegalArgumentException("newYear " + newYear + " is not after the plan's year " + plan.date().year());
        }
        return new Rewrite(plan.date().year(), newYear).plan(plan);
    }

    /** One rewrite: carries the two years and collects the review as it walks the plan. */
    private static final class Rewrite {
        private final int from;
        private final int to;
        private final List<Review> review = new ArrayList<>();

        Rewrite(int from, int to) {
            this.from = from;
            this.to = to;
        }

        Result plan(Plan p) {
            if (p.number() != null) {
                review.add(new Change("number", p.number().toString(), "(blank)"));
            }
            PartialDate date = PartialDate.ofYear(to);
            if (!date.equals(p.date())) {
                review.add(new Change("date", p.date().toString(), date.toString()));
            }
            String summary = string("summary", p.summary());
            LegalBasis basis = p.basis() == null ? null : basis("basis", p.basis());
            List<BodyNode> body = nodes("body", p.body());
            String closing = string("closing", p.closing());
            List<Appendix> appendices = appendices("appendices", p.appendices());
            // A decision's attached text is last year's too: its year moves with the decision's.
            AttachedText attached = p.attached() == null ? null : attached(p.attached());
            Plan next = new Plan(p.type(), p.parent(), p.issuer(), null, p.symbol(), date, summary, basis, body,
                    closing, p.recipients(), p.signatory(), appendices, p.numbering(), p.issuedBy(), p.addressees(),
                    p.authority(), attached, p.contact());
            return new Result(next, review);
        }

        /** The text a decision issues: it has no number or date of its own, the decision's go blank. */
        private AttachedText attached(AttachedText a) {
            String summary = string("attached.summary", a.summary());
            LegalBasis basis = a.basis() == null ? null : basis("attached.basis", a.basis());
            List<BodyNode> body = nodes("attached.body", a.body());
            String closing = string("attached.closing", a.closing());
            return new AttachedText(a.type(), summary, basis, body, closing,
                    appendices("attached.appendices", a.appendices()), a.numbering(), a.reference());
        }

        private List<Appendix> appendices(String path, List<Appendix> list) {
            return each(list, (i, a) -> appendix(Paths.index(path, i), a));
        }

        private String string(String path, String value) {
            return value == null ? null : read(path, value, false).text();
        }

        /** One text read, its change and what stays listed; {@code inCitation} as {@link YearsInText#read}. */
        private YearsInText.Reading read(String path, String value, boolean inCitation) {
            YearsInText.Reading r = YearsInText.read(value, from, to, inCitation);
            if (!r.text().equals(value)) {
                review.add(new Change(path, value, r.text()));
            }
            if (!r.kept().isEmpty()) {
                review.add(new Kept(path, r.text(), from, r.kept()));
            }
            return r;
        }

        private LegalBasis basis(String path, LegalBasis b) {
            for (int i = 0; i < b.citations().size(); i++) {
                cite(path + ".citations[" + i + "]", b.citations().get(i));
            }
            if (b.proposal() != null && b.proposal().document() != null) {
                Citation d = b.proposal().document();
                // The proposal is the one last year's plan answered (its Tờ trình): next year's
                // plan answers a new one, whatever its subject says.
                review.add(d.renewedYearly() ? new Flag(path + ".proposal.document", d, to)
                        : new YearCited(path + ".proposal.document", d, from, to));
            }
            String issuing = string(path + ".issuing", b.issuing());
            return new LegalBasis(b.form(), b.lead(), b.citations(), b.proposal(), issuing, b.newSentence());
        }

        private void cite(String path, Citation c) {
            if (c.renewedYearly()) {
                review.add(new Flag(path, c, to));
            } else if (YearsInText.namesPlanYear(c.subject(), from)) {
                review.add(new YearCited(path, c, from, to));
            }
        }

        private List<BodyNode> nodes(String path, List<BodyNode> nodes) {
            return each(nodes, (i, n) -> n.accept(new NodeRewrite(Paths.node(path, i, n))));
        }

        /** One node rewritten; {@code at} is its path, its title's or text's is {@link Paths#own}. */
        private final class NodeRewrite implements BodyNode.Visitor<BodyNode> {
            private final String at;

            NodeRewrite(String at) {
                this.at = at;
            }

            @Override
            public BodyNode part(BodyNode.Part p) {
                return new BodyNode.Part(string(Paths.own(at, p), p.title()), content(p));
            }

            @Override
            public BodyNode chapter(BodyNode.Chapter c) {
                return new BodyNode.Chapter(string(Paths.own(at, c), c.title()), content(c));
            }

            @Override
            public BodyNode section(BodyNode.Section s) {
                return new BodyNode.Section(string(Paths.own(at, s), s.title()), content(s));
            }

            @Override
            public BodyNode article(BodyNode.Article a) {
                return a.title() != null
                        ? new BodyNode.Article(string(Paths.own(at, a), a.title()), null, content(a))
                        : new BodyNode.Article(null, text(Paths.own(at, a), a.text()), content(a));
            }

            @Override
            public BodyNode clause(BodyNode.Clause c) {
                return c.title() != null
                        ? new BodyNode.Clause(string(Paths.own(at, c), c.title()), null, content(c))
                        : new BodyNode.Clause(null, text(Paths.own(at, c), c.text()), content(c));
            }

            @Override
            public BodyNode point(BodyNode.Point p) {
                return new BodyNode.Point(text(Paths.own(at, p), p.text()), content(p));
            }

            @Override
            public BodyNode dash(BodyNode.Dash d) {
                return new BodyNode.Dash(text(Paths.own(at, d), d.text()), content(d));
            }

            @Override
            public BodyNode paragraph(BodyNode.Paragraph p) {
                return new BodyNode.Paragraph(text(at, p.text()));
            }

            private List<BodyNode> content(BodyNode n) {
                return nodes(at + ".content", n.content());
            }
        }

        /**
         * A text of one plain piece is written as a string, any other as a list of pieces. The
         * pieces are one sentence: the words after a cited document, up to the ";" or "." ending
         * the citation, are the citation's ("Theo " + a citation + " năm 2024;"), as they would
         * be in a citation written out as plain text.
         */
        private Text text(String path, Text t) {
            List<Inline> out = new ArrayList<>(t.parts().size());
            boolean inCitation = false;
            for (int i = 0; i < t.parts().size(); i++) {
                String at = Paths.piece(path, t, i);
                Inline piece = t.parts().get(i);
                if (piece instanceof Inline.Plain p) {
                    YearsInText.Reading r = read(at, p.text(), inCitation);
                    inCitation = r.openCitation();
                    piece = new Inline.Plain(r.text());
                } else if (piece instanceof Inline.Strong s) {
                    YearsInText.Reading r = read(at + ".strong", s.text(), inCitation);
                    inCitation = r.openCitation();
                    piece = new Inline.Strong(r.text());
                } else if (piece instanceof Inline.Note n) {
                    // A footnote is a text of its own; the sentence goes on after it as before it.
                    piece = new Inline.Note(text(at + ".note", n.text()));
                } else if (piece instanceof Inline.Cite c) {
                    cite(at + ".cite", c.citation());
                    inCitation = true;
                }
                out.add(piece);
            }
            return new Text(out);
        }

        private Appendix appendix(String path, Appendix a) {
            String title = string(path + ".title", a.title());
            List<Column> columns = each(a.columns(), (i, c) -> new Column(c.key(),
                    string(path + ".columns[" + i + "].header", c.header()), c.width(), c.align(), c.sum()));
            List<CatalogueRow> rows = each(a.rows(), (i, r) -> row(path + ".rows[" + i + "]", r));
            return new Appendix(title, a.orientation(), a.numbered(), columns, rows, a.id());
        }

        private CatalogueRow row(String at, CatalogueRow r) {
            if (r instanceof CatalogueRow.Group g) {
                return new CatalogueRow.Group(string(at + ".group", g.title()));
            } else if (r instanceof CatalogueRow.Total t) {
                return new CatalogueRow.Total(string(at + ".total", t.label()), cells(at, t.cells()));
            }
            return new CatalogueRow.Item(cells(at, ((CatalogueRow.Item) r).cells()));
        }

        private Map<String, Text> cells(String row, Map<String, Text> cells) {
            Map<String, Text> out = new LinkedHashMap<>();
            for (Map.Entry<String, Text> cell : cells.entrySet()) {
                out.put(cell.getKey(), text(row + "." + cell.getKey(), cell.getValue()));
            }
            return out;
        }
    }

    /** Each item rewritten with its index, in order: the review follows the file. */
    private static <T> List<T> each(List<T> items, BiFunction<Integer, T, T> rewrite) {
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(rewrite.apply(i, items.get(i)));
        }
        return out;
    }

    /** A citation as a message line quotes it: a draft's blanks, room on the page, are one space here. */
    private static String flagged(Citation citation) {
        return Citations.format(citation).replaceAll("\u00A0+", " ");
    }
}
