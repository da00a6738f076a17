package vn.vanban.layout;

import vn.vanban.fonts.FontSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the lines of every paragraph of a layout document that has none yet, in the width it
 * is set in: a section's text width, or a table cell's less its padding. The markup reader sets
 * lines as it reads; this is for a document built in code, so that its PDF too sets the lines
 * Word and LibreOffice make of its DOCX. Thread-safe.
 */
public final class LineSetter {

    private final LayoutProfile profile;
    private final LineBreaker breaker;

    @SuppressWarnings("exports") // built by the engine and the PDF writer, never by a user
    public LineSetter(LayoutProfile profile, FontSet fonts) {
        this.profile = profile;
        this.breaker = new LineBreaker(profile, new TextWidth(fonts));
    }

    /** {@code doc} with the lines of each paragraph chosen; {@code doc} itself when all have theirs. */
    public LayoutDocument set(LayoutDocument doc) {
        if (allSet(doc)) {
            return doc;
        }
        return doc.withSections(doc.sections().stream().map(s -> new LayoutDocument.Section(
                s.landscape(), s.restartNumbering(), s.continued(),
                blocks(s.blocks(), profile.page().textWidth(s.landscape())))).toList());
    }

    private List<LayoutDocument.Block> blocks(List<LayoutDocument.Block> blocks, double width) {
        List<LayoutDocument.Block> out = new ArrayList<>(blocks.size());
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                out.add(p.lines().chosen() ? p : breaker.set(p, width));
            } else if (b instanceof LayoutDocument.Table t) {
                out.add(table(t));
            } else if (b instanceof LayoutDocument.FirstPageFoot f) {
                out.add(new LayoutDocument.FirstPageFoot(f.rule(), f.paragraphs().stream()
                        .map(p -> p.lines().chosen() ? p : breaker.set(p, width)).toList()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private LayoutDocument.Table table(LayoutDocument.Table t) {
        double padding = profile.table(t.layout()).cellPadding();
        List<LayoutDocument.Row> rows = new ArrayList<>(t.rows().size());
        for (LayoutDocument.Row r : t.rows()) {
            List<LayoutDocument.Cell> cells = new ArrayList<>(r.cells().size());
            int col = 0;
            for (LayoutDocument.Cell c : r.cells()) {
                double width = 0;
                for (int i = col; i < Math.min(col + c.span(), t.columnWidths().size()); i++) {
                    width += t.columnWidths().get(i);
                }
                col += c.span();
                cells.add(new LayoutDocument.Cell(c.span(), blocks(c.blocks(), width - 2 * padding)));
            }
            rows.add(new LayoutDocument.Row(r.cantSplit(), cells));
        }
        return new LayoutDocument.Table(t.layout(), t.columnWidths(), t.borders(), t.headerRows(), rows);
    }

    private static boolean allSet(LayoutDocument doc) {
        return doc.sections().stream().allMatch(s -> allSet(s.blocks()));
    }

    private static boolean allSet(List<LayoutDocument.Block> blocks) {
        return blocks.stream().allMatch(b -> b instanceof LayoutDocument.Paragraph p ? p.lines().chosen()
                : b instanceof LayoutDocument.FirstPageFoot f ? f.paragraphs().stream().allMatch(q -> q.lines().chosen())
                : !(b instanceof LayoutDocument.Table t)
                || t.rows().stream().flatMap(r -> r.cells().stream()).allMatch(c -> allSet(c.blocks())));
    }
}
