package vn.vanban.layout;

import java.util.Map;

/**
 * The layout profile: every measure of the format in one place — page, margins, the font, each
 * paragraph style, the short rules and the layout tables. It is data (a YAML file in the
 * templates jar, {@code vn/vanban/profile/nd30.yaml}); the DOCX styles and the XSL-FO attributes
 * are both generated from it. All lengths are in points, and each is kept as Word keeps it (in
 * whole twips, a font size in half points): the layout measures lines and pages with the lengths
 * Word and LibreOffice see, and the PDF is set with the same.
 *
 * @param page       paper and margins
 * @param fontFamily the font of every run ("Times New Roman")
 * @param pageNumber the style of the page number in the top margin
 * @param styles     paragraph styles by name
 * @param rules      short horizontal rules by name
 * @param tables     layout tables by name
 */
public record LayoutProfile(Page page, String fontFamily, String pageNumber,
                            Map<String, ParagraphStyle> styles, Map<String, RuleStyle> rules,
                            Map<String, TableStyle> tables) {

    public LayoutProfile {
        styles = Map.copyOf(styles);
        rules = Map.copyOf(rules);
        tables = Map.copyOf(tables);
    }

    /**
     * The default tab stop: the body's first-line indent, so that a tab a clerk types at the start
     * of a line lands where a body paragraph begins (half an inch when the body has none).
     */
    public double tabStop() {
        ParagraphStyle body = styles.get("body");
        return body != null && body.firstLine() > 0 ? body.firstLine() : 36;
    }

    public ParagraphStyle style(String name) {
        return named(styles, name, "paragraph style");
    }

    /**
     * Whether a table row stays on the page of the row after it: one of its paragraphs has a style
     * kept with the next (a catalogue's group row). Both writers keep it so, and the layout counts
     * it when it decides which rows may break.
     */
    public boolean keptWithNext(LayoutDocument.Row row) {
        return row.cells().stream().flatMap(c -> c.blocks().stream())
                .anyMatch(b -> b instanceof LayoutDocument.Paragraph p && style(p.style()).keepWithNext());
    }

    public RuleStyle rule(String name) {
        return named(rules, name, "rule");
    }

    public TableStyle table(String name) {
        return named(tables, name, "table");
    }

    /**
     * The first thing in which {@code other} differs from this profile, or {@code null} when they
     * are equal: to tell a user which of two profiles a layout was made with.
     */
    public Difference difference(LayoutProfile other) {
        String[] names = {"paper width", "paper height", "top margin", "bottom margin", "left margin", "right margin",
                "page number's distance from the top"};
        double[] mine = {page.width, page.height, page.top, page.bottom, page.left, page.right, page.header};
        double[] theirs = {other.page.width, other.page.height, other.page.top, other.page.bottom,
                other.page.left, other.page.right, other.page.header};
        for (int i = 0; i < names.length; i++) {
            if (mine[i] != theirs[i]) {
                return new Difference(names[i], points(theirs[i]), points(mine[i]));
            }
        }
        if (!fontFamily.equals(other.fontFamily)) {
            return new Difference("font", other.fontFamily, fontFamily);
        }
        String name = firstDifferent(styles, other.styles);
        if (name != null) {
            ParagraphStyle a = other.styles.get(name);
            ParagraphStyle b = styles.get(name);
            return a == null || b == null ? new Difference("paragraph style '" + name + "'", a == null ? "none" : "one",
                    b == null ? "none" : "one")
                    : a.size() != b.size() ? new Difference("size of style '" + name + "'", points(a.size()), points(b.size()))
                    : new Difference("paragraph style '" + name + "'", "set one way", "another");
        }
        for (String[] kind : new String[][] {{"rule", firstDifferent(rules, other.rules)},
                {"table", firstDifferent(tables, other.tables)}}) {
            if (kind[1] != null) {
                return new Difference(kind[0] + " '" + kind[1] + "'", "set one way", "another");
            }
        }
        return pageNumber.equals(other.pageNumber) ? null
                : new Difference("page number's style", other.pageNumber, pageNumber);
    }

    /**
     * What two profiles differ in, and the value of each.
     *
     * @param what   "top margin", "size of style 'body'"
     * @param theirs the other profile's value ("70.85 pt")
     * @param ours   this profile's
     */
    public record Difference(String what, String theirs, String ours) {
    }

    private static String points(double pt) {
        return java.math.BigDecimal.valueOf(pt).stripTrailingZeros().toPlainString() + " pt";
    }

    /** The first name, in order, whose entry differs between the two maps; {@code null} when none does. */
    private static <T> String firstDifferent(Map<String, T> mine, Map<String, T> theirs) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(mine.keySet());
        names.addAll(theirs.keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(mine.get(n), theirs.get(n))).findFirst().orElse(null);
    }

    private static <T> T named(Map<String, T> all, String name, String what) {
        T t = all.get(name);
        if (t == null) {
            throw new IllegalArgumentException("the layout profile has no " + what + " '" + name + "'");
        }
        return t;
    }

    /**
     * Paper size (portrait) and margins; a landscape section swaps width and height and keeps the
     * margins on the same edges of the text.
     */
    public record Page(double width, double height, double top, double bottom, double left,
                       double right, double header) {
        public Page {
            width = twips(width);
            height = twips(height);
            top = twips(top);
            bottom = twips(bottom);
            left = twips(left);
            right = twips(right);
            header = twips(header);
        }

        public double textWidth(boolean landscape) {
            return (landscape ? height : width) - left - right;
        }
    }

    /**
     * A paragraph style.
     *
     * @param size            font size
     * @param bold            weight
     * @param italic          slant
     * @param align           left, center, right or justify
     * @param firstLine       first-line indent
     * @param indentLeft      left indent of every line
     * @param spaceBefore     space above
     * @param spaceAfter      space below
     * @param lineHeight      exact line height (the same in Word and FOP, so pages break alike)
     * @param keepWithNext    keep on the page of the next paragraph (headings)
     * @param keepTogether    never break the paragraph across pages: a page break between two
     *                        paragraphs, never inside one, keeps a document number, a citation or a
     *                        sentence whole on one page and the page breaks of Word and PDF alike
     * @param wordName        the style's display name in Word's style list
     * @param outline         heading level, 1 for the top ("I. MỤC ĐÍCH"), 0 for text that is no
     *                        heading: Word's navigation pane and a PDF reader's tags (H1, H2 …)
     *                        show the plan's structure from it
     * @param optional        a style of some document types only (a decision's "QUYẾT ĐỊNH:", a
     *                        letter's "Kính gửi:"): a DOCX lists it among its styles only when one of
     *                        its paragraphs has it, so that the other types' files stay as they were
     */
    public record ParagraphStyle(double size, boolean bold, boolean italic, Align align,
                                 double firstLine, double indentLeft, double spaceBefore,
                                 double spaceAfter, double lineHeight, boolean keepWithNext, boolean keepTogether,
                                 String wordName, int outline, boolean optional) {
        /** The deepest heading level: Word's outline levels stop at 9. */
        public static final int DEEPEST_OUTLINE = 9;

        public ParagraphStyle {
            size = Math.round(size * 2) / 2.0;
            firstLine = twips(firstLine);
            indentLeft = twips(indentLeft);
            spaceBefore = twips(spaceBefore);
            spaceAfter = twips(spaceAfter);
            lineHeight = twips(lineHeight);
            if (outline < 0 || outline > DEEPEST_OUTLINE) {
                throw new IllegalArgumentException("outline level " + outline + "; expected 0 (none) to " + DEEPEST_OUTLINE);
            }
        }

        /** A style every DOCX lists. */
        public ParagraphStyle(double size, boolean bold, boolean italic, Align align, double firstLine,
                              double indentLeft, double spaceBefore, double spaceAfter, double lineHeight,
                              boolean keepWithNext, boolean keepTogether, String wordName, int outline) {
            this(size, bold, italic, align, firstLine, indentLeft, spaceBefore, spaceAfter, lineHeight, keepWithNext,
                    keepTogether, wordName, outline, false);
        }
    }

    /** Horizontal alignment. */
    public enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    /**
     * A short rule: its length is {@code fraction} of the longest line of the paragraph above it,
     * measured in that paragraph's font, never longer than the container.
     */
    public record RuleStyle(double fraction, double thickness, double spaceBefore, double spaceAfter) {
        public RuleStyle {
            spaceBefore = twips(spaceBefore);
            spaceAfter = twips(spaceAfter);
        }
    }

    /**
     * A table's layout: column weights (scaled to the table width), whether it has a grid, the cell
     * padding, the table width as a fraction of the text width, how many body rows one section
     * may hold before the table continues in the next ({@code 0}: no limit; see {@link LongTables}),
     * and where the heading rows' text stands down their cells.
     */
    public record TableStyle(java.util.List<Double> columns, boolean borders, double cellPadding,
                             double widthFraction, double indent, int rowsPerSection, VerticalAlign headerVertical) {
        public TableStyle {
            columns = java.util.List.copyOf(columns);
            cellPadding = twips(cellPadding);
            indent = twips(indent);
            if (rowsPerSection < 0) {
                throw new IllegalArgumentException("rowsPerSection must be 0 (no limit) or more, not " + rowsPerSection);
            }
            headerVertical = headerVertical == null ? VerticalAlign.TOP : headerVertical;
        }

        /** A table whose heading rows' text starts at the top of their cells. */
        public TableStyle(java.util.List<Double> columns, boolean borders, double cellPadding,
                          double widthFraction, double indent, int rowsPerSection) {
            this(columns, borders, cellPadding, widthFraction, indent, rowsPerSection, VerticalAlign.TOP);
        }
    }

    /** Where a cell's text stands down the cell. */
    public enum VerticalAlign {
        TOP, CENTER
    }

    /** A length as Word keeps it: in whole twips (twentieths of a point). */
    public static double twips(double points) {
        return Math.round(points * 20) / 20.0;
    }
}
