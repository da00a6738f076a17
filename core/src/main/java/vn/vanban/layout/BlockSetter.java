package vn.vanban.layout;

import vn.vanban.common.Warning;
import vn.vanban.fonts.FontSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets the blocks read from the markup in the width they end up in: a table's columns first,
 * then each cell's blocks in its own width; balanced titles broken into lines, rules sized from
 * the text above them. One instance per document: it collects the document's warnings.
 */
final class BlockSetter {

    private final LayoutProfile profile;
    private final LineBalancer balancer;
    private final ColumnFitter columns;
    private final RuleSizer rules;
    private final WideWords wideWords;
    private final LineBreaker lines;
    private final PageKeeps keeps;
    private final List<Warning> warnings = new ArrayList<>();

    /** @param widths text measured as Word measures it, shared by the documents of an engine */
    BlockSetter(LayoutProfile profile, FontSet fonts, TextWidth widths) {
        this.profile = profile;
        this.balancer = new LineBalancer(profile, widths);
        this.columns = new ColumnFitter(profile, widths);
        this.rules = new RuleSizer(profile, fonts);
        this.wideWords = new WideWords(profile, widths);
        this.lines = new LineBreaker(profile, widths);
        this.keeps = new PageKeeps(profile);
    }

    /** What the layout found wrong but could still lay out, in document order. */
    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** The blocks set in {@code width} points, on portrait or landscape pages. */
    List<LayoutDocument.Block> set(List<Markup.Block> blocks, double width, boolean landscape) {
        List<LayoutDocument.Block> out = new ArrayList<>();
        for (Markup.Block b : blocks) {
            if (b instanceof Markup.Text t) {
                wideWords.check(t.paragraph(), width, warnings);
                List<LayoutDocument.Paragraph> set;
                if ("true".equals(t.balanced())) {
                    set = balancer.balance(t.paragraph(), width);
                } else if ("breaks".equals(t.balanced())) {
                    set = List.of(balancer.balanceWithBreaks(t.paragraph(), width));
                } else {
                    set = List.of(t.paragraph());
                }
                set.forEach(p -> out.add(lines.set(withNotesSet(p, width), width)));
            } else if (b instanceof Markup.RuleMark m) {
                out.add(rules.rule(m.kind(), out, width));
            } else if (b instanceof Markup.TableMark t) {
                keeps.keepLinesBefore(out, t.keepLinesBefore());
                out.add(keeps.rowsThatFit(table(t, width, landscape), landscape));
            } else if (b instanceof Markup.FootMark f) {
                out.add(foot(f, width));
            }
        }
        return out;
    }

    /** The first page's foot (box 13): a rule as wide as the profile says, its paragraphs' lines in the text's width. */
    private LayoutDocument.FirstPageFoot foot(Markup.FootMark f, double width) {
        LayoutProfile.RuleStyle rs = profile.rule(f.rule());
        return new LayoutDocument.FirstPageFoot(
                new LayoutDocument.Rule(f.rule(), Points.round(width * rs.fraction()), rs.thickness()),
                setAll(f.paragraphs(), width));
    }

    /** Paragraphs with their lines chosen in {@code width}, a word too wide for it warned of. */
    private List<LayoutDocument.Paragraph> setAll(List<LayoutDocument.Paragraph> paragraphs, double width) {
        List<LayoutDocument.Paragraph> set = new ArrayList<>();
        for (LayoutDocument.Paragraph p : paragraphs) {
            wideWords.check(p, width, warnings);
            set.add(lines.set(p, width));
        }
        return set;
    }

    /** The paragraph with its footnotes' paragraphs set in {@code width}, the width of the text they stand under. */
    private LayoutDocument.Paragraph withNotesSet(LayoutDocument.Paragraph p, double width) {
        if (p.spans().stream().allMatch(s -> s.note() == null)) {
            return p;
        }
        List<LayoutDocument.Span> spans = new ArrayList<>();
        for (LayoutDocument.Span s : p.spans()) {
            if (s.note() == null) {
                spans.add(s);
                continue;
            }
            spans.add(new LayoutDocument.Span(s.text(), s.bold(), s.italic(),
                    new LayoutDocument.Footnote(s.note().number(), setAll(s.note().paragraphs(), width)), s.superscript()));
        }
        return p.withSpans(spans);
    }

    /** The table set in {@code width} points: its columns first, then each cell in its own. */
    private LayoutDocument.Table table(Markup.TableMark t, double width, boolean landscape) {
        LayoutProfile.TableStyle ts = profile.table(t.layout());
        // What a cell's text keeps clear of on each side: its padding, as in Word and LibreOffice,
        // which draw the grid line inside it (the PDF narrows its padding by the line).
        double inset = ts.cellPadding();
        List<Double> widths = columns.widths(t, width * ts.widthFraction(), inset);
        List<LayoutDocument.Row> rows = new ArrayList<>();
        for (Markup.RowMark row : t.rows()) {
            List<LayoutDocument.Cell> cells = new ArrayList<>();
            int col = 0;
            LayoutProfile.VerticalAlign vertical = rows.size() < t.headerRows() ? ts.headerVertical()
                    : LayoutProfile.VerticalAlign.TOP;
            for (Markup.CellMark c : row.cells()) {
                double cellWidth = widths.subList(col, col + c.span()).stream().mapToDouble(Double::doubleValue).sum();
                col += c.span();
                cells.add(new LayoutDocument.Cell(c.span(), set(c.blocks(), cellWidth - 2 * inset, landscape), vertical));
            }
            rows.add(new LayoutDocument.Row(row.cantSplit(), cells));
        }
        return new LayoutDocument.Table(t.layout(), widths, ts.borders(), t.headerRows(), rows);
    }
}
