package vn.vanban.docx4j.check;

import vn.vanban.model.DocumentType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where a document's parts are, found once from its text so that each rule can go straight to its
 * part: the header boxes, the type line and summary, the body, Nơi nhận and the signature, and each
 * appendix. A part the document lacks is null (or empty); the rule about it says so.
 */
final class Landmarks {

    /** How far into a document the header boxes are looked for. */
    private static final int HEADER_REACH = 40;
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*[:.]?\\s*\\S*\\s*/.*");
    private static final Pattern DATE_LINE = Pattern.compile("^[^(,]{1,80},?\\s*ngày\\b.*\\btháng\\b.*\\bnăm\\b.*");
    private static final Pattern APPENDIX_LABEL = Pattern.compile("^Phụ lục(\\s+[\\p{L}0-9]+)?$");
    private static final java.util.Set<String> TYPE_LINES = java.util.Arrays.stream(DocumentType.values())
            .filter(TextForms::hasTypeLine).map(TextForms::typeLine).collect(java.util.stream.Collectors.toSet());
    private static final Pattern DASH = Pattern.compile("^[-–—]\\s*.*");

    /** An item of Nơi nhận: its text, and the lines it spans in a PDF. */
    record Item(String text, List<Block> blocks) {
        Block first() {
            return blocks.get(0);
        }
    }

    /** An appendix: its "Phụ lục" line, title lines, reference line(s), the line under them, and its blocks. */
    record Appendix(Block label, List<Block> title, List<Block> reference, Block line, int start, int end) {
        String referenceText() {
            return TextForms.fold(String.join(" ", reference.stream().map(Block::text).toList()));
        }
    }

    final Block nationalTitle;
    final Block motto;
    final Block number;
    final Block placeDate;
    final Block typeLine;
    final List<Block> summary;
    final Block summaryLine;
    final Block addressee;
    final int bodyStart;
    final int bodyEnd;
    final Block recipientsLabel;
    final List<Item> recipients;
    final List<Block> signature;
    final List<Appendix> appendices;
    private final List<Block> blocks;

    private Landmarks(CheckedDocument doc) {
        blocks = doc.blocks();
        int reach = Math.min(blocks.size(), HEADER_REACH);
        nationalTitle = first(0, reach, b -> TextForms.looksLikeNationalTitle(b.text()));
        motto = first(nationalTitle == null ? 0 : nationalTitle.index() + 1, reach, b -> TextForms.looksLikeMotto(b.text()));
        number = first(0, reach, b -> NUMBER_LINE.matcher(b.text()).matches());
        placeDate = first(0, reach, b -> DATE_LINE.matcher(b.text()).matches());
        int afterHeader = 1 + max(nationalTitle, motto, number, placeDate);

        if (TextForms.hasTypeLine(doc.type())) {
            String want = TextForms.typeLine(doc.type());
            // Not in a table of several columns: a type named in a table cell is data, not the type line.
            Block own = first(afterHeader, blocks.size(), b -> TextForms.upper(b.text()).equals(want)
                    && (b.cell() == null || b.cell().columns() == 1));
            // A document of another type than the one it is checked as still has its type line there.
            typeLine = own != null ? own : first(afterHeader, Math.min(blocks.size(), afterHeader + 3),
                    b -> b.cell() == null && TYPE_LINES.contains(b.text()));
            summary = typeLine == null ? List.of()
                    : summaryAfter(typeLine.index() + 1, doc.type() == DocumentType.QUYET_DINH);
        } else {
            typeLine = null;
            Block vv = first(0, reach, b -> b.text().startsWith("V/v") || b.text().startsWith("V/V"));
            summary = vv == null ? List.of() : List.of(vv);
        }
        Block lastOfTitle = summary.isEmpty() ? typeLine : summary.get(summary.size() - 1);
        int next = lastOfTitle == null ? afterHeader : lastOfTitle.index() + 1;
        summaryLine = !summary.isEmpty() && next < blocks.size() && blocks.get(next).isRule() ? blocks.get(next) : null;
        if (summaryLine != null) {
            next++;
        }
        int start = Math.max(next, afterHeader);
        addressee = first(afterHeader, blocks.size(), b -> b.text().startsWith("Kính gửi"));

        recipientsLabel = first(start, blocks.size(), b -> b.text().startsWith("Nơi nhận"));
        List<Block> labels = new ArrayList<>();
        for (int i = recipientsLabel == null ? start : recipientsLabel.index(); i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (APPENDIX_LABEL.matcher(b.text()).matches() && b.align() == Block.Align.CENTER) {
                labels.add(b);
            }
        }
        int end = recipientsLabel != null ? closingStart(doc, recipientsLabel)
                : labels.isEmpty() ? blocks.size() : labels.get(0).index();
        if (TitleRules.ADDRESSED.contains(doc.type()) && addressee != null && addressee.index() >= start) {
            start = addressee.index() + 1;
            while (start < end && DASH.matcher(blocks.get(start).text()).matches()) {
                start++;
            }
        }
        bodyStart = Math.min(start, end);
        bodyEnd = end;
        int closingEnd = labels.isEmpty() ? blocks.size() : labels.get(0).index();
        recipients = recipientsLabel == null ? List.of() : items(doc, recipientsLabel, closingEnd);
        signature = recipientsLabel == null ? List.of() : signature(doc, recipientsLabel, closingEnd);
        appendices = appendices(labels);
    }

