package vn.vanban.layout;

import vn.vanban.common.Warning;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The neutral layout of a rendered document: what the template produced, with every style
 * resolved against the {@link LayoutProfile} and every measure in points. The DOCX and PDF
 * writers both read this and nothing else, so the two outputs cannot drift apart.
 *
 * @param warnings what the layout found wrong but could still lay out (a word wider than its
 *                 line), each with the field path of the text it is about
 * @param profile  the profile the layout was made with: its lines were measured, its columns
 *                 sized and its page keeps decided with it, so only an engine of the same profile
 *                 writes it; {@code null} for a layout built in code, which any engine writes
 *                 with its own
 */
public record LayoutDocument(Metadata metadata, List<Section> sections, List<Warning> warnings,
                             LayoutProfile profile) {
    public LayoutDocument {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** A layout built in code (of no profile), warning of {@code warnings}. */
    public LayoutDocument(Metadata metadata, List<Section> sections, List<Warning> warnings) {
        this(metadata, sections, warnings, null);
    }

    /** A layout built in code (of no profile) with nothing to warn about. */
    public LayoutDocument(Metadata metadata, List<Section> sections) {
        this(metadata, sections, List.of(), null);
    }

    /** This layout with other sections, its metadata, warnings and profile kept. */
    public LayoutDocument withSections(List<Section> other) {
        return new LayoutDocument(metadata, other, warnings, profile);
    }

    /** This layout with other warnings, its metadata, sections and profile kept. */
    public LayoutDocument withWarnings(List<Warning> other) {
        return new LayoutDocument(metadata, sections, other, profile);
    }

    /**
     * Document properties carried into both outputs.
     *
     * @param title    the document type and summary ("Kế hoạch Truyền thông …")
     * @param subject  the summary
     * @param author   the issuing agency
     * @param language BCP 47 tag, "vi-VN"
     * @param date     the document's own date (yyyy-MM-dd, or the first of January of its year
     *                 while a draft has no day): the creation date of the files, never the clock
     */
    public record Metadata(String title, String subject, String author, String language,
                           java.time.LocalDate date) {
    }

    /**
     * A section of pages with one orientation. A section hides the page number on its own first
     * page (the decree numbers from page 2; an appendix restarts at 1 with its number hidden),
     * unless it only continues the section before it (see {@link LongTables}).
     *
     * @param landscape        true for a landscape page
     * @param restartNumbering true when page numbers restart at 1 (each appendix)
     * @param continued        true when the section carries on the previous one's content from a
     *                         new page: its first page is numbered like any other
     * @param blocks           content in order
     */
    public record Section(boolean landscape, boolean restartNumbering, boolean continued, List<Block> blocks) {
        public Section {
            if (restartNumbering && continued) {
                throw new IllegalArgumentException("a continued section cannot restart the page numbers");
            }
            blocks = List.copyOf(blocks);
        }

        /** A section that starts a part of the document (its first page shows no number). */
        public Section(boolean landscape, boolean restartNumbering, List<Block> blocks) {
            this(landscape, restartNumbering, false, blocks);
        }
    }

    /** A block of a section or a table cell (a {@link FirstPageFoot} only of a section). */
    public sealed interface Block permits Paragraph, Rule, Table, FirstPageFoot {
    }

    /**
     * Ô số 13 — paragraphs set at the foot of the text area of their section's first page, under a
     * solid rule as wide as the text, the page's text flowing above them: the issuer's address,
     * e-mail, phone. It stands among the section's blocks where the template puts it (after the
     * header, so that a DOCX anchors it on the first page); a PDF takes it out of the flow.
     *
     * @param rule       the rule drawn above the paragraphs (its kind names the profile's spacing)
     * @param paragraphs the paragraphs, their lines chosen in the section's text width
     */
    public record FirstPageFoot(Rule rule, List<Paragraph> paragraphs) implements Block {
        public FirstPageFoot {
            java.util.Objects.requireNonNull(rule, "rule");
            paragraphs = List.copyOf(paragraphs);
        }

        /**
         * How tall it stands, from the top of its rule to the foot of its last line, as Word and
         * LibreOffice make its frame: the rule, the profile's space under it, and each paragraph's
         * spacing and lines at its exact height. The text above it keeps the rule's space before
         * besides.
         */
        public double height(LayoutProfile profile) {
            double h = rule.thickness() + profile.rule(rule.kind()).spaceAfter();
            for (Paragraph p : paragraphs) {
                LayoutProfile.ParagraphStyle st = profile.style(p.style());
                h += st.spaceBefore() + Math.max(1, p.lines().count()) * st.lineHeight() + st.spaceAfter();
            }
            return h;
        }
    }

    /**
     * A paragraph in a named style of the profile; its spans carry only what differs from the style.
     * A span's text may hold '\n' (a line break) and '\t' (a tab).
     *
     * @param lines        the lines the layout chose for it ({@link Lines#NONE} when it chose none)
     * @param keepWithNext keep it on the page of the block after it, whatever its style says (the
     *                     end of the body above the signature)
     * @param field        the field path of the plan's text it sets ({@code body[2].section.title},
     *                     {@code contact[1]}), which a warning about it names; "" for a fixed label
     *                     or a line made of several fields. Neither writer reads it.
     */
    public record Paragraph(String style, List<Span> spans, Lines lines, boolean keepWithNext, String field)
            implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
            java.util.Objects.requireNonNull(lines, "lines");
            java.util.Objects.requireNonNull(field, "field");
        }

        /** A paragraph of no field. */
        public Paragraph(String style, List<Span> spans, Lines lines, boolean keepWithNext) {
            this(style, spans, lines, keepWithNext, "");
        }

        /** A paragraph of no field whose lines are left to the writer. */
        public Paragraph(String style, List<Span> spans) {
            this(style, spans, Lines.NONE, false, "");
        }

        /** The paragraph's text, spans joined. */
        public String text() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }

        public Paragraph withLines(Lines chosen) {
            return new Paragraph(style, spans, chosen, keepWithNext, field);
        }

        public Paragraph keptWithNext() {
            return new Paragraph(style, spans, lines, true, field);
        }

        /** This paragraph with other spans, in the same style, lines, keep and field. */
        Paragraph withSpans(List<Span> other) {
            return new Paragraph(style, other, lines, keepWithNext, field);
        }
    }

    /**
     * The lines of a paragraph as Word and LibreOffice break them (first fit, see the layout's
     * LineBreaker), so that the PDF sets the same lines. Offsets are into the paragraph's
     * {@link Paragraph#text()}; what lies between one line's end and the next line's start (spaces,
     * a line feed) is the break, and a line that ends where the next starts was cut inside a word.
     *
     * @param lines each line's text
     * @param tabs  the width in points of each tab of the text, in order
     */
    public record Lines(List<Line> lines, List<Double> tabs) {
        /** No lines chosen: the writer breaks the paragraph itself. */
        public static final Lines NONE = new Lines(List.of(), List.of());

        public Lines {
            lines = List.copyOf(lines);
            tabs = List.copyOf(tabs);
        }

        public boolean chosen() {
            return !lines.isEmpty();
        }

        public int count() {
            return lines.size();
        }
    }

    /** One line: the paragraph's text {@code [start, end)}. */
    public record Line(int start, int end) {
        public Line {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a line from " + start + " to " + end);
            }
        }
    }

    /**
     * A run of text; {@code bold}/{@code italic} turn the style's weight or slant on. A footnote's
     * reference mark in the text is a span of its number, {@code superscript}, carrying its
     * {@code note}; the note's own paragraph opens with the same number, superscript, without a note.
     */
    public record Span(String text, boolean bold, boolean italic, Footnote note, boolean superscript) {
        /** How big a superscript is beside its text, as LibreOffice and Word set it (58 %). */
        public static final double SUPERSCRIPT = 0.58;

        public Span(String text, boolean bold, boolean italic) {
            this(text, bold, italic, null, false);
        }

        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        /** Whether it is an ordinary run, which may join its neighbours. */
        public boolean plainRun() {
            return note == null && !superscript;
        }
    }

    /**
     * Chú thích — a footnote, numbered through the document: its number (the mark in the text and
     * at the head of the note), and its paragraphs at the foot of the page (the first opening with
     * the number in superscript).
     */
    public record Footnote(String number, List<Paragraph> paragraphs) {
        public Footnote {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A short solid horizontal line, centred in its container, drawn under the text above it
     * (under the agency name, the motto, the summary, an appendix heading).
     *
     * @param kind      the profile's rule name
     * @param length    in points
     * @param thickness in points
     */
    public record Rule(String kind, double length, double thickness) implements Block {
    }

    /**
     * A table. Layout tables (the header, the signature row) have no borders; a catalogue has a
     * grid, repeats its header rows on every page and keeps each row that fits on a page whole.
     *
     * @param layout       the profile's table name
     * @param columnWidths widths in points, summing to the table's width
     * @param borders      whether a single-line grid is drawn
     * @param headerRows   how many leading rows repeat at the top of every page
     * @param rows         the rows
     */
    public record Table(String layout, List<Double> columnWidths, boolean borders, int headerRows,
                        List<Row> rows) implements Block {
        /** The width of a grid line, in points: single lines, 1/2 pt, as Word draws a table grid. */
        public static final double GRID_LINE = 0.5;

        public Table {
            columnWidths = List.copyOf(columnWidths);
            rows = List.copyOf(rows);
        }

        public double width() {
            return columnWidths.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * A table row; {@code cantSplit} keeps it on one page (the layout sets it only on a row that
     * fits on a page: a taller one kept whole would run past the foot of the page).
     */
    public record Row(boolean cantSplit, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell spanning {@code span} columns, its blocks set at its top or in its middle (a
     * catalogue's heading row, centred down its cells as Vietnamese tables set it).
     */
    public record Cell(int span, List<Block> blocks, LayoutProfile.VerticalAlign vertical) {
        public Cell {
            blocks = List.copyOf(blocks);
            java.util.Objects.requireNonNull(vertical, "vertical");
        }

        /** A cell whose blocks start at its top. */
        public Cell(int span, List<Block> blocks) {
            this(span, blocks, LayoutProfile.VerticalAlign.TOP);
        }
    }
}
