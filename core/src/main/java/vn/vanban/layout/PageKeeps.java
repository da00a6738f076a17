package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page break must respect, decided from the heights of the lines the layout chose, so
 * that the DOCX and the PDF carry the same keeps and Word, LibreOffice and FOP break pages alike:
 * <ul>
 * <li>a table row that fits on a page is kept whole; a taller one may break inside its cells
 * (kept whole, it would run past the bottom of the page and be cut);</li>
 * <li>a table that asks for it (the signature) stays on the page of the last lines of the text
 * before it, so that it never stands alone on a page.</li>
 * </ul>
 * Thread-safe.
 */
final class PageKeeps {

    private final LayoutProfile profile;

    PageKeeps(LayoutProfile profile) {
        this.profile = profile;
    }

    /** The height of the text area of a page. */
    double pageHeight(boolean landscape) {
        LayoutProfile.Page p = profile.page();
        return (landscape ? p.width() : p.height()) - p.top() - p.bottom();
    }

    /**
     * {@code t} with each row that asks to be kept whole and would not fit on a page of its own
     * (under the repeated header rows, and with the rows kept with it, such as a catalogue's group
     * row above it) allowed to break: FOP would otherwise run it past the foot of the page.
     */
    LayoutDocument.Table rowsThatFit(LayoutDocument.Table t, boolean landscape) {
        double room = pageHeight(landscape) - (t.borders() ? LayoutDocument.Table.GRID_LINE : 0);
        for (int i = 0; i < Math.min(t.headerRows(), t.rows().size()); i++) {
            room -= height(t.rows().get(i), t.borders());
        }
        List<LayoutDocument.Row> rows = new ArrayList<>(t.rows().size());
        boolean changed = false;
        double keptAbove = 0; // the rows just above, kept with this one (header rows are in room)
        for (int i = 0; i < t.rows().size(); i++) {
            LayoutDocument.Row r = t.rows().get(i);
            double h = height(r, t.borders());
            if (r.cantSplit() && h + keptAbove > room) {
                rows.add(new LayoutDocument.Row(false, r.cells()));
                changed = true;
            } else {
                rows.add(r);
            }
            keptAbove = i >= t.headerRows() && profile.keptWithNext(r) ? keptAbove + h : 0;
        }
        return changed ? new LayoutDocument.Table(t.layout(), t.columnWidths(), t.borders(), t.headerRows(), rows) : t;
    }

    /**
     * Marks the paragraphs just before {@code out}'s end to keep with what follows them, from the
     * last one back, until they hold {@code lines} lines: with widow control (two lines at least
     * on each side of a break, in Word as in FOP) the next block then shares a page with at least
     * that many lines of the text.
     */
    void keepLinesBefore(List<LayoutDocument.Block> out, int lines) {
        int held = 0;
        for (int i = out.size() - 1; i >= 0 && held < lines; i--) {
            if (!(out.get(i) instanceof LayoutDocument.Paragraph p)) {
                break;
            }
            out.set(i, p.keptWithNext());
            held += Math.max(1, p.lines().count());
        }
    }

    /** A row's height: its tallest cell, and the grid line under it. */
    double height(LayoutDocument.Row row, boolean borders) {
        double tallest = row.cells().stream().mapToDouble(c -> height(c.blocks())).max().orElse(0);
        return tallest + (borders ? LayoutDocument.Table.GRID_LINE : 0);
    }

    /** The height of blocks set one under the other, their spacing kept (as in a table cell). */
    double height(List<LayoutDocument.Block> blocks) {
        double h = 0;
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                LayoutProfile.ParagraphStyle ps = profile.style(p.style());
                h += ps.spaceBefore() + Math.max(1, p.lines().count()) * ps.lineHeight() + ps.spaceAfter();
            } else if (b instanceof LayoutDocument.Rule r) {
                LayoutProfile.RuleStyle rs = profile.rule(r.kind());
                h += rs.spaceBefore() + r.thickness() + rs.spaceAfter();
            } else if (b instanceof LayoutDocument.Table t) {
                for (LayoutDocument.Row row : t.rows()) {
                    h += height(row, t.borders());
                }
            }
        }
        return h;
    }
}
