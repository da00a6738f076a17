package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table longer than its profile's {@code rowsPerSection}, or holding more text than
 * {@link #CHARACTERS_PER_SECTION}, across consecutive sections, each part repeating the header
 * rows and starting on a new page, page numbers running on.
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
        // Each section gives one section or more: more in all only when a table was split.
        List<LayoutDocument.Section> out = doc.sections().stream().flatMap(s -> split(s, profile).stream()).toList();
        return out.size() > doc.sections().size() ? doc.withSections(out) : doc;
    }

    /**
     * The most characters of text one part holds, whatever its number of rows: FOP needs some
     * 200 bytes of heap for each character of a section (150 rows of 7,000 characters render in
     * 256 MB, 210 such rows do not), and a few long rows would otherwise defeat the row limit.
     * No plan's catalogue comes near it (the sample's 500 rows hold about 110,000).
     */
    static final int CHARACTERS_PER_SECTION = 500_000;

    /**
     * The body rows of each part, {@code [from, to)}: at most the profile's rows per section and
     * {@link #CHARACTERS_PER_SECTION} characters, one row at least. A table whose profile sets no
     * row limit (a layout table) stays whole.
     */
    private static List<int[]> parts(LayoutDocument.Table t, LayoutProfile profile) {
        int limit = profile.table(t.layout()).rowsPerSection();
        List<int[]> parts = new ArrayList<>();
        int from = t.headerRows();
        long characters = 0;
        for (int i = from; limit > 0 && i < t.rows().size(); i++) {
            long c = characters(t.rows().get(i));
            if (i > from && (i - from == limit || characters + c > CHARACTERS_PER_SECTION)) {
                parts.add(new int[] {from, i});
                from = i;
                characters = 0;
            }
            characters += c;
        }
        parts.add(new int[] {from, t.rows().size()});
        return parts;
    }

    private static long characters(LayoutDocument.Row row) {
        return row.cells().stream().flatMap(cell -> cell.blocks().stream())
                .mapToLong(b -> b instanceof LayoutDocument.Paragraph p ? p.text().length() : 0).sum();
    }

    private static List<LayoutDocument.Section> split(LayoutDocument.Section s, LayoutProfile profile) {
        List<LayoutDocument.Section> out = new ArrayList<>();
        List<LayoutDocument.Block> current = new ArrayList<>();
        boolean restart = s.restartNumbering();
        boolean continued = s.continued();
        for (LayoutDocument.Block b : s.blocks()) {
            List<int[]> parts = b instanceof LayoutDocument.Table t ? parts(t, profile) : List.of();
            if (parts.size() < 2) {
                current.add(b);
                continue;
            }
            LayoutDocument.Table t = (LayoutDocument.Table) b;
            List<LayoutDocument.Row> header = t.rows().subList(0, t.headerRows());
            for (int[] part : parts) {
                if (part != parts.get(0)) {
                    out.add(new LayoutDocument.Section(s.landscape(), restart, continued, current));
                    current = new ArrayList<>();
                    restart = false;
                    continued = true;
                }
                List<LayoutDocument.Row> rows = new ArrayList<>(header);
                rows.addAll(t.rows().subList(part[0], part[1]));
                current.add(new LayoutDocument.Table(t.layout(), t.columnWidths(), t.borders(), t.headerRows(), rows));
            }
        }
        out.add(new LayoutDocument.Section(s.landscape(), restart, continued, current));
        return out;
    }
}
