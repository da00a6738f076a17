package vn.vanban.pdf;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.text.NumberSymbols;

import java.text.Normalizer;
import java.util.List;

/**
 * The text of one paragraph's {@code fo:block}: its spans (bold and italic as inlines), tabs and
 * line breaks.
 * <p>
 * When the layout chose the paragraph's lines (as Word and LibreOffice fill them, see
 * {@link LayoutDocument.Lines}), FOP sets them as they are (its own breaking would weigh the whole
 * paragraph and squeeze spaces to fit a word more), in one of two {@link Form}s:
 * <ul>
 * <li>a paragraph that no page break may cut (its row is kept whole, as a catalogue's are, or its
 * style keeps it together) and whose lines are not justified is one text, its lines joined by
 * line feeds, in a block FOP may not break anywhere else ({@code wrap-option="no-wrap"}: only
 * forced breaks; {@code keep-together.within-line} would forbid the line feeds too).
 * Nothing is lost to the line feeds: there is no page break inside it for widow control to
 * weigh, and a line that ends in a line feed keeps the paragraph's alignment unless it is
 * justified. It costs FOP one tag per paragraph, where a wrapper per line costs three (the
 * line's, its text's and the space's after it), which FOP keeps until the end of the document:
 * a 5,000-row catalogue's tags no longer fill a 256 MB heap;</li>
 * <li>any other paragraph has each line in an {@code fo:wrapper} FOP may not break, two lines
 * joined by a space wider than any line: FOP can only break there (a space at a break takes no
 * room), and
 * it must, since two lines never fit in one. The paragraph stays one paragraph to FOP, whose
 * widow and orphan control (two lines at least on each side of a page break, as in Word) works
 * on its lines; a line feed would end FOP's paragraph and let a page break anywhere, and a
 * justified line ended by one would not be justified. A justified line Word leaves ragged (one
 * ended by a line feed) keeps its spaces at their width and ends with an empty leader that takes
 * up the rest of the line. A wrapper, not an {@code fo:inline}: the two properties it carries
 * are inherited ones, which its text takes as its own, and FOP gives it no layout manager and no
 * area of its own; the PDF is the same to the byte, FOP's work a few percent less.</li>
 * </ul>
 * A tab is a space exactly as wide as the layout found it, to the next tab stop.
 */
final class FoText extends FoEvents {

    /** The gap a tab leaves when the layout did not set the paragraph: the default tab stop. */
    private static final double TAB = 36.0;

    private static final String UNBROKEN = "keep-together.within-line";
    /** How far a superscript rises, as LibreOffice raises it: a third of the font size. */
    private static final String RISE = "33%";

    private final NoteBodies notes;

    /** Writes a footnote's paragraphs inside its fo:footnote-body. */
    interface NoteBodies {
        void write(LayoutDocument.Paragraph p) throws SAXException;
    }

    /** @param notes writes a footnote's paragraphs, as blocks of their style */
    FoText(ContentHandler h, NoteBodies notes) {
        super(h);
        this.notes = notes;
    }

    /** How a paragraph's lines reach FOP. */
    enum Form {
        /** FOP breaks the lines: the layout did not choose them. */
        FOP_BREAKS,
        /** One line, which fits (FOP's widths, rounded down, are never wider than the layout's). */
        ONE_LINE,
        /** The lines joined by line feeds, the only breaks FOP may make in the block. */
        LINE_FEEDS,
        /** Each line an unbreakable wrapper, joined by spaces wider than any line. */
        INLINES
    }

    /**
     * The form of {@code p}'s lines in its style {@code st}.
     *
     * @param keptWhole whether no page break may fall inside the paragraph (its row or its style
     *                  keeps it whole)
     */
    static Form form(LayoutDocument.Paragraph p, LayoutProfile.ParagraphStyle st, boolean keptWhole) {
        if (!p.lines().chosen()) {
            return Form.FOP_BREAKS;
        }
        if (p.lines().count() == 1) {
            return Form.ONE_LINE;
        }
        return keptWhole && st.align() != LayoutProfile.Align.JUSTIFY ? Form.LINE_FEEDS : Form.INLINES;
    }

