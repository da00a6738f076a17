package vn.vanban.layout;

import vn.vanban.VanbanException;
import vn.vanban.fonts.FontSet;
import vn.vanban.text.Words;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads vanban's neutral layout markup — what a template produces — into a {@link LayoutDocument},
 * resolving it against the {@link LayoutProfile}: table column widths in points, and the length
 * of each short rule from the text above it, measured in its font.
 * <p>
 * The markup (one element a concept, no measures):
 * <pre>{@code
 * <document title subject author language date>
 *   <section orientation="portrait|landscape" restart-numbering="true|false">
 *     <p style="NAME">text, <b>bold</b>, <i>italic</i></p>
 *     <p style="NAME" balanced="true">a title set as lines of even length, a paragraph each</p>
 *     <p style="NAME" balanced="breaks">the same lines in one paragraph, with line breaks</p>
 *     <rule kind="NAME"/>
 *     <table layout="NAME" header-rows="N">
 *       <columns><column weight="W"/>…</columns>      (only when the profile has no column weights)
 *       <row cant-split="true"><cell span="N">p | rule …</cell></row>
 * }</pre>
 * Text inside {@code <p>} is kept as written, line breaks and tabs included; whitespace between
 * other elements is the template's indentation and is dropped. Balanced lines break at single
 * spaces not followed by a digit: a run of spaces is a blank to be filled in by hand and stays
 * whole, a number stays with the word before it. Thread-safe.
 */
public final class MarkupReader {

    private final LayoutProfile profile;
    private final FontSet fonts;
    /** No glyph of the fonts is wider than this many ems: a shorter word needs no measuring. */
    private final double widestGlyphEm;
    private final XMLInputFactory factory;

