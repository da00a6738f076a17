package vn.vanban.layout;

import vn.vanban.common.VanbanException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One parse of the layout markup (see {@link MarkupReader} for its form): a cursor over the XML
 * that checks every name against the profile and keeps the blocks as {@link Markup}, unmeasured.
 * A template's mistake is said with the markup's line.
 */
final class MarkupParser {

    /** The style of a footnote's text. */
    static final String FOOTNOTE_STYLE = "footnote-text";

    /** The document as read: its properties and its sections. */
    record Parsed(LayoutDocument.Metadata metadata, List<Markup.SectionMark> sections) {
    }

    private final XMLStreamReader r;
    private final LayoutProfile profile;
    /** Footnotes read so far: the next one's number is one more. */
    private int notes;

    MarkupParser(XMLStreamReader r, LayoutProfile profile) {
        this.r = r;
        this.profile = profile;
    }

    Parsed document() throws XMLStreamException {
        nextStart("document");
        LayoutDocument.Metadata meta = new LayoutDocument.Metadata(attr("title"), attr("subject"),
                attr("author"), attr("language"), LocalDate.parse(attr("date")));
        List<Markup.SectionMark> sections = new ArrayList<>();
        while (nextChild()) {
            expect("section");
            boolean landscape = "landscape".equals(attr("orientation"));
            boolean restart = Boolean.parseBoolean(attr("restart-numbering"));
            sections.add(new Markup.SectionMark(landscape, restart, blocks(true)));
        }
        return new Parsed(meta, sections);
    }

