package vn.vanban.pdf;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

import java.text.Normalizer;
import java.util.List;

/**
 * The text of one paragraph's {@code fo:block}: its spans (bold and italic as inlines), tabs and
 * line breaks.
 * <p>
 * When the layout chose the paragraph's lines (as Word and LibreOffice fill them, see
 * {@link LayoutDocument.Lines}), each line is an inline FOP may not break, and two lines are
 * joined by a space wider than any line: FOP can only break there (a space at a break takes no
 * room), and it must, since two lines never fit in one. So FOP sets the lines as they are
 * (its own breaking would weigh the whole paragraph and squeeze spaces to fit a word more), and
 * the paragraph stays one paragraph to FOP, whose widow and orphan control (two lines at least
 * on each side of a page break, as in Word) works on its lines; a line feed instead would end
 * FOP's paragraph and let a page break anywhere. A justified line Word leaves ragged (one ended
 * by a line feed) keeps its spaces at their width and ends with an empty leader that takes up
 * the rest of the line. A tab is a space exactly as wide as the layout found it, to the next tab
 * stop.
 */
final class FoText {

    /** The gap a tab leaves when the layout did not set the paragraph: the default tab stop. */
    private static final double TAB = 36.0;

    private static final String UNBROKEN = "keep-together.within-line";
    /** How far a superscript rises, as LibreOffice raises it: a third of the font size. */
    private static final String RISE = "33%";

    private final ContentHandler h;
    private final NoteBodies notes;

    /** Writes a footnote's paragraphs inside its fo:footnote-body. */
    interface NoteBodies {
        void write(LayoutDocument.Paragraph p) throws SAXException;
    }

    /** @param notes writes a footnote's paragraphs, as blocks of their style */
    FoText(ContentHandler h, NoteBodies notes) {
        this.h = h;
        this.notes = notes;
    }

    /**
     * The word spacing of a block whose lines the layout chose, or null: the spaces between its
     * lines, the only text outside the lines' inlines, are then wider than any line.
     *
     * @param widest a length no line reaches (the paper's width and height together)
     */
    static String separator(LayoutDocument.Paragraph p, double widest) {
        return p.lines().count() > 1 ? FoWriter.pt(widest) : null;
    }

    /**
     * The block's content for {@code p} in its style {@code st}. A paragraph whose lines the layout
     * did not choose (a document built in code and written without {@code PdfRenderer}, which
     * chooses them) is left to FOP to break.
     */
    void write(LayoutDocument.Paragraph p, LayoutProfile.ParagraphStyle st) throws SAXException {
        if (!p.lines().chosen()) {
            for (LayoutDocument.Span span : p.spans()) {
                span(span, st, span.text(), null);
            }
            return;
        }
        if (p.lines().count() == 1) {
            // One line, which fits (FOP's widths, rounded down, are never wider than the layout's):
            // nothing to hold together, and no inline to tag.
            LayoutDocument.Line line = p.lines().lines().get(0);
            range(p, st, line.start(), line.end(), new Tabs(p.lines().tabs()));
            return;
        }
        String text = p.text();
        boolean justified = st.align() == LayoutProfile.Align.JUSTIFY;
        List<LayoutDocument.Line> lines = p.lines().lines();
        Tabs tabs = new Tabs(p.lines().tabs());
        for (int k = 0; k < lines.size(); k++) {
            LayoutDocument.Line line = lines.get(k);
            boolean last = k + 1 == lines.size();
            String gap = last ? "" : text.substring(line.end(), lines.get(k + 1).start());
            // Word justifies the lines it wrapped; not one ended by a line feed (nor the last,
            // which FOP leaves ragged itself), and one without a space has nothing to stretch.
            boolean ragged = justified && !last && (gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0
                    || text.substring(line.start(), line.end()).indexOf(' ') < 0);
            AttributesImpl a = new AttributesImpl();
            a.addAttribute("", UNBROKEN, UNBROKEN, "CDATA", "always");
            // Within a line, spaces as usual; in a ragged line at their width, the leader after
            // the line taking up the rest of it.
            a.addAttribute("", "word-spacing", "word-spacing", "CDATA", ragged ? "0pt" : "normal");
            h.startElement(FoWriter.FO_NS, "inline", "fo:inline", a);
            range(p, st, line.start(), line.end(), tabs);
            end("inline");
            if (ragged) {
                empty("leader", "leader-pattern", "space", "leader-length.minimum", "0pt",
                        "leader-length.optimum", "0pt", "leader-length.maximum", "100%");
            }
            if (!last) {
                if (line.start() == line.end() || lines.get(k + 1).start() == lines.get(k + 1).end()) {
                    chars("\n"); // an empty line: FOP makes one only of two line feeds
                } else {
                    chars(" "); // as wide as the block's word spacing: see separator()
                }
            }
        }
    }