    /**
     * The block's attribute its lines' form needs, as {name, value}, or none: for inlines, a word
     * spacing that makes the spaces between them, the only text outside them, wider than any line.
     *
     * @param widest a length no line reaches (the paper's width and height together)
     */
    static String[] blockAttribute(Form form, double widest) {
        return switch (form) {
            case LINE_FEEDS -> new String[] {"wrap-option", "no-wrap"};
            case INLINES -> new String[] {"word-spacing", FoWriter.pt(widest)};
            default -> new String[0];
        };
    }

    /**
     * The block's content for {@code p} in its style {@code st}, its lines in {@code form}. A
     * paragraph whose lines the layout did not choose (a document built in code and written
     * without {@code PdfRenderer}, which chooses them) is left to FOP to break.
     */
    void write(LayoutDocument.Paragraph p, LayoutProfile.ParagraphStyle st, Form form) throws SAXException {
        if (form == Form.FOP_BREAKS) {
            for (LayoutDocument.Span span : p.spans()) {
                span(span, st, span.text(), null);
            }
            return;
        }
        List<LayoutDocument.Line> lines = p.lines().lines();
        Tabs tabs = new Tabs(p.lines().tabs());
        if (form != Form.INLINES) {
            // Nothing to hold together in one line; the block holds lines joined by line feeds.
            for (int k = 0; k < lines.size(); k++) {
                if (k > 0) {
                    chars("\n");
                }
                range(p, st, lines.get(k).start(), lines.get(k).end(), tabs);
            }
            return;
        }
        String text = p.text();
        boolean justified = st.align() == LayoutProfile.Align.JUSTIFY;
        for (int k = 0; k < lines.size(); k++) {
            LayoutDocument.Line line = lines.get(k);
            boolean last = k + 1 == lines.size();
            String gap = last ? "" : text.substring(line.end(), lines.get(k + 1).start());
            // Word justifies the lines it wrapped; not one ended by a line feed (nor the last,
            // which FOP leaves ragged itself), and one without a space has nothing to stretch.
            boolean ragged = justified && !last && (gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0
                    || text.substring(line.start(), line.end()).indexOf(' ') < 0);
            // Within a line, spaces as usual; in a ragged line at their width, the leader after
            // the line taking up the rest of it.
            start("wrapper", UNBROKEN, "always", "word-spacing", ragged ? "0pt" : "normal");
            range(p, st, line.start(), line.end(), tabs);
            end("wrapper");
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
        start("footnote");
        superscript(span, st, span.text());
        // keep-together and wrap-option are inherited: the note's lines must not be held as one
        // with the line of its mark, or a note of two lines or more cannot be broken and runs off
        // the page.
        start("footnote-body", UNBROKEN, "auto", "wrap-option", "wrap");
        for (LayoutDocument.Paragraph p : span.note().paragraphs()) {
            notes.write(p);
        }
        end("footnote-body");
        end("footnote");
    }

    /** A footnote's number, raised and smaller, in the weight of the text around it. */
    private void superscript(LayoutDocument.Span span, LayoutProfile.ParagraphStyle st, String piece) throws SAXException {
        Attrs a = new Attrs().add("baseline-shift", RISE)
                .add("font-size", FoWriter.pt(st.size() * LayoutDocument.Span.SUPERSCRIPT));
        if (span.bold() && !st.bold()) {
            a.add("font-weight", "bold");
        }
        start("inline", a);
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
        Attrs a = new Attrs();
        if (bold) {
            a.add("font-weight", "bold");
        }
        if (italic) {
            a.add("font-style", "italic");
        }
        start("inline", a);
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

    /**
     * Text as FOP is given it: composed (NFC), so that each Vietnamese letter is one glyph, and a
     * number's non-breaking hyphen as the face's own "-" (Liberation Serif has no U+2011; the
     * layout's lines already keep the symbol whole, and FOP breaks only between them).
     */
    static String nfc(String text) {
        return Normalizer.normalize(NumberSymbols.plain(text), Normalizer.Form.NFC);
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
}