    static Landmarks find(CheckedDocument doc) {
        return new Landmarks(doc);
    }

    /** The body's paragraphs (or lines) with text: outside the header and closing, and outside tables. */
    List<Block> body() {
        return blocks.subList(bodyStart, bodyEnd).stream()
                .filter(b -> b.hasText() && !b.isRule() && b.cell() == null).toList();
    }

    private Block first(int from, int to, Predicate<Block> p) {
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (b.hasText() && p.test(b)) {
                return b;
            }
        }
        return null;
    }

    private static int max(Block... bs) {
        int m = -1;
        for (Block b : bs) {
            if (b != null) {
                m = Math.max(m, b.index());
            }
        }
        return m;
    }

    /** The centred lines under the type line, up to the line under them or the first other line. */
    private List<Block> summaryAfter(int from, boolean decision) {
        List<Block> out = new ArrayList<>();
        for (int i = from; i < blocks.size() && out.size() < 4; i++) {
            Block b = blocks.get(i);
            if (b.isRule() || b.align() != Block.Align.CENTER || b.cell() != null) {
                break;
            }
            // A report's Kính gửi stands centred under its summary; a PDF draws the rule between them.
            if (b.hasText() && b.text().startsWith("Kính gửi")) {
                break;
            }
            // A decision's authority line ("GIÁM ĐỐC SỞ TƯ PHÁP") follows its summary, bold and
            // centred too; a PDF draws the rule between them, which is no line of text.
            if (decision && !out.isEmpty() && b.hasText() && TextForms.upper(b.text()).equals(b.text())) {
                break;
            }
            if (b.hasText()) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Where the closing starts: in a DOCX the first paragraph of the table that holds Nơi nhận; in
     * a PDF the first line level with it or below (the signature's first line may stand a little
     * higher than "Nơi nhận:").
     */
    private int closingStart(CheckedDocument doc, Block label) {
        int i = label.index();
        if (label.cell() != null) {
            while (i > 0 && blocks.get(i - 1).cell() != null && blocks.get(i - 1).cell().table() == label.cell().table()) {
                i--;
            }
        } else if (label.geometry() != null) {
            double top = label.geometry().baseline() - label.size() - 2;
            while (i > 0 && blocks.get(i - 1).page() == label.page() && blocks.get(i - 1).geometry().baseline() >= top) {
                i--;
            }
        }
        return i;
    }

    /** The items under Nơi nhận; in a PDF a line that does not start with a dash goes on the item before. */
    private List<Item> items(CheckedDocument doc, Block label, int end) {
        List<Item> out = new ArrayList<>();
        for (int i = label.index() + 1; i < end; i++) {
            Block b = blocks.get(i);
            if (!b.hasText() || b.isRule()) {
                continue;
            }
            boolean sameCell = label.cell() != null && b.cell() != null && b.cell().table() == label.cell().table()
                    && b.cell().row() == label.cell().row() && b.cell().column() == label.cell().column();
            boolean inColumn = doc.isPdf() ? b.page() == label.page() && b.side() == Block.Side.LEFT
                    : label.cell() == null ? b.cell() == null : sameCell;
            if (!inColumn) {
                if (label.cell() == null && !doc.isPdf() && !out.isEmpty()) {
                    break;
                }
                continue;
            }
            // A line under '- Lưu: ….' is box 12 ("Nhlt.(12)"), not the rest of the archive's line.
            boolean afterArchive = !out.isEmpty() && out.get(out.size() - 1).text().startsWith("- Lưu")
                    && out.get(out.size() - 1).text().endsWith(".") && ClosingRules.DRAFTER.matcher(b.text()).matches();
            if (doc.isPdf() && !out.isEmpty() && !afterArchive && !DASH.matcher(b.text()).matches()) {
                Item last = out.remove(out.size() - 1);
                List<Block> joined = new ArrayList<>(last.blocks());
                joined.add(b);
                out.add(new Item(last.text() + " " + b.text(), joined));
            } else {
                out.add(new Item(b.text(), List.of(b)));
            }
        }
        return out;
    }

    /** The signature block: the other cell of Nơi nhận's row (DOCX), the right column beside and under it (PDF). */
    private List<Block> signature(CheckedDocument doc, Block label, int end) {
        List<Block> out = new ArrayList<>();
        int from = doc.isPdf() ? closingStart(doc, label) : label.index() + 1;
        if (label.cell() != null) {
            from = closingStart(doc, label);
        }
        for (int i = from; i < end; i++) {
            Block b = blocks.get(i);
            if (!b.hasText() || b.isRule()) {
                continue;
            }
            boolean take;
            if (doc.isPdf()) {
                take = b.page() == label.page() && b.side() == Block.Side.RIGHT;
            } else if (label.cell() != null) {
                take = b.cell() != null && b.cell().table() == label.cell().table() && b.cell().row() == label.cell().row()
                        && b.cell().column() != label.cell().column();
            } else {
                take = b.cell() == null && !DASH.matcher(b.text()).matches() && !b.text().startsWith("Nơi nhận");
            }
            if (take) {
                out.add(b);
            }
        }
        return out;
    }

    private List<Appendix> appendices(List<Block> labels) {
        List<Appendix> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            Block label = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1).index() : blocks.size();
            List<Block> title = new ArrayList<>();
            List<Block> reference = new ArrayList<>();
            Block line = null;
            int i = label.index() + 1;
            for (; i < end; i++) {
                Block b = blocks.get(i);
                if (b.isRule() || b.cell() != null || (b.hasText() && b.text().startsWith("("))) {
                    break;
                }
                if (b.hasText()) {
                    if (b.align() != Block.Align.CENTER) {
                        break;
                    }
                    title.add(b);
                }
            }
            if (i < end && blocks.get(i).hasText() && blocks.get(i).text().startsWith("(")) {
                for (; i < end; i++) {
                    Block b = blocks.get(i);
                    reference.add(b);
                    if (b.text().endsWith(")") || b.para() != null) {
                        i++;
                        break;
                    }
                }
            }
            if (i < end && blocks.get(i).isRule()) {
                line = blocks.get(i);
            }
            out.add(new Appendix(label, title, reference, line, label.index(), end));
        }
        return out;
    }
}
