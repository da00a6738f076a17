package vn.vanban.docx4j.check;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a rule sees of one piece of text: a paragraph of a DOCX (its effective properties resolved
 * through the styles), or a line of a PDF page (a run of words on one baseline, split where a wide
 * gap shows two columns). Fields a format cannot tell are null: a PDF line has no {@link Para} and
 * no {@link Cell}, a DOCX paragraph no {@link Geometry}.
 *
 * @param index      position among all blocks, in reading order
 * @param number     the paragraph's number in the document (DOCX, from 1, table cells included)
 *                   or the line's number on its page (PDF)
 * @param page       the PDF page (from 1); 0 in a DOCX
 * @param section    the DOCX section (from 0) the paragraph belongs to; 0 in a PDF
 * @param text       the text, NFC, white space folded to single spaces
 * @param lines      the text cut at its manual line breaks (DOCX), each folded; the text alone in a PDF
 * @param spans      the runs of text with their effective style, in order
 * @param side       where the block sits across the page: the left or right column of a
 *                   two-column box, or across
 * @param para       DOCX: effective paragraph properties
 * @param cell       DOCX: the table cell holding the paragraph, null outside tables
 * @param geometry   PDF: where the line is
 * @param ruleLength the length in points of a horizontal line drawn by this block (a bottom
 *                   border, a drawn line, a row of underscores), or null
 * @param nfc        whether the text as stored was already NFC (Unicode, TCVN 6909:2001)
 */
record Block(int index, int number, int page, int section, String text, List<String> lines, List<Span> spans, Side side,
             Para para, Cell cell, Geometry geometry, Double ruleLength, boolean nfc) {

    Block {
        lines = List.copyOf(lines);
        spans = List.copyOf(spans);
    }

    /** Left or right column of a two-column box (header, closing), or anything else. */
    enum Side { LEFT, RIGHT, ACROSS }

    /** Horizontal alignment of a paragraph. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /**
     * A run of text in one style.
     *
     * @param size    font size in points
     * @param caps    shown in capitals whatever the letters (Word's "All caps")
     * @param colour  RGB as six hex digits, or null for automatic (black)
     * @param script  raised or lowered (a footnote mark)
     */
    record Span(String text, String font, double size, boolean bold, boolean italic, boolean caps,
                String colour, boolean highlighted, boolean script) {
    }

    /**
     * Effective paragraph properties of a DOCX paragraph; lengths in points.
     *
     * @param lineExact true when {@code line} is a height in points (exact or at least), false
     *                  when it is a multiple of single spacing
     */
    record Para(Align align, double firstLine, double indentLeft, double indentRight, double before,
                double after, boolean contextualSpacing, String style, boolean lineExact, double line,
                boolean bottomBorder) {
    }

    /**
     * The table cell of a DOCX paragraph.
     *
     * @param table     the table's number in the document, from 0
     * @param columns   cells in the row
     * @param headerRow the row repeats at the top of each page
     * @param textWidth room for text in the cell, in points
     */
    record Cell(int table, int row, int column, int columns, boolean headerRow, double textWidth) {
    }

    /**
     * Where a PDF line is: its left and right ends and baseline, from the page's top-left corner;
     * centred when it stands in the middle of the text area with room on both sides.
     */
    record Geometry(double x0, double x1, double baseline, boolean centred) {
        double centre() {
            return (x0 + x1) / 2;
        }
    }

    boolean isRule() {
        return ruleLength != null && text.isEmpty();
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    /** The spans that carry letters or digits (not spaces, not footnote marks). */
    List<Span> textSpans() {
        return spans.stream().filter(s -> !s.script() && s.text().chars().anyMatch(Character::isLetterOrDigit)).toList();
    }

    boolean all(Predicate<Span> p) {
        List<Span> t = textSpans();
        return !t.isEmpty() && t.stream().allMatch(p);
    }

    boolean any(Predicate<Span> p) {
        return textSpans().stream().anyMatch(p);
    }

    /** The largest text size of the block, 0 when it has no text. */
    double size() {
        return textSpans().stream().mapToDouble(Span::size).max().orElse(0);
    }

    /** DOCX: the paragraph's alignment; PDF: CENTER for a centred line, LEFT for any other. */
    Align align() {
        if (para != null) {
            return para.align();
        }
        return geometry != null && geometry.centred() ? Align.CENTER : Align.LEFT;
    }

    /** The block's place as a finding names it: "paragraph 12" or "page 3, line 4", with its first words. */
    Place place() {
        return page == 0 ? Place.paragraph(number, text) : Place.line(page, number, text);
    }
}
