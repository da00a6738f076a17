package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table longer than its profile's {@code rowsPerSection} across consecutive sections,
 * each part repeating the header rows and starting on a new page, page numbers running on.
 * <p>
 * Why: FOP keeps a whole page sequence (FO tree, layout, areas) in memory until it ends, so one
 * 5,000-row catalogue needs several hundred megabytes; a section per few hundred rows bounds that.
 * The split is made here, in the neutral layout, so the DOCX gets the same section breaks and the
 * two outputs keep breaking pages at the same rows. A document without such a table is returned
 * unchanged.
 */
public final class LongTables {

    private LongTables() {
    }

    public static LayoutDocument split(LayoutDocument doc, LayoutProfile profile) {
        List<LayoutDocument.Section> out = new ArrayList<>();
        boolean changed = false;
        for (LayoutDocument.Section s : doc.sections()) {
            List<LayoutDocument.Section> parts = split(s, profile);
            changed |= parts.size() > 1;
            out.addAll(parts);
        }
        return changed ? new LayoutDocument(doc.metadata(), out, doc.warnings()) : doc;
    }

    /** More body rows than its profile lets one section hold (a limit of 0 meaning none). */
    private static boolean tooLong(LayoutDocument.Table t, LayoutProfile profile) {
        int limit = profile.table(t.layout()).rowsPerSection();
        return limit > 0 && t.rows().size() - t.headerRows() > limit;
    }

    private static List<LayoutDocument.Section> split(LayoutDocument.Section s, LayoutProfile profile) {
        List<LayoutDocument.Section> out = new ArrayList<>();
        List<LayoutDocument.Block> current = new ArrayList<>();
        boolean restart = s.restartNumbering();
        boolean continued = s.continued();
        for (LayoutDocument.Block b : s.blocks()) {
            if (!(b instanceof LayoutDocument.Table t) || !tooLong(t, profile)) {
                current.add(b);
                continue;
            }
            int limit = profile.table(t.layout()).rowsPerSection();
            List<LayoutDocument.Row> header = t.rows().subList(0, t.headerRows());
            List<LayoutDocument.Row> body = t.rows().subList(t.headerRows(), t.rows().size());
            for (int from = 0; from < body.size(); from += limit) {
                if (from > 0) {
                    out.add(new LayoutDocument.Section(s.landscape(), restart, continued, current));
                    current = new ArrayList<>();
                    restart = false;
                    continued = true;
                }
                List<LayoutDocument.Row> rows = new ArrayList<>(header);
                rows.addAll(body.subList(from, Math.min(body.size(), from + limit)));
                current.add(new LayoutDocument.Table(t.layout(), t.columnWidths(), t.borders(), t.headerRows(), rows));
            }
        }
        out.add(new LayoutDocument.Section(s.landscape(), restart, continued, current));
        return out;
    }
}
