package vn.vanban.docx4j.check;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The body (ô 6): size, justification, indent, spacing and line height, the end mark — Phụ lục I, Phần I, II.6.e. */
final class BodyRules {

    /** A paragraph longer than this runs over more than one line, where justification and indent show. */
    private static final int RUNNING_TEXT = 80;
    private static final double INDENT_TOLERANCE = 0.15;
    /** The end mark written wrong: after other punctuation, doubled, or with an extra dot. */
    private static final Pattern BAD_END = Pattern.compile(".*([.;:,!?…]\\s*\\./\\.|\\./\\.\\s*\\./\\.|\\.\\s+/\\s*\\.)$");

    private BodyRules() {
    }

    static final Rule BODY_TEXT = Rule.both("C13", "body-text", "NĐ 30/2020, Phụ lục I, Phần I, II.6.e",
            "body text 13–14 pt, justified, each paragraph's first line indented 1 cm or 1.27 cm", (doc, out) -> {
                Measures m = doc.measures();
                for (Block b : doc.marks().body()) {
                    if (!Say.sized(b, m.body)) {
                        out.add(b, "text at " + Say.sizes(b), "body text at " + m.body.describe());
                    }
                    if (b.para() == null || b.text().length() <= RUNNING_TEXT) {
                        continue;
                    }
                    if (b.align() != Block.Align.JUSTIFY) {
                        out.add(b, "a paragraph " + Say.align(b), "body paragraphs justified (aligned on both margins)");
                    }
                    double indent = b.para().firstLine();
                    if (m.firstLines.stream().noneMatch(v -> Math.abs(v - indent) <= INDENT_TOLERANCE)) {
                        out.add(b, "a first-line indent of " + (indent == 0 ? "0" : Say.mm(indent)),
                                "a first-line indent of 1 cm or 1.27 cm (vanban: " + Say.mm(m.firstLines.get(0)) + ")");
                    }
                }
            });

    static final Rule SPACING = Rule.docx("C13", "paragraph-spacing", "NĐ 30/2020, Phụ lục I, Phần I, II.6.e",
            "at least 6 pt between the body's paragraphs", (doc, out) -> {
                Measures.Measure gap = doc.measures().paragraphGap;
                Block previous = null;
                for (Block b : doc.marks().body()) {
                    if (previous != null && previous.index() == b.index() - 1) {
                        boolean suppressed = b.para().contextualSpacing() && Say.same(b.para().style(), previous.para().style());
                        // Word and LibreOffice add the space below one paragraph to the space above the next.
                        double space = suppressed ? 0 : b.para().before() + previous.para().after();
                        if (!gap.allows(space)) {
                            out.add(b, Say.pt(space) + " above the paragraph" + (suppressed ? " (contextual spacing)" : ""),
                                    gap.describe() + " between paragraphs");
                        }
                    }
                    previous = b;
                }
            });

    static final Rule LINE_SPACING = Rule.both("C14", "line-spacing", "NĐ 30/2020, Phụ lục I, Phần I, II.6.e",
            "body lines spaced from single to 1.5 lines", (doc, out) -> {
                Measures.Measure range = doc.measures().lineSpacing;
                if (doc.isPdf()) {
                    pdfLineSpacing(doc, out, range);
                    return;
                }
                for (Block b : doc.marks().body()) {
                    double size = b.size();
                    if (size <= 0) {
                        continue;
                    }
                    double lines = b.para().lineExact() ? b.para().line() / Measures.singleLine(size) : b.para().line();
                    if (!range.allows(lines)) {
                        out.add(b, b.para().lineExact() ? "lines " + Say.pt(b.para().line()) + " apart at " + Say.pt(size)
                                + " (" + Measures.format(Math.round(lines * 100) / 100.0) + " lines)"
                                : Measures.format(lines) + " line spacing", "line spacing of " + range.describe());
                    }
                }
            });

    /**
     * In a PDF, the distance from baseline to baseline of the body's lines of one size: the most
     * common one is the line spacing (the others include the space between paragraphs).
     */
    private static void pdfLineSpacing(CheckedDocument doc, Rule.Findings out, Measures.Measure range) {
        Map<Double, Integer> pitches = new TreeMap<>();
        Map<Double, Block> where = new TreeMap<>();
        double size = 0;
        Block previous = null;
        for (Block b : doc.marks().body()) {
            if (previous != null && previous.page() == b.page() && Math.abs(previous.size() - b.size()) < 0.05) {
                double pitch = Math.round((b.geometry().baseline() - previous.geometry().baseline()) * 4) / 4.0;
                if (pitch > 0) {
                    pitches.merge(pitch, 1, Integer::sum);
                    where.putIfAbsent(pitch, b);
                }
            }
            previous = b;
            size = Math.max(size, b.size());
        }
        if (pitches.isEmpty() || size <= 0) {
            return;
        }
        double common = pitches.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double lines = common / Measures.singleLine(size);
        if (!range.allows(lines)) {
            out.add(where.get(common), "lines " + Say.pt(common) + " apart at " + Say.pt(size) + " ("
                    + Measures.format(Math.round(lines * 100) / 100.0) + " lines)", "line spacing of " + range.describe());
        }
    }

    static final Rule END_MARK = Rule.both("C16", "end-mark", "NĐ 30/2020, Phụ lục III, Mẫu 1.4",
            "the body ends with './.' right after its last word", (doc, out) -> {
                List<Block> body = doc.marks().body();
                if (body.isEmpty()) {
                    return;
                }
                Block last = body.get(body.size() - 1);
                String t = last.text();
                String tail = t.length() > 12 ? "…" + t.substring(t.length() - 12) : t;
                if (!t.endsWith("./.") || t.endsWith(" ./.")) {
                    out.add(last, "the body ends " + Say.quote(tail), "the body's last sentence ending with './.'");
                } else if (BAD_END.matcher(t).matches()) {
                    out.add(last, "the end mark written " + Say.quote(tail), "one './.' right after the last word, in place of its full stop");
                }
            });

    static List<Rule> all() {
        return List.of(BODY_TEXT, SPACING, LINE_SPACING, Numbering.RULE, END_MARK);
    }
}
