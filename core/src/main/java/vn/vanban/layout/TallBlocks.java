package vn.vanban.layout;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.VanbanException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds what no page break may cut and a page cannot hold, and refuses the plan's text it comes
 * from: a summary or an appendix title set as balanced lines (each line kept with the next), a
 * paragraph whose style keeps it together, a table's heading row (repeated at the top of every
 * page, with a row under it), a row kept whole, and whatever is kept with them.
 * <p>
 * Why here: FOP cannot break such a block and runs it past the foot of the page, so the PDF failed
 * after the DOCX was written, in FOP's words and as a fault of vanban's. The layout knows each
 * line's height and each paragraph's field, so it tells the user which text to shorten and by how
 * much, before either format is written.
 * <p>
 * The model is FOP's and Word's: a page may break between two blocks unless the first is kept
 * with the next; inside a paragraph of four lines or more (two lines at least on each side of a
 * break) unless its style keeps it together; between two table rows unless the first is kept with
 * the next; and inside a row the layout let break ({@link PageKeeps#rowsThatFit}), whose cells
 * are then looked at in turn. What stands between two allowed breaks must fit in a page's text
 * area, less a table's repeated heading rows for what starts inside the table. Thread-safe.
 */
final class TallBlocks {

    /** Less than any measure Word keeps (a twip is 0.05 pt): rounding, not text. */
    private static final double SLACK = 0.01;

    private final LayoutProfile profile;
    private final PageKeeps keeps;

    TallBlocks(LayoutProfile profile) {
        this.profile = profile;
        this.keeps = new PageKeeps(profile);
    }

    /** Why a piece of the flow may not break. */
    private enum Kind {
        /** kept with what follows it, or kept together by its style */
        KEPT,
        /** a table's heading rows */
        HEADING,
        /** a table row kept whole */
        ROW
    }

    /**
     * A stretch of the flow no page break may cut.
     *
     * @param before     space above it, dropped at the top of a page outside a table cell
     * @param after      space below it, dropped at the foot of a page outside a table cell
     * @param breakAfter whether a page may break after it
     * @param field      the field path of its tallest text, "" for none
     * @param characters the characters of that text in it, -1 when the text goes on beyond it
     * @param overhead   what stands above it at the top of a page (a table's heading rows)
     * @param items      when its field is a list whose items it holds several of (the addressees),
     *                   how many; else 0
     */
    private record Piece(double before, double body, double after, boolean breakAfter, String field,
                         long characters, double overhead, Kind kind, int items) {
        Piece(double before, double body, double after, boolean breakAfter, String field, long characters,
              double overhead, Kind kind) {
            this(before, body, after, breakAfter, field, characters, overhead, kind, 0);
        }

        double height() {
            return before + body + after;
        }
    }

    /**
     * {@code doc} itself when every such stretch fits on its page.
     *
     * @throws InvalidInputException naming the field of each text too tall for its page, once each
     * @throws VanbanException       when the stretch holds no text of the plan (a template's own)
     */
    LayoutDocument check(LayoutDocument doc) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (LayoutDocument.Section s : doc.sections()) {
            double page = keeps.pageHeight(s.landscape());
            scan(flow(s.blocks(), 0, false, page, problems), page, false, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems.values()));
        }
        return doc;
    }

    /** The pieces of blocks set one under the other; the cells of rows that may break are scanned on their own. */
    private List<Piece> flow(List<LayoutDocument.Block> blocks, double overhead, boolean inCell, double page,
                             Map<String, Problem> problems) {
        List<Piece> out = new ArrayList<>();
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                paragraph(p, overhead, out);
            } else if (b instanceof LayoutDocument.Rule r) {
                LayoutProfile.RuleStyle rs = profile.rule(r.kind());
                out.add(new Piece(rs.spaceBefore(), r.thickness(), rs.spaceAfter(), true, "", 0, overhead, Kind.KEPT));
            } else if (b instanceof LayoutDocument.Table t) {
                table(t, overhead, page, problems, out);
            }
            // A first page's foot stands outside the flow; its lines are limited where it is read.
        }
        return out;
    }

    private void paragraph(LayoutDocument.Paragraph p, double overhead, List<Piece> out) {
        LayoutProfile.ParagraphStyle st = profile.style(p.style());
        int n = Math.max(1, p.lines().count());
        boolean breakAfter = !st.keepWithNext() && !p.keepWithNext();
        double line = st.lineHeight();
        if (st.keepTogether() || n < 4) {
            out.add(new Piece(st.spaceBefore(), n * line, st.spaceAfter(), breakAfter, p.field(), p.text().length(),
                    overhead, Kind.KEPT));
            return;
        }
        // Two lines at least on each side of a break: the first two go with what is above, the last two with what follows.
        out.add(new Piece(st.spaceBefore(), 2 * line, 0, true, p.field(), -1, overhead, Kind.KEPT));
        out.add(new Piece(0, 2 * line, st.spaceAfter(), breakAfter, p.field(), -1, overhead, Kind.KEPT));
    }

    private void table(LayoutDocument.Table t, double overhead, double page, Map<String, Problem> problems,
                       List<Piece> out) {
        // As the PDF writes it: a table of heading rows only has no heading.
        int heading = t.headerRows() < t.rows().size() ? t.headerRows() : 0;
        double grid = t.borders() ? LayoutDocument.Table.GRID_LINE : 0;
        double headingHeight = grid;
        for (LayoutDocument.Row r : t.rows().subList(0, heading)) {
            headingHeight += keeps.height(r, t.borders());
        }
        if (heading > 0) {
            // Repeated on every page, the heading rows never end one: the first row starts under them.
            Tallest tallest = tallest(t.rows().subList(0, heading));
            out.add(new Piece(0, headingHeight, 0, false, tallest.field, tallest.characters, overhead, Kind.HEADING));
        }
        double under = overhead + (heading > 0 ? headingHeight : 0);
        for (LayoutDocument.Row r : t.rows().subList(heading, t.rows().size())) {
            boolean breakAfter = !profile.keptWithNext(r);
            if (r.cantSplit()) {
                Tallest tallest = tallest(List.of(r));
                out.add(new Piece(0, keeps.height(r, t.borders()), 0, breakAfter, tallest.field, tallest.characters,
                        under, Kind.ROW));
                continue;
            }
            // A row that may break starts with the first unbreakable stretch of its tallest cell.
            Piece head = null;
            for (LayoutDocument.Cell c : r.cells()) {
                List<Piece> cell = flow(c.blocks(), under, true, page, problems);
                List<List<Piece>> runs = runs(cell);
                if (!runs.isEmpty()) {
                    Piece first = joined(runs.get(0), true, under);
                    head = head == null || first.body() > head.body() ? first : head;
                    scan(cell.subList(runs.get(0).size(), cell.size()), page, true, problems);
                }
            }
            if (head != null) {
                out.add(new Piece(0, head.body() + grid, 0, breakAfter, head.field(), head.characters(), under,
                        head.kind()));
            }
        }
    }

    /** The text of the tallest cell of {@code rows}: its tallest field and that field's characters. */
    private Tallest tallest(List<LayoutDocument.Row> rows) {
        Tallest best = new Tallest("", 0, 0);
        for (LayoutDocument.Row r : rows) {
            for (LayoutDocument.Cell c : r.cells()) {
                double h = keeps.height(c.blocks());
                if (h > best.height) {
                    Map<String, Long> characters = new LinkedHashMap<>();
                    Map<String, Double> heights = new LinkedHashMap<>();
                    for (LayoutDocument.Block b : c.blocks()) {
                        if (b instanceof LayoutDocument.Paragraph p && !p.field().isEmpty()) {
                            heights.merge(p.field(), keeps.height(List.of(p)), Double::sum);
                            characters.merge(p.field(), (long) p.text().length(), Long::sum);
                        }
                    }
                    String field = heights.entrySet().stream().max(Map.Entry.comparingByValue())
                            .map(Map.Entry::getKey).orElse("");
                    best = new Tallest(field, field.isEmpty() ? 0 : characters.get(field), h);
                }
            }
        }
        return best;
    }

    private record Tallest(String field, long characters, double height) {
    }

    /** The pieces cut where a page may break: each list ends with a piece a page may break after, or at the end. */
    private static List<List<Piece>> runs(List<Piece> pieces) {
        List<List<Piece>> runs = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        for (Piece p : pieces) {
            run.add(p);
            if (p.breakAfter()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * The list an item's field belongs to ("addressees" of "addressees[3]"), the field itself
     * when it is no list's item: a run of many short items is the list's, not its tallest item's.
     */
    private static String list(String field) {
        return field.replaceFirst("\\[\\d+]$", "");
    }

    /** A run as one piece: its height on a page, its tallest field (or list) and the kind of that field's piece. */
    private static Piece joined(List<Piece> run, boolean inCell, double overhead) {
        double h = run.stream().mapToDouble(Piece::height).sum();
        if (!inCell) {
            h -= run.get(0).before() + run.get(run.size() - 1).after();
        }
        Map<String, Double> heights = new LinkedHashMap<>();
        Map<String, Long> characters = new LinkedHashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> items = new LinkedHashMap<>();
        for (Piece p : run) {
            if (!p.field().isEmpty()) {
                String key = list(p.field());
                heights.merge(key, p.height(), Double::sum);
                // A title set as balanced lines is a paragraph a line: each break took a space.
                characters.merge(key, p.characters(), (a, b) -> a < 0 || b < 0 ? -1 : a + b + 1);
                kinds.merge(key, p.kind(), (a, b) -> a == Kind.KEPT ? b : a);
                items.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(p.field());
            }
        }
        String field = heights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        int count = field.isEmpty() ? 0 : items.get(field).size();
        String named = count == 1 ? items.get(field).iterator().next() : field;
        return new Piece(0, h, 0, run.get(run.size() - 1).breakAfter(), named,
                field.isEmpty() ? 0 : characters.get(field), overhead, field.isEmpty() ? Kind.KEPT : kinds.get(field),
                count > 1 ? count : 0);
    }

    /** Each run of {@code pieces} that a page cannot hold, told once per field. */
    private void scan(List<Piece> pieces, double page, boolean inCell, Map<String, Problem> problems) {
        for (List<Piece> run : runs(pieces)) {
            double room = page - run.get(0).overhead();
            Piece whole = joined(run, inCell, run.get(0).overhead());
            if (whole.body() > room + SLACK) {
                double own = run.stream().filter(p -> p.field().equals(whole.field())
                        || whole.items() > 0 && list(p.field()).equals(whole.field())).mapToDouble(Piece::height).sum();
                if (whole.field().isEmpty()) {
                    throw new VanbanException("the template keeps together more than a page holds (" + pages(whole.body(), room)
                            + " pages, no text of the plan among it): let its paragraphs break across pages");
                }
                problems.putIfAbsent(whole.field(), new Problem("", 0, 0, whole.field(),
                        message(whole, own, room)));
            }
        }
    }

    /** "the summary takes 1.4 pages, and …: shorten it to about 3,800 characters (it has 5,412)". */
    private static String message(Piece whole, double own, double room) {
        String noun = noun(whole.field());
        String why = switch (whole.kind()) {
            case HEADING -> "and a table's heading row, repeated at the top of every page above a row, cannot break "
                    + "across pages";
            case ROW -> "and its row is kept on one page";
            case KEPT -> "and it cannot break across pages";
        };
        StringBuilder sb = new StringBuilder(noun).append(" takes ").append(pages(whole.body(), room)).append(" pages, ")
                .append(why).append(": shorten it");
        // What the rest of the stretch leaves it, in the characters it holds per point of height.
        double left = room - (whole.body() - own);
        if (whole.items() > 0 && left > 0) {
            sb.append(" to about ").append((long) Math.floor(whole.items() * left / own)).append(" items (it has ")
                    .append(whole.items()).append(')');
        } else if (whole.characters() > 0 && left > 0) {
            long most = round((long) Math.floor(whole.characters() * left / own));
            sb.append(" to about ").append(String.format(Locale.ROOT, "%,d", most)).append(" characters (it has ")
                    .append(String.format(Locale.ROOT, "%,d", whole.characters())).append(')');
        }
        return sb.toString();
    }

    /** Down to a round number: what it gives is an estimate, the lines' lengths vary. */
    private static long round(long n) {
        long step = n >= 1000 ? 100 : n >= 100 ? 10 : 1;
        return Math.max(1, n / step * step);
    }

    /** Pages to one decimal, rounded up: a stretch a little taller than a page never reads "1.0". */
    private static String pages(double height, double room) {
        return String.format(Locale.ROOT, "%.1f", Math.ceil(height / room * 10) / 10);
    }

    /** What the field is, as a user names it: its last key ("appendices[0].title": the appendix's title). */
    private static String noun(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        return switch (last) {
            case "summary" -> "the summary";
            case "title" -> field.startsWith("appendices") && field.indexOf('.') == field.lastIndexOf('.')
                    ? "the appendix's title" : "the title";
            case "header" -> "the column's heading";
            case "authority" -> "the deciding authority";
            case "addressees" -> "the list of addressees";
            case "to" -> "the list of recipients";
            case "contact" -> "the contact lines";
            default -> "the text";
        };
    }
}