    /** The block children of the current element; {@code section}: a section's, which may hold its first page's foot. */
    private List<Markup.Block> blocks(boolean section) throws XMLStreamException {
        List<Markup.Block> out = new ArrayList<>();
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "first-page-foot" -> {
                    if (!section || out.stream().anyMatch(b -> b instanceof Markup.FootMark)) {
                        throw new VanbanException("<first-page-foot> stands once in a section, outside its tables "
                                + line());
                    }
                    out.add(foot());
                }
                case "p" -> {
                    String balanced = r.getAttributeValue(null, "balanced");
                    out.add(new Markup.Text(paragraph(), balanced));
                }
                case "rule" -> {
                    String kind = known("rule", attr("kind"), profile.rules().keySet());
                    out.add(new Markup.RuleMark(kind));
                    skipToEnd();
                }
                case "table" -> out.add(table());
                default -> throw unexpected();
            }
        }
        return out;
    }

    /** The foot of a section's first page: the rule above it, then its paragraphs. */
    private Markup.FootMark foot() throws XMLStreamException {
        String rule = known("rule", attr("rule"), profile.rules().keySet());
        List<LayoutDocument.Paragraph> paragraphs = new ArrayList<>();
        while (nextChild()) {
            expect("p");
            paragraphs.add(paragraph());
        }
        return new Markup.FootMark(rule, paragraphs);
    }

    private LayoutDocument.Paragraph paragraph() throws XMLStreamException {
        String style = known("paragraph style", attr("style"), profile.styles().keySet());
        String field = r.getAttributeValue(null, "field");
        field = field == null ? "" : field;
        List<LayoutDocument.Span> spans = new ArrayList<>();
        spans(spans, false, false, field);
        return new LayoutDocument.Paragraph(style, merge(spans), LayoutDocument.Lines.NONE, false, field);
    }

    /** The spans up to the end of the current element; {@code field}: the paragraph's, which its notes share. */
    private void spans(List<LayoutDocument.Span> out, boolean bold, boolean italic, String field)
            throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                out.add(new LayoutDocument.Span(r.getText(), bold, italic));
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "b" -> spans(out, true, italic, field);
                    case "i" -> spans(out, bold, true, field);
                    case "note" -> out.add(note(bold, italic, field));
                    default -> throw unexpected();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /**
     * A footnote: its reference mark where it stands, its text a paragraph of the profile's
     * {@value #FOOTNOTE_STYLE} style opening with the same number. Notes are numbered through the
     * document in the order they come. A note is a piece of its paragraph's text: it is about the
     * paragraph's field.
     */
    private LayoutDocument.Span note(boolean bold, boolean italic, String field) throws XMLStreamException {
        String style = known("paragraph style", FOOTNOTE_STYLE, profile.styles().keySet());
        String number = Integer.toString(++notes);
        List<LayoutDocument.Span> text = new ArrayList<>();
        text.add(new LayoutDocument.Span(number, false, false, null, true));
        text.add(LayoutDocument.Span.plain(" "));
        int inside = text.size();
        spans(text, false, false, field);
        if (text.stream().skip(inside).anyMatch(s -> s.note() != null)) {
            throw new VanbanException("a footnote holds another footnote " + line());
        }
        LayoutDocument.Footnote note = new LayoutDocument.Footnote(number,
                List.of(new LayoutDocument.Paragraph(style, merge(text), LayoutDocument.Lines.NONE, false, field)));
        return new LayoutDocument.Span(number, bold, italic, note, true);
    }

    private Markup.TableMark table() throws XMLStreamException {
        String layout = known("table layout", attr("layout"), profile.tables().keySet());
        LayoutProfile.TableStyle ts = profile.table(layout);
        int headerRows = count("header-rows", 0);
        int keepLinesBefore = count("keep-lines-before", 0);
        List<Double> weights = new ArrayList<>(ts.columns());
        List<Markup.RowMark> rows = new ArrayList<>();
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
            List<Markup.CellMark> cells = new ArrayList<>();
            int col = 0;
            while (nextChild()) {
                expect("cell");
                int span = count("span", 1);
                if (col + span > weights.size()) {
                    throw new VanbanException("table '" + layout + "' has a row wider than its "
                            + weights.size() + " columns");
                }
                col += span;
                cells.add(new Markup.CellMark(span, blocks(false)));
            }
            rows.add(new Markup.RowMark(cantSplit, cells));
        }
        requireWidths(weights);
        return new Markup.TableMark(layout, headerRows, keepLinesBefore, weights, rows);
    }

    private static void requireWidths(List<Double> weights) {
        if (weights.isEmpty()) {
            throw new VanbanException("table has no column widths: neither the profile nor the template gives them");
        }
    }

    /** Moves to the next start element of the current element; false at its end. */
    private boolean nextChild() throws XMLStreamException {
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

    private void nextStart(String name) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                expect(name);
                return;
            }
        }
        throw new VanbanException("layout markup has no <" + name + ">");
    }

    private void skipToEnd() throws XMLStreamException {
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

    private void expect(String name) {
        if (!r.getLocalName().equals(name)) {
            throw unexpected();
        }
    }

    private VanbanException unexpected() {
        return new VanbanException("unexpected <" + r.getLocalName() + "> in layout markup at line "
                + r.getLocation().getLineNumber());
    }

    /**
     * A style, rule or table layout the template names, which must be the profile's: a custom
     * template or profile may misspell one, and that is the user's to fix, not a bug.
     */
    private String known(String what, String name, Set<String> defined) {
        if (!defined.contains(name)) {
            throw new VanbanException("the template uses the " + what + " '" + name + "', which the layout "
                    + "profile does not define (it defines " + String.join(", ", new TreeSet<>(defined))
                    + "; layout markup line " + r.getLocation().getLineNumber() + ")");
        }
        return name;
    }

    /** A whole number attribute, at least {@code least}, which is also its value when absent. */
    private int count(String name, int least) {
        String value = r.getAttributeValue(null, name);
        if (value == null) {
            return least;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new VanbanException("<" + r.getLocalName() + "> has " + name + "=\"" + value
                + "\"; expected a whole number, at least " + least + " " + line());
    }

    private double weight(String value) {
        try {
            double w = Double.parseDouble(value.strip());
            if (w > 0 && Double.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new VanbanException("<" + r.getLocalName() + "> has weight=\"" + value
                + "\"; expected a positive number " + line());
    }

    private String attr(String name) {
        String v = r.getAttributeValue(null, name);
        if (v == null) {
            throw new VanbanException("<" + r.getLocalName() + "> needs the attribute '" + name + "' " + line());
        }
        return v;
    }

    /** Where the reader stands, as a message ends: "(layout markup line 12)". */
    private String line() {
        return "(layout markup line " + r.getLocation().getLineNumber() + ")";
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
                if (last.bold() == s.bold() && last.italic() == s.italic() && last.plainRun() && s.plainRun()) {
                    out.set(out.size() - 1, new LayoutDocument.Span(last.text() + s.text(), s.bold(), s.italic()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }
}