    /** The text {@code [from, to)} of the paragraph, span by span. */
    private void range(LayoutDocument.Paragraph p, LayoutProfile.ParagraphStyle st, int from, int to, Tabs tabs)
            throws SAXException {
        int at = 0;
        for (LayoutDocument.Span span : p.spans()) {
            int end = at + span.text().length();
            int a = Math.max(from, at);
            int b = Math.min(to, end);
            if (a < b) {
                span(span, st, span.text().substring(a - at, b - at), tabs);
            }
            at = end;
        }
    }

    /**
     * A footnote where its mark stands: the mark, and the note's paragraphs, which FOP sets at the
     * foot of the page (and tags as a Note).
     */
    private void footnote(LayoutDocument.Span span, LayoutProfile.ParagraphStyle st) throws SAXException {
        h.startElement(FoWriter.FO_NS, "footnote", "fo:footnote", new AttributesImpl());
        superscript(span, st, span.text());
        // keep-together is inherited: the note's lines must not be held as one with the line of
        // its mark, or a note of two lines or more cannot be broken and runs off the page.
        AttributesImpl body = new AttributesImpl();
        body.addAttribute("", UNBROKEN, UNBROKEN, "CDATA", "auto");
        h.startElement(FoWriter.FO_NS, "footnote-body", "fo:footnote-body", body);
        for (LayoutDocument.Paragraph p : span.note().paragraphs()) {
            notes.write(p);
        }
        end("footnote-body");
        end("footnote");
    }

    /** A footnote's number, raised and smaller, in the weight of the text around it. */
    private void superscript(LayoutDocument.Span span, LayoutProfile.ParagraphStyle st, String piece) throws SAXException {
        AttributesImpl a = new AttributesImpl();
        a.addAttribute("", "baseline-shift", "baseline-shift", "CDATA", RISE);
        a.addAttribute("", "font-size", "font-size", "CDATA",
                FoWriter.pt(st.size() * LayoutDocument.Span.SUPERSCRIPT));
        if (span.bold() && !st.bold()) {
            a.addAttribute("", "font-weight", "font-weight", "CDATA", "bold");
        }
        h.startElement(FoWriter.FO_NS, "inline", "fo:inline", a);
        chars(nfc(piece));
        end("inline");
    }

    /** A piece of a span: an inline when it adds bold or italic to the style. */
    private void span(LayoutDocument.Span span, LayoutProfile.ParagraphStyle st, String piece, Tabs tabs)
            throws SAXException {
        if (span.note() != null) {
            footnote(span, st);
            return;
        }
        if (span.superscript()) {
            superscript(span, st, piece);
            return;
        }
        boolean bold = span.bold() && !st.bold();
        boolean italic = span.italic() && !st.italic();
        if (!bold && !italic) {
            text(piece, tabs);
            return;
        }
        AttributesImpl a = new AttributesImpl();
        if (bold) {
            a.addAttribute("", "font-weight", "font-weight", "CDATA", "bold");
        }
        if (italic) {
            a.addAttribute("", "font-style", "font-style", "CDATA", "italic");
        }
        h.startElement(FoWriter.FO_NS, "inline", "fo:inline", a);
        text(piece, tabs);
        end("inline");
    }

    /** Text with its tabs as space leaders; {@code tabs} null when the layout did not set the paragraph. */
    private void text(String raw, Tabs tabs) throws SAXException {
        String s = nfc(raw);
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\t') {
                chars(s.substring(from, i));
                if (i < s.length()) {
                    double width = tabs == null ? TAB : tabs.next();
                    empty("leader", "leader-pattern", "space", "leader-length", FoWriter.pt(width));
                }
                from = i + 1;
            }
        }
    }

    /** Text as FOP is given it: composed (NFC), so that each Vietnamese letter is one glyph. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The widths of a paragraph's tabs, taken in order. */
    private static final class Tabs {
        private final List<Double> widths;
        private int next;

        Tabs(List<Double> widths) {
            this.widths = widths;
        }

        double next() {
            return next < widths.size() ? widths.get(next++) : TAB;
        }
    }

    private void start(String name, String attr, String value) throws SAXException {
        AttributesImpl a = new AttributesImpl();
        a.addAttribute("", attr, attr, "CDATA", value);
        h.startElement(FoWriter.FO_NS, name, "fo:" + name, a);
    }

    private void end(String name) throws SAXException {
        h.endElement(FoWriter.FO_NS, name, "fo:" + name);
    }

    private void empty(String name, String... attrs) throws SAXException {
        AttributesImpl a = new AttributesImpl();
        for (int i = 0; i < attrs.length; i += 2) {
            a.addAttribute("", attrs[i], attrs[i], "CDATA", attrs[i + 1]);
        }
        h.startElement(FoWriter.FO_NS, name, "fo:" + name, a);
        end(name);
    }

    private void chars(String s) throws SAXException {
        if (!s.isEmpty()) {
            char[] c = s.toCharArray();
            h.characters(c, 0, c.length);
        }
    }
}
