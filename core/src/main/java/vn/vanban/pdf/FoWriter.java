package vn.vanban.pdf;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link LayoutDocument} into XSL-FO, every attribute taken from the {@link LayoutProfile}.
 * <p>
 * The FO is produced as SAX events so that {@link PdfRenderer} can feed FOP's handler directly,
 * with no serialise-and-parse round trip; {@link #write(LayoutDocument, Writer)} gives the same
 * events as XML text for debugging and golden files.
 * <p>
 * Page geometry ({@link FoPages}): each orientation has a first-page master without a page number
 * and a rest-of-pages master whose region-before holds it, so every section hides the number on
 * its own first page (the decree numbers from page 2; an appendix restarts at 1 with its number
 * hidden); a section's first page with a foot (box 13) has a master of its own. Immutable and
 * thread-safe.
 */
public final class FoWriter {

    /** The XSL-FO namespace. */
    public static final String FO_NS = "http://www.w3.org/1999/XSL/Format";
    /** Prefix of the ids that bookmarks lead to: heading blocks get {@code vanban-heading-0, -1 …}. */
    static final String HEADING_ID = "vanban-heading-";
    /** The profile's rule above the footnotes at the foot of a page. */
    static final String NOTE_RULE = "footnote";

    private static final String GRID_WIDTH = pt(LayoutDocument.Table.GRID_LINE);

    private final LayoutProfile profile;

    public FoWriter(LayoutProfile profile) {
        this.profile = java.util.Objects.requireNonNull(profile, "profile");
    }

    /**
     * Writes the document as XSL-FO text (UTF-8 declared). Not indented: with
     * {@code white-space-collapse="false"} indentation inside mixed content would be text.
     */
    public void write(LayoutDocument doc, Writer out) {
        try {
            SAXTransformerFactory tf = (SAXTransformerFactory) TransformerFactory.newDefaultInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            TransformerHandler h = tf.newTransformerHandler();
            h.getTransformer().setOutputProperty(OutputKeys.INDENT, "no");
            h.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            h.setResult(new StreamResult(out));
            write(doc, h);
        } catch (TransformerConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot serialise XSL-FO", e);
        }
    }

    /** Sends the document as a complete SAX event stream (startDocument … endDocument). */
    public void write(LayoutDocument doc, ContentHandler out) throws SAXException {
        new Run(out).document(doc);
    }

    /** A heading of the document's outline: a style with a level, not inside a table. */
    static boolean heading(LayoutProfile.ParagraphStyle st, boolean inCell) {
        return st.outline() > 0 && !inCell;
    }

    /** Formats points for an FO attribute: never a decimal comma, at most three decimals. */
    static String pt(double points) {
        return BigDecimal.valueOf(points).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + "pt";
    }

    /** One pass over one document; holds the handler so the methods stay short. */
    private final class Run extends FoEvents {
        /** Headings written so far: the n-th heading's block is the n-th bookmark's destination. */
        private int headings;

        Run(ContentHandler h) {
            super(h);
        }

        void document(LayoutDocument doc) throws SAXException {
            h.startDocument();
            h.startPrefixMapping("fo", FO_NS);
            String lang = doc.metadata() == null || doc.metadata().language() == null
                    ? "vi-VN" : doc.metadata().language();
            start("root", "xml:lang", lang);
            start("layout-master-set");
            FoPages.masters(this, profile, doc.sections());
            end("layout-master-set");
            FoMetadata.declarations(this, doc.metadata(), lang);
            FoMetadata.bookmarks(this, doc, profile);
            for (int i = 0; i < doc.sections().size(); i++) {
                section(doc.sections().get(i), i);
            }
            end("root");
            h.endPrefixMapping("fo");
            h.endDocument();
        }

        private void section(LayoutDocument.Section s, int index) throws SAXException {
            FoEvents.Attrs a = new FoEvents.Attrs().add("master-reference", FoPages.master(s, index))
                    .add("font-family", profile.fontFamily())
                    // "auto" would add a blank page to make the next sequence start on an odd page.
                    .add("force-page-count", "no-force");
            if (s.restartNumbering()) {
                a.add("initial-page-number", "1");
            }
            start("page-sequence", a);
            // The page number is pagination, not text: an artifact, left out of the structure
            // tree, so that a screen reader does not read "2 3 4" as part of the plan.
            start("static-content", "flow-name", FoPages.HEADER_REGION, "role", "artifact");
            LayoutProfile.ParagraphStyle n = profile.style(profile.pageNumber());
            start("block", paragraphAttrs(n, false));
            empty("page-number");
            end("block");
            end("static-content");
            LayoutDocument.FirstPageFoot foot = FoPages.foot(s);
            if (foot != null && !s.continued()) {
                foot(foot);
            }
            if (NoteIds.present(s.blocks())) {
                footnoteSeparator(s.landscape());
            }
            start("flow", "flow-name", "xsl-region-body");
            for (LayoutDocument.Block b : s.blocks()) {
                block(b, false, false);
            }
            if (s.blocks().isEmpty()) {
                // FO forbids an empty flow; an empty section is still a page.
                empty("block");
            }
            end("flow");
            end("page-sequence");
        }

        /**
         * Box 13 on the section's first page: the rule as the block's top border, over the whole
         * width as a paragraph border is in Word, then the paragraphs with the lines the layout chose.
         * Text, not an artifact: the issuer's address is part of the document.
         */
        private void foot(LayoutDocument.FirstPageFoot f) throws SAXException {
            LayoutProfile.RuleStyle rs = profile.rule(f.rule().kind());
            start("static-content", "flow-name", FoPages.FOOT_REGION);
            FoEvents.Attrs a = new FoEvents.Attrs().add("border-before-style", "solid")
                    .add("border-before-width", pt(f.rule().thickness())).add("border-before-color", "black")
                    // A border at the start of a region is dropped unless retained.
                    .add("border-before-width.conditionality", "retain");
            if (rs.spaceAfter() > 0) {
                a.add("padding-before", pt(rs.spaceAfter())).add("padding-before.conditionality", "retain");
            }
            start("block", a);
            for (LayoutDocument.Paragraph p : f.paragraphs()) {
                paragraph(p, false, false);
            }
            end("block");
            end("static-content");
        }

        /**
         * The short line above the footnotes at the foot of a page: the profile's rule
         * {@value #NOTE_RULE}, its fraction of the text's width.
         */
        private void footnoteSeparator(boolean landscape) throws SAXException {
            LayoutProfile.RuleStyle rs = profile.rule(NOTE_RULE);
            start("static-content", "flow-name", "xsl-footnote-separator", "role", "artifact");
            FoEvents.Attrs a = new FoEvents.Attrs().add("text-align", "start").add("text-indent", "0pt").add("start-indent", "0pt")
                    .add("font-size", pt(rs.thickness())).add("line-height", pt(rs.thickness()))
                    .add("line-stacking-strategy", "max-height");
            if (rs.spaceBefore() > 0) {
                a.add("space-before", pt(rs.spaceBefore()));
            }
            if (rs.spaceAfter() > 0) {
                a.add("space-after", pt(rs.spaceAfter()));
            }
            start("block", a);
            empty("leader", "leader-pattern", "rule", "leader-length",
                    pt(profile.page().textWidth(landscape) * rs.fraction()),
                    "rule-thickness", pt(rs.thickness()), "rule-style", "solid", "color", "black");
            end("block");
            end("static-content");
        }

        /** @param rowKeptWhole whether the block is in a table row no page break may cut */
        private void block(LayoutDocument.Block b, boolean inCell, boolean rowKeptWhole) throws SAXException {
            if (b instanceof LayoutDocument.Paragraph p) {
                paragraph(p, inCell, rowKeptWhole);
            } else if (b instanceof LayoutDocument.Rule r) {
                rule(r);
            } else if (b instanceof LayoutDocument.Table t) {
                table(t);
            }
            // A first page's foot is set in its region, not in the flow (see section).
        }

        private void paragraph(LayoutDocument.Paragraph p, boolean inCell, boolean rowKeptWhole) throws SAXException {
            LayoutProfile.ParagraphStyle st = profile.style(p.style());
            FoEvents.Attrs attrs = paragraphAttrs(st, inCell);
            if (p.keepWithNext() && !st.keepWithNext()) {
                attrs.add("keep-with-next.within-page", "always");
            }
            FoText.Form form = FoText.form(p, st, rowKeptWhole || st.keepTogether());
            String[] lines = FoText.blockAttribute(form, profile.page().width() + profile.page().height());
            if (lines.length > 0) {
                attrs.add(lines[0], lines[1]);
            }
            if (heading(st, inCell)) {
                attrs.add("id", HEADING_ID + headings++);
            }
            start("block", attrs);
            // A footnote's paragraphs go in its footnote-body, as blocks of their own style.
            new FoText(h, note -> paragraph(note, true, false)).write(p, st, form);
            end("block");
        }

        private FoEvents.Attrs paragraphAttrs(LayoutProfile.ParagraphStyle st, boolean inCell) {
            FoEvents.Attrs a = new FoEvents.Attrs()
                    .add("font-size", pt(st.size()))
                    .add("font-weight", st.bold() ? "bold" : "normal")
                    .add("font-style", st.italic() ? "italic" : "normal")
                    .add("text-align", align(st.align()))
                    .add("text-indent", pt(st.firstLine()))
                    .add("start-indent", pt(st.indentLeft()))
                    .add("end-indent", "0pt")
                    // An exact line pitch, as in Word, whatever the glyphs on the line.
                    .add("line-height", pt(st.lineHeight()))
                    .add("line-stacking-strategy", "font-height")
                    // Blank runs ("Số:      /KH-UBND", a date left to fill in) must keep their width,
                    // and '\n' in a span is a line break.
                    .add("white-space-collapse", "false")
                    .add("linefeed-treatment", "preserve");
            if (st.spaceBefore() > 0) {
                a.add("space-before", pt(st.spaceBefore()));
                // Word keeps space above the first paragraph of a cell; FO would drop it.
                a.add("space-before.conditionality", inCell ? "retain" : "discard");
            }
            if (st.spaceAfter() > 0) {
                a.add("space-after", pt(st.spaceAfter()));
                a.add("space-after.conditionality", inCell ? "retain" : "discard");
            }
            if (st.keepWithNext()) {
                a.add("keep-with-next.within-page", "always");
            }
            if (st.keepTogether()) {
                a.add("keep-together.within-page", "always");
            }
            if (heading(st, inCell)) {
                // The tagged PDF's structure type: a heading a screen reader can jump between.
                a.add("role", "H" + Math.min(st.outline(), 6));
            }
            return a;
        }

        private void rule(LayoutDocument.Rule r) throws SAXException {
            LayoutProfile.RuleStyle rs = profile.rule(r.kind());
            // The block is only as tall as the rule, so the line sits right under the text above.
            FoEvents.Attrs a = new FoEvents.Attrs().add("text-align", "center").add("text-indent", "0pt")
                    .add("start-indent", "0pt").add("end-indent", "0pt")
                    .add("font-size", pt(r.thickness())).add("line-height", pt(r.thickness()))
                    .add("line-stacking-strategy", "max-height");
            if (rs.spaceBefore() > 0) {
                a.add("space-before", pt(rs.spaceBefore())).add("space-before.conditionality", "retain");
            }
            if (rs.spaceAfter() > 0) {
                a.add("space-after", pt(rs.spaceAfter()));
            }
            start("block", a);
            empty("leader", "leader-pattern", "rule", "leader-length", pt(r.length()),
                    "rule-thickness", pt(r.thickness()), "rule-style", "solid", "color", "black");
            end("block");
        }

        private void table(LayoutDocument.Table t) throws SAXException {
            LayoutProfile.TableStyle ts = profile.table(t.layout());
            FoEvents.Attrs a = new FoEvents.Attrs().add("table-layout", "fixed").add("width", pt(t.width()));
            if (ts.indent() != 0) {
                a.add("start-indent", pt(ts.indent()));
            }
            // A table without a grid only places text side by side (the header, the signature
            // row): tagged as plain groups, so that a screen reader does not announce a table of
            // two columns where a reader sees a letterhead.
            String role = t.borders() ? null : "Div";
            a.role(role);
            if (t.borders()) {
                // One line per edge, drawn once: the table draws its top and left edges, every
                // cell its bottom and right ones. FOP's collapsing model dropped edges next to a
                // cell spanning the whole row (a catalogue's group row).
                a.add("border-collapse", "separate").add("border-separation", "0pt")
                        .add("border-before-style", "solid").add("border-before-width", GRID_WIDTH)
                        .add("border-start-style", "solid").add("border-start-width", GRID_WIDTH)
                        .add("border-before-width.conditionality", "retain");
            }
            start("table", a);
            for (Double w : t.columnWidths()) {
                empty("table-column", "column-width", pt(w));
            }
            // FO needs at least one body row; a table of header rows only is all body.
            int header = t.headerRows() < t.rows().size() ? t.headerRows() : 0;
            if (header > 0) {
                // The header repeats at the top of every page the table runs onto.
                start("table-header", new FoEvents.Attrs().add("start-indent", "0pt").role(role));
                rows(t, ts, t.rows().subList(0, header), role);
                end("table-header");
            }
            start("table-body", new FoEvents.Attrs().add("start-indent", "0pt").role(role));
            rows(t, ts, t.rows().subList(header, t.rows().size()), role);
            end("table-body");
            end("table");
        }

        /** The rows, each part tagged with {@code role} when it is given (a layout table's "Div"). */
        private void rows(LayoutDocument.Table t, LayoutProfile.TableStyle ts, List<LayoutDocument.Row> rows, String role)
                throws SAXException {
            for (LayoutDocument.Row row : rows) {
                FoEvents.Attrs ra = new FoEvents.Attrs().role(role);
                if (row.cantSplit()) {
                    ra.add("keep-together.within-page", "always");
                }
                if (profile.keptWithNext(row)) {
                    // A block's keep inside a cell does not hold the row to the next one in FOP;
                    // Word keeps such a row (a catalogue's group row) with the next.
                    ra.add("keep-with-next.within-page", "always");
                }
                start("table-row", ra);
                for (LayoutDocument.Cell c : row.cells()) {
                    // Word's cell margins: left and right only; paragraph spacing gives the rest.
                    // The grid line is drawn inside the cell's end padding, as in Word and
                    // LibreOffice: the text is as wide as theirs (the layout broke it to that width).
                    double end = ts.cellPadding() - (t.borders() ? LayoutDocument.Table.GRID_LINE : 0);
                    FoEvents.Attrs ca = new FoEvents.Attrs().add("padding-start", pt(ts.cellPadding()))
                            .add("padding-end", pt(end)).role(role);
                    if (t.borders()) {
                        ca.add("border-after-style", "solid").add("border-after-width", GRID_WIDTH)
                                // A row broken across pages is closed at the foot of the page, as in Word.
                                .add("border-after-width.conditionality", "retain")
                                .add("border-end-style", "solid").add("border-end-width", GRID_WIDTH);
                    }
                    if (c.span() > 1) {
                        ca.add("number-columns-spanned", Integer.toString(c.span()));
                    }
                    if (c.vertical() == LayoutProfile.VerticalAlign.CENTER) {
                        ca.add("display-align", "center");
                    }
                    start("table-cell", ca);
                    if (c.blocks().isEmpty()) {
                        empty("block");
                    }
                    for (LayoutDocument.Block b : c.blocks()) {
                        block(b, true, row.cantSplit());
                    }
                    end("table-cell");
                }
                end("table-row");
            }
        }
    }

    private static String align(LayoutProfile.Align a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}