    public MarkupReader(LayoutProfile profile, FontSet fonts) {
        this.profile = profile;
        this.fonts = fonts;
        this.widestGlyphEm = fonts.widestGlyphEm();
        this.factory = XMLInputFactory.newFactory();
        // The markup comes from our templates, but a caller's template override could carry a DTD.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public LayoutDocument read(String markup) {
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(markup));
            try {
                return new Parse(r).document();
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new VanbanException("the template produced malformed layout markup: " + e.getMessage(), e);
        }
    }

    /** Column widths are rounded; a word this much wider than its line still fits it. */
    private static final double FIT_TOLERANCE = 0.01;

    /** A block as read from the markup, before it is set in a width. */
    private sealed interface Unresolved permits Text, RuleMark, TableMark {
    }

    /** A paragraph; {@code balanced} is the markup's attribute ("true", "breaks" or absent). */
    private record Text(LayoutDocument.Paragraph paragraph, String balanced) implements Unresolved {
    }

    private record RuleMark(String kind) implements Unresolved {
    }

    private record TableMark(String layout, int headerRows, List<Double> weights, List<RowMark> rows)
            implements Unresolved {
    }

    private record RowMark(boolean cantSplit, List<CellMark> cells) {
    }

    private record CellMark(int span, List<Unresolved> blocks) {
    }

    /**
     * The pieces of {@code text} between which a line may break: at single spaces not followed by
     * a digit. A run of spaces is a blank left to fill in by hand ("số      /KH-UBND", "ngày
     * tháng"), kept whole inside its piece, never broken at nor shortened; a number stays with
     * the word before it ("năm 2024", "số 07/KH-STP"), as a drafter keeps them.
     */
    static List<String> breakable(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (i == 0 || text.charAt(i - 1) != ' ')
                    && (i + 1 == text.length() || text.charAt(i + 1) != ' ' && !Character.isDigit(text.charAt(i + 1)))) {
                pieces.add(text.substring(from, i));
                from = i + 1;
            }
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /** One parse: a cursor over the markup. */
    private final class Parse {
        private final XMLStreamReader r;
        private final List<String> warnings = new ArrayList<>();

        Parse(XMLStreamReader r) {
            this.r = r;
        }

        LayoutDocument document() throws XMLStreamException {
            nextStart("document");
            LayoutDocument.Metadata meta = new LayoutDocument.Metadata(attr("title"), attr("subject"),
                    attr("author"), attr("language"), LocalDate.parse(attr("date")));
            List<LayoutDocument.Section> sections = new ArrayList<>();
            while (nextChild()) {
                expect("section");
                boolean landscape = "landscape".equals(attr("orientation"));
                boolean restart = Boolean.parseBoolean(attr("restart-numbering"));
                sections.add(new LayoutDocument.Section(landscape, restart,
                        resolve(blocks(), profile.page().textWidth(landscape))));
            }
            return LongTables.split(new LayoutDocument(meta, sections, warnings), profile);
        }

        /**
         * The block children of the current element, as read: what depends on the width they are
         * set in (balanced lines, a rule's length, a table's columns) waits for {@link #resolve}.
         */
        List<Unresolved> blocks() throws XMLStreamException {
            List<Unresolved> out = new ArrayList<>();
            while (nextChild()) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        String balanced = r.getAttributeValue(null, "balanced");
                        out.add(new Text(paragraph(), balanced));
                    }
                    case "rule" -> {
                        String kind = known("rule", attr("kind"), profile.rules().keySet());
                        out.add(new RuleMark(kind));
                        skipToEnd();
                    }
                    case "table" -> out.add(table());
                    default -> throw unexpected();
                }
            }
            return out;
        }

        /** The blocks set in {@code width} points. */
        List<LayoutDocument.Block> resolve(List<Unresolved> blocks, double width) {
            List<LayoutDocument.Block> out = new ArrayList<>();
            for (Unresolved u : blocks) {
                if (u instanceof Text t) {
                    checkWordsFit(t.paragraph(), width);
                    if ("true".equals(t.balanced())) {
                        out.addAll(balance(t.paragraph(), width));
                    } else if ("breaks".equals(t.balanced())) {
                        out.add(joinedByBreaks(balance(t.paragraph(), width)));
                    } else {
                        out.add(t.paragraph());
                    }
                } else if (u instanceof RuleMark m) {
                    out.add(rule(m.kind(), out, width));
                } else if (u instanceof TableMark t) {
                    out.add(table(t, width));
                }
            }
            return out;
        }

        LayoutDocument.Paragraph paragraph() throws XMLStreamException {
            String style = known("paragraph style", attr("style"), profile.styles().keySet());
            List<LayoutDocument.Span> spans = new ArrayList<>();
            spans(spans, false, false);
            return new LayoutDocument.Paragraph(style, merge(spans));
        }

        void spans(List<LayoutDocument.Span> out, boolean bold, boolean italic) throws XMLStreamException {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    out.add(new LayoutDocument.Span(r.getText(), bold, italic));
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "b" -> spans(out, true, italic);
                        case "i" -> spans(out, bold, true);
                        default -> throw unexpected();
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
            }
        }

        /**
         * Warns of a word wider than the line it is set in: FOP lets it run past the margin or the
         * cell (with a warning that cannot say where), Word breaks it inside. Only words long
         * enough that they might not fit are measured.
         */
        private void checkWordsFit(LayoutDocument.Paragraph p, double width) {
            LayoutProfile.ParagraphStyle ps = profile.style(p.style());
            boolean first = true;
            for (LayoutDocument.Span sp : p.spans()) {
                String text = sp.text();
                for (int start = Words.next(text, 0), end; start < text.length(); start = Words.next(text, end)) {
                    end = Words.end(text, start);
                    double line = width - ps.indentLeft() - (first ? ps.firstLine() : 0);
                    first = false;
                    if ((end - start) * ps.size() * widestGlyphEm <= line) {
                        continue;
                    }
                    String word = text.substring(start, end);
                    double w = fonts.width(word, ps.size(), ps.bold() || sp.bold(), ps.italic() || sp.italic());
                    if (w > line + FIT_TOLERANCE) {
                        String shown = word.codePointCount(0, word.length()) > 40
                                ? word.substring(0, word.offsetByCodePoints(0, 40)) + "…" : word;
                        warnings.add(String.format(java.util.Locale.ROOT,
                                "a word is wider than its line (%.0f pt, the line %.0f pt): in the PDF it runs past "
                                        + "the edge, in Word it is cut: \"%s\"", w, line, shown));
                    }
                }
            }
        }

        /** A rule under the paragraph just before it, as long as the profile's fraction of its text. */
        LayoutDocument.Rule rule(String kind, List<LayoutDocument.Block> before, double width) {
            LayoutProfile.RuleStyle rs = profile.rule(kind);
            double text = 0;
            if (!before.isEmpty() && before.get(before.size() - 1) instanceof LayoutDocument.Paragraph p) {
                LayoutProfile.ParagraphStyle ps = profile.style(p.style());
                for (String line : p.text().split("\n", -1)) {
                    text = Math.max(text, longestWrappedLine(line.strip(), ps, width));
                }
            }
            double basis = text == 0 ? width : text;
            return new LayoutDocument.Rule(kind, round(basis * rs.fraction()), rs.thickness());
        }

        /**
         * A centred title too long for one line, set as that many paragraphs — one a line — of
         * nearly equal length, the way a drafter breaks it by hand ("Truyền thông về hoạt động
         * kiểm soát thủ tục" / "hành chính năm 2024 trên địa bàn thị xã Đức Phổ"), rather than a
         * full line and a stub. A line break in the text is kept as a break between lines.
         */
        List<LayoutDocument.Paragraph> balance(LayoutDocument.Paragraph p, double width) {
            if (p.spans().size() != 1) {
                return List.of(p); // mixed weights: leave the breaking to the word processor
            }
            LayoutDocument.Span span = p.spans().get(0);
            LayoutProfile.ParagraphStyle ps = profile.style(p.style());
            List<LayoutDocument.Paragraph> out = new ArrayList<>();
            for (String given : span.text().split("\n", -1)) {
                MeasuredWords words = new MeasuredWords(breakable(given.strip()), ps);
                List<Line> greedy = wrap(words, width);
                int lines = greedy.size();
                double full = Math.min(width, greedy.stream().mapToDouble(l -> words.points(l.units())).max().orElse(0));
                // The narrowest measure that still needs no more lines gives the most even lines.
                double lo = full / lines;
                double hi = width;
                for (int i = 0; i < 20 && lines > 1; i++) {
                    double mid = (lo + hi) / 2;
                    if (wrap(words, mid).size() > lines) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                for (Line line : wrap(words, hi)) {
                    out.add(new LayoutDocument.Paragraph(p.style(),
                            List.of(new LayoutDocument.Span(words.text(line), span.bold(), span.italic()))));
                }
            }
            return out;
        }

        /**
         * The balanced lines as one paragraph with line breaks: a column heading, whose lines must
         * not take the paragraph spacing between them.
         */
        private LayoutDocument.Paragraph joinedByBreaks(List<LayoutDocument.Paragraph> lines) {
            LayoutDocument.Paragraph first = lines.get(0);
            if (lines.size() == 1) {
                return first;
            }
            LayoutDocument.Span span = first.spans().get(0);
            String text = String.join("\n", lines.stream().map(LayoutDocument.Paragraph::text).toList());
            return new LayoutDocument.Paragraph(first.style(),
                    List.of(new LayoutDocument.Span(text, span.bold(), span.italic())));
        }

        /** Words of one style, each measured once (in font units) for the many wraps balancing tries. */
        private final class MeasuredWords {
            final List<String> words;
            final long[] units;
            final long space;
            private final LayoutProfile.ParagraphStyle ps;

            MeasuredWords(List<String> words, LayoutProfile.ParagraphStyle ps) {
                this.words = words;
                this.ps = ps;
                this.units = new long[words.size()];
                for (int i = 0; i < units.length; i++) {
                    units[i] = fonts.units(words.get(i), ps.bold(), ps.italic());
                }
                this.space = fonts.units(" ", ps.bold(), ps.italic());
            }

            double points(long units) {
                return fonts.points(units, ps.size(), ps.bold(), ps.italic());
            }

            /** The line's words joined by single spaces. */
            String text(Line line) {
                return String.join(" ", words.subList(line.from(), line.to()));
            }
        }

        /** One line of a wrap: words {@code [from, to)}, {@code units} wide with the spaces between. */
        private record Line(int from, int to, long units) {
        }

        /**
         * Greedy word wrap to {@code width}: pieces joined by single spaces, a line as long as fits.
         * Lines are kept as word ranges with their widths; balancing's trial wraps only count them.
         */
        List<Line> wrap(MeasuredWords w, double width) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            long line = 0;
            for (int i = 0; i < w.units.length; i++) {
                if (i == start) {
                    line = w.units[i];
                } else if (w.points(line + w.space + w.units[i]) > width) {
                    lines.add(new Line(start, i, line));
                    start = i;
                    line = w.units[i];
                } else {
                    line += w.space + w.units[i];
                }
            }
            lines.add(new Line(start, w.units.length, line));
            return lines;
        }

        /**
         * The longest line of {@code text} once wrapped at word boundaries to {@code width}: the
         * decree sizes a rule by the line above it, and a long agency name wraps to two.
         */
        double longestWrappedLine(String text, LayoutProfile.ParagraphStyle ps, double width) {
            double space = fonts.width(" ", ps.size(), ps.bold(), ps.italic());
            double longest = 0;
            double line = 0;
            for (String word : text.split(" +")) {
                double w = fonts.width(word, ps.size(), ps.bold(), ps.italic());
                if (line > 0 && line + space + w > width) {
                    longest = Math.max(longest, line);
                    line = w;
                } else {
                    line = line == 0 ? w : line + space + w;
                }
            }
            return Math.min(width, Math.max(longest, line));
        }

        TableMark table() throws XMLStreamException {
            String layout = known("table layout", attr("layout"), profile.tables().keySet());
            LayoutProfile.TableStyle ts = profile.table(layout);
            String hr = r.getAttributeValue(null, "header-rows");
            int headerRows = hr == null ? 0 : count("header-rows", hr, 0);
            List<Double> weights = new ArrayList<>(ts.columns());
            List<RowMark> rows = new ArrayList<>();
            while (nextChild()) {
                if (r.getLocalName().equals("columns")) {
                    while (nextChild()) {
                        expect("column");
                        weights.add(weight(attr("weight")));
                        skipToEnd();
                    }
                    continue;
                }
                expect("row");
                requireWidths(weights);
                boolean cantSplit = Boolean.parseBoolean(r.getAttributeValue(null, "cant-split"));
                List<CellMark> cells = new ArrayList<>();
                int col = 0;
                while (nextChild()) {
                    expect("cell");
                    String s = r.getAttributeValue(null, "span");
                    int span = s == null ? 1 : count("span", s, 1);
                    if (col + span > weights.size()) {
                        throw new VanbanException("table '" + layout + "' has a row wider than its "
                                + weights.size() + " columns");
                    }
                    col += span;
                    cells.add(new CellMark(span, blocks()));
                }
                rows.add(new RowMark(cantSplit, cells));
            }
            requireWidths(weights);
            return new TableMark(layout, headerRows, weights, rows);
        }

        /** The table set in {@code width} points: its columns first, then each cell in its own. */
        LayoutDocument.Table table(TableMark t, double width) {
            LayoutProfile.TableStyle ts = profile.table(t.layout());
            List<Double> widths = fitLongestWords(scale(t.weights(), width * ts.widthFraction()), t.rows(), inset(ts));
            List<LayoutDocument.Row> rows = new ArrayList<>();
            for (RowMark row : t.rows()) {
                List<LayoutDocument.Cell> cells = new ArrayList<>();
                int col = 0;
                for (CellMark c : row.cells()) {
                    double cellWidth = widths.subList(col, col + c.span()).stream().mapToDouble(Double::doubleValue).sum();
                    col += c.span();
                    cells.add(new LayoutDocument.Cell(c.span(), resolve(c.blocks(), cellWidth - 2 * inset(ts))));
                }
                rows.add(new LayoutDocument.Row(row.cantSplit(), cells));
            }
            return new LayoutDocument.Table(t.layout(), widths, ts.borders(), t.headerRows(), rows);
        }

        /** What a cell's text keeps clear of on each side: its padding, and a grid line (FOP draws it inside). */
        private double inset(LayoutProfile.TableStyle ts) {
            return ts.cellPadding() + (ts.borders() ? LayoutDocument.Table.GRID_LINE : 0);
        }

        /**
         * Widens a column narrower than the longest word in it (with {@code padding} each side), taking
         * the difference from the other columns in proportion to their widths. A word cannot break
         * ("STT" in bold, "III/2024"): FOP would run it over the grid and Word would cut it inside.
         */
        private List<Double> fitLongestWords(List<Double> widths, List<RowMark> rows, double padding) {
            int n = widths.size();
            double[] need = new double[n];
            for (RowMark row : rows) {
                int col = 0;
                for (CellMark c : row.cells()) {
                    if (c.span() == 1) {
                        need[col] = Math.max(need[col], longestWord(c) + 2 * padding);
                    }
                    col += c.span();
                }
            }
            double total = widths.stream().mapToDouble(Double::doubleValue).sum();
            for (int i = 0; i < n; i++) {
                if (need[i] >= total) {
                    need[i] = 0; // no width fits it: it is warned of, and the other columns still fit theirs
                }
            }
            boolean[] widened = new boolean[n];
            double[] out = widths.stream().mapToDouble(Double::doubleValue).toArray();
            // Shrinking the others can push one of them under its own longest word: repeat.
            for (boolean changed = true; changed; ) {
                changed = false;
                double fixed = 0;
                double free = 0;
                for (int i = 0; i < n; i++) {
                    if (!widened[i] && out[i] < need[i]) {
                        widened[i] = true;
                        changed = true;
                    }
                    if (widened[i]) {
                        fixed += need[i];
                    } else {
                        free += widths.get(i);
                    }
                }
                if (!changed) {
                    break;
                }
                if (free <= 0 || fixed >= total) {
                    return widths; // no room for every word: checkWordsFit names those that do not fit
                }
                for (int i = 0; i < n; i++) {
                    out[i] = widened[i] ? need[i] : widths.get(i) * (total - fixed) / free;
                }
            }
            List<Double> fitted = new ArrayList<>(n);
            for (double w : out) {
                fitted.add(round(w));
            }
            return fitted;
        }

        private double longestWord(CellMark c) {
            double longest = 0;
            for (Unresolved b : c.blocks()) {
                if (b instanceof Text t) {
                    LayoutDocument.Paragraph p = t.paragraph();
                    LayoutProfile.ParagraphStyle ps = profile.style(p.style());
                    for (LayoutDocument.Span sp : p.spans()) {
                        boolean bold = ps.bold() || sp.bold();
                        boolean italic = ps.italic() || sp.italic();
                        String text = sp.text();
                        for (int start = Words.next(text, 0), end; start < text.length(); start = Words.next(text, end)) {
                            end = Words.end(text, start);
                            // A word too short to beat the longest so far is not measured.
                            if ((end - start) * ps.size() * widestGlyphEm > longest) {
                                longest = Math.max(longest, fonts.width(text.substring(start, end), ps.size(), bold, italic));
                            }
                        }
                    }
                }
            }
            return longest;
        }

        private void requireWidths(List<Double> weights) {
            if (weights.isEmpty()) {
                throw new VanbanException("table has no column widths: neither the profile nor the template gives them");
            }
        }

        private List<Double> scale(List<Double> weights, double total) {
            double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
            List<Double> out = new ArrayList<>();
            for (double w : weights) {
                out.add(round(total * w / sum));
            }
            return out;
        }

        /** Moves to the next start element of the current element; false at its end. */
        boolean nextChild() throws XMLStreamException {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                    return false;
                }
                if (ev == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                    throw new VanbanException("layout markup has text outside a paragraph: '"
                            + r.getText().strip() + "'");
                }
            }
            return false;
        }

        void nextStart(String name) throws XMLStreamException {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    expect(name);
                    return;
                }
            }
            throw new VanbanException("layout markup has no <" + name + ">");
        }

        void skipToEnd() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        void expect(String name) {
            if (!r.getLocalName().equals(name)) {
                throw unexpected();
            }
        }

        VanbanException unexpected() {
            return new VanbanException("unexpected <" + r.getLocalName() + "> in layout markup at line "
                    + r.getLocation().getLineNumber());
        }

        /**
         * A style, rule or table layout the template names, which must be the profile's: a custom
         * template or profile may misspell one, and that is the user's to fix, not a bug.
         */
        String known(String what, String name, Set<String> defined) {
            if (!defined.contains(name)) {
                throw new VanbanException("the template uses the " + what + " '" + name + "', which the layout "
                        + "profile does not define (it defines " + String.join(", ", new TreeSet<>(defined))
                        + "; layout markup line " + r.getLocation().getLineNumber() + ")");
            }
            return name;
        }

        int count(String name, String value, int least) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= least) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new VanbanException("<" + r.getLocalName() + "> has " + name + "=\"" + value
                    + "\"; expected a whole number, at least " + least + " (layout markup line " + r.getLocation().getLineNumber() + ")");
        }

        double weight(String value) {
            try {
                double w = Double.parseDouble(value.strip());
                if (w > 0 && Double.isFinite(w)) {
                    return w;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new VanbanException("<" + r.getLocalName() + "> has weight=\"" + value
                    + "\"; expected a positive number (layout markup line " + r.getLocation().getLineNumber() + ")");
        }

        String attr(String name) {
            String v = r.getAttributeValue(null, name);
            if (v == null) {
                throw new VanbanException("<" + r.getLocalName() + "> needs the attribute '" + name
                        + "' (layout markup line " + r.getLocation().getLineNumber() + ")");
            }
            return v;
        }
    }

    /** Joins neighbouring spans of the same weight and slant (the parser splits text at entities). */
    private static List<LayoutDocument.Span> merge(List<LayoutDocument.Span> spans) {
        List<LayoutDocument.Span> out = new ArrayList<>();
        for (LayoutDocument.Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                LayoutDocument.Span last = out.get(out.size() - 1);
                if (last.bold() == s.bold() && last.italic() == s.italic()) {
                    out.set(out.size() - 1, new LayoutDocument.Span(last.text() + s.text(), s.bold(), s.italic()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Measures kept to 1/100 pt: enough for both formats, and stable across JVMs. */
    private static double round(double pt) {
        return Math.round(pt * 100) / 100.0;
    }
}
