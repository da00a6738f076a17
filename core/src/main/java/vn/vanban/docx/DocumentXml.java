package vn.vanban.docx;

import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutDocument.Block;
import vn.vanban.layout.LayoutDocument.Cell;
import vn.vanban.layout.LayoutDocument.FirstPageFoot;
import vn.vanban.layout.LayoutDocument.Paragraph;
import vn.vanban.layout.LayoutDocument.Row;
import vn.vanban.layout.LayoutDocument.Rule;
import vn.vanban.layout.LayoutDocument.Section;
import vn.vanban.layout.LayoutDocument.Span;
import vn.vanban.layout.LayoutDocument.Table;
import vn.vanban.layout.LayoutProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes {@code word/document.xml} for one layout document. A new instance per document: it holds
 * the part being built and nothing else.
 */
final class DocumentXml {

    private static final String[] EDGES = {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"};

    private final LayoutProfile profile;
    private final StyleSheet styles;
    private final PageSetup page;
    private final Xml x = Xml.part(65_536);
    /** The footnotes met so far, in document order. */
    private final List<LayoutDocument.Footnote> notes = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    DocumentXml(LayoutProfile profile, StyleSheet styles, PageSetup page) {
        this.profile = profile;
        this.styles = styles;
        this.page = page;
    }

    /** The profile names of the paragraph styles written so far. */
    Set<String> usedStyles() {
        return used;
    }

    /** The footnotes of the document written, in order; empty before {@link #write}. */
    List<LayoutDocument.Footnote> notes() {
        return List.copyOf(notes);
    }

    /**
     * {@code word/footnotes.xml}: the separator and continuation separator Word expects (ids -1
     * and 0, named in the settings), then each note, numbered as in the text.
     */
    byte[] footnotes(List<LayoutDocument.Footnote> list) {
        x.open("w:footnotes", "xmlns:w", Ooxml.W, "xmlns:r", Ooxml.R);
        separator("separator", "-1", "w:separator");
        separator("continuationSeparator", "0", "w:continuationSeparator");
        for (LayoutDocument.Footnote note : list) {
            x.open("w:footnote", "w:id", note.number());
            note.paragraphs().forEach(p -> paragraph(p, null, null));
            x.close("w:footnote");
        }
        x.close("w:footnotes");
        return x.bytes();
    }

    private void separator(String type, String id, String mark) {
        x.open("w:footnote", "w:type", type, "w:id", id).open("w:p").open("w:pPr")
                .empty("w:spacing", "w:after", "0", "w:line", "240", "w:lineRule", "auto")
                .close("w:pPr").open("w:r").empty(mark).close("w:r").close("w:p").close("w:footnote");
    }

    byte[] write(LayoutDocument doc) {
        List<Section> sections = doc.sections();
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a layout document needs at least one section");
        }
        x.open("w:document", "xmlns:w", Ooxml.W, "xmlns:r", Ooxml.R).open("w:body");
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), i == sections.size() - 1);
        }
        x.close("w:body").close("w:document");
        return x.bytes();
    }

    /**
     * A section's properties go in its last paragraph (Word's way), except the final section's,
     * which close the body. A table cannot carry them, and Word wants a paragraph after a table
     * that ends the document; both cases get an empty one-point paragraph.
     */
    private void section(Section s, boolean last) {
        String sectPr = page.sectPr(s.landscape(), s.restartNumbering(), s.continued());
        int width = page.textWidth(s.landscape());
        List<Block> blocks = s.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            boolean carries = !last && i == blocks.size() - 1;
            block(blocks.get(i), width, carries ? sectPr : null);
        }
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1) instanceof Table) {
            spacer(last ? null : sectPr);
        }
        if (last) {
            x.raw(sectPr);
        }
    }

    /** @param sectPr section properties to put in this block's paragraph, or null */
    private void block(Block b, int containerWidth, String sectPr) {
        if (b instanceof Paragraph p) {
            paragraph(p, sectPr, null);
        } else if (b instanceof Rule r) {
            rule(r, containerWidth, sectPr);
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof FirstPageFoot f) {
            foot(f, containerWidth, sectPr);
        }
    }

    /**
     * Box 13 as a frame at the foot of the margins of the page its paragraphs stand on (the first,
     * after the header), the text flowing above it: each paragraph carries the same frame, which
     * Word and LibreOffice join into one, and the same top border, which both draw once, over the
     * first (LibreOffice 7 leaves paragraphs whose borders differ out of the frame). The frame
     * keeps the rule's space before clear of the text above it ({@code w:vSpace}).
     */
    private void foot(FirstPageFoot f, int width, String sectPr) {
        LayoutProfile.RuleStyle rs = profile.rule(f.rule().kind());
        String frame = Xml.fragment(512)
                .empty("w:framePr", "w:w", Twips.str(width), "w:vSpace", Twips.str(Twips.of(rs.spaceBefore())),
                        "w:wrap", "around", "w:vAnchor", "margin", "w:hAnchor", "margin",
                        "w:xAlign", "center", "w:yAlign", "bottom")
                .open("w:pBdr")
                .empty("w:top", "w:val", "single", "w:sz", Twips.str(Twips.borderEighths(f.rule().thickness())),
                        "w:space", Integer.toString((int) Math.round(rs.spaceAfter())), "w:color", "000000")
                .close("w:pBdr").toString();
        List<Paragraph> list = f.paragraphs();
        for (int i = 0; i < list.size(); i++) {
            paragraph(list.get(i), i == list.size() - 1 ? sectPr : null, frame);
        }
    }

    /** @param frame a frame and border to set on the paragraph ({@code w:framePr}, {@code w:pBdr}), or null */
    private void paragraph(Paragraph p, String sectPr, String frame) {
        String id = styles.paragraph(p.style());
        used.add(p.style());
        LayoutProfile.ParagraphStyle style = profile.style(p.style());
        x.open("w:p").open("w:pPr").empty("w:pStyle", "w:val", id);
        // The end of the body above the signature: kept with it, on this paragraph only.
        x.emptyIf(p.keepWithNext() && !style.keepWithNext(), "w:keepNext").raw(frame).raw(sectPr).close("w:pPr");
        p.spans().forEach(span -> run(span, style));
        x.close("w:p");
    }

    /** One run per span; only what the span adds to its paragraph's style is set on it. */
    private void run(Span span, LayoutProfile.ParagraphStyle style) {
        String text = span.text();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (span.superscript()) {
            // A footnote's number: Word numbers the notes itself, in the order of their references.
            x.open("w:r").open("w:rPr").empty("w:rStyle", "w:val", StyleSheet.NOTE_REFERENCE).close("w:rPr");
            if (span.note() != null) {
                notes.add(span.note());
                x.empty("w:footnoteReference", "w:id", span.note().number());
            } else {
                x.empty("w:footnoteRef");
            }
            x.close("w:r");
            return;
        }
        boolean bold = span.bold() && !style.bold();
        boolean italic = span.italic() && !style.italic();
        x.open("w:r");
        if (bold || italic) {
            x.open("w:rPr").emptyIf(bold, "w:b").emptyIf(italic, "w:i").close("w:rPr");
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                textElement(text, start, i);
                start = i + 1;
                if (c == '\t') {
                    x.empty("w:tab");
                } else if (c == '\n' || i + 1 >= n || text.charAt(i + 1) != '\n') {
                    // "\r\n" is one break: the '\r' is skipped and the '\n' makes it.
                    x.empty("w:br");
                }
            }
        }
        textElement(text, start, n);
        x.close("w:r");
    }

    private void textElement(String text, int from, int to) {
        if (from < to) {
            x.open("w:t", "xml:space", "preserve").text(text.subSequence(from, to)).close("w:t");
        }
    }

    /**
     * An empty paragraph whose bottom border is the rule: it survives editing, unlike a drawn
     * shape, and is exactly {@code length} long because the indents take up the rest of the
     * container on both sides.
     */
    private void rule(Rule r, int containerWidth, String sectPr) {
        int length = Math.min(Twips.of(r.length()), containerWidth);
        int left = Math.max(0, (containerWidth - length) / 2);
        int right = Math.max(0, containerWidth - length - left);
        x.open("w:p").open("w:pPr")
                .empty("w:pStyle", "w:val", styles.rule(r.kind()))
                .open("w:pBdr")
                .empty("w:bottom", "w:val", "single", "w:sz", Twips.str(Twips.borderEighths(r.thickness())),
                        "w:space", "0", "w:color", "000000")
                .close("w:pBdr")
                .empty("w:ind", "w:left", Twips.str(left), "w:right", Twips.str(right), "w:firstLine", "0")
                .raw(sectPr).close("w:pPr").close("w:p");
    }

    /** An empty one-point paragraph, where Word needs a paragraph but the layout has none. */
    private void spacer(String sectPr) {
        String one = Twips.str(Twips.halfPoints(StyleSheet.RULE_LINE));
        x.open("w:p").open("w:pPr")
                .empty("w:spacing", "w:before", "0", "w:after", "0",
                        "w:line", Twips.str(Twips.of(StyleSheet.RULE_LINE)), "w:lineRule", "exact")
                .open("w:rPr").empty("w:sz", "w:val", one).empty("w:szCs", "w:val", one).close("w:rPr")
                .raw(sectPr).close("w:pPr").close("w:p");
    }

    private void table(Table t) {
        LayoutProfile.TableStyle style = profile.table(t.layout());
        if (t.rows().isEmpty() || t.columnWidths().isEmpty()) {
            // Word reports a table without rows or columns as a damaged file.
            throw new IllegalArgumentException("the '" + t.layout() + "' table has no rows or no columns");
        }
        int[] grid = grid(t.columnWidths());
        int total = IntStream.of(grid).sum();
        int padding = Twips.of(style.cellPadding());
        x.open("w:tbl").open("w:tblPr")
                .empty("w:tblW", "w:w", Twips.str(total), "w:type", "dxa")
                .empty("w:tblInd", "w:w", Twips.str(Twips.of(style.indent())), "w:type", "dxa");
        x.open("w:tblBorders");
        for (String edge : EDGES) {
            if (t.borders()) {
                x.empty(edge, "w:val", "single", "w:sz", Twips.str(Twips.borderEighths(LayoutDocument.Table.GRID_LINE)),
                        "w:space", "0", "w:color", "000000");
            } else {
                // Explicitly none: a table style a clerk applies later must not draw a grid.
                x.empty(edge, "w:val", "nil");
            }
        }
        x.close("w:tblBorders");
        // Fixed: Word must not re-fit columns to the text; the layout already chose the widths.
        x.empty("w:tblLayout", "w:type", "fixed");
        StyleSheet.cellMargins(x, padding).close("w:tblPr");
        x.open("w:tblGrid");
        IntStream.of(grid).forEach(w -> x.empty("w:gridCol", "w:w", Twips.str(w)));
        x.close("w:tblGrid");
        List<Row> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            row(t, r, grid, padding);
        }
        x.close("w:tbl");
    }

    private void row(Table t, int index, int[] grid, int padding) {
        Row row = t.rows().get(index);
        boolean header = index < t.headerRows();
        x.open("w:tr");
        if (row.cantSplit() || header) {
            x.open("w:trPr").emptyIf(row.cantSplit(), "w:cantSplit").emptyIf(header, "w:tblHeader").close("w:trPr");
        }
        int column = 0;
        for (Cell cell : row.cells()) {
            if (cell.span() < 1 || column + cell.span() > grid.length) {
                throw new IllegalArgumentException(where(t, index) + " has a cell spanning " + cell.span()
                        + " column(s) from column " + (column + 1) + "; the table has " + grid.length);
            }
            int width = Arrays.stream(grid, column, column + cell.span()).sum();
            column += cell.span();
            cell(cell, width, padding);
        }
        if (column != grid.length) {
            throw new IllegalArgumentException(where(t, index) + " fills " + column + " of its "
                    + grid.length + " columns");
        }
        x.close("w:tr");
    }

    private static String where(Table t, int row) {
        return "row " + (row + 1) + " of the '" + t.layout() + "' table";
    }

    private void cell(Cell cell, int width, int padding) {
        x.open("w:tc").open("w:tcPr").empty("w:tcW", "w:w", Twips.str(width), "w:type", "dxa");
        if (cell.span() > 1) {
            x.empty("w:gridSpan", "w:val", Integer.toString(cell.span()));
        }
        if (cell.vertical() == LayoutProfile.VerticalAlign.CENTER) {
            x.empty("w:vAlign", "w:val", "center");
        }
        x.close("w:tcPr");
        List<Block> blocks = cell.blocks();
        blocks.forEach(b -> block(b, width - 2 * padding, null));
        // A cell must end with a paragraph (Word refuses the file otherwise).
        x.emptyIf(blocks.isEmpty() || blocks.get(blocks.size() - 1) instanceof Table, "w:p").close("w:tc");
    }

    /**
     * Column widths in twips, rounded on the running total so that the columns add up to the
     * rounded table width instead of drifting by a twip per column.
     */
    static int[] grid(List<Double> widths) {
        int[] grid = new int[widths.size()];
        double sum = 0;
        int previous = 0;
        for (int i = 0; i < grid.length; i++) {
            sum += widths.get(i);
            int edge = Twips.of(sum);
            grid[i] = edge - previous;
            previous = edge;
        }
        return grid;
    }
}
