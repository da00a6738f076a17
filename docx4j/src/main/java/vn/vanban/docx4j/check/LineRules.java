package vn.vanban.docx4j.check;

import vn.vanban.fonts.FontSet;

import java.util.List;

/**
 * The short solid lines: under the motto as long as it, under the agency's name and under the
 * summary 1/3 to 1/2 of their line, under an appendix's heading. A line is a paragraph's bottom
 * border, a drawn line or a row of underscores; its length is measured in the DOCX (a PDF draws
 * lines as paths, which this check does not read).
 */
final class LineRules {

    private LineRules() {
    }

    /** Text widths with Times New Roman's metrics (Liberation Serif has the same advances). */
    private static final class Metrics {
        static final FontSet FONTS = FontSet.liberationSerif();
    }

    static final Rule LINES = Rule.docx("C7", "lines",
            "NĐ 30/2020, Phụ lục I, Phần I, II.1.c, II.2.b, II.5.b; Phụ lục III, Mẫu 2.1",
            "a solid line under the motto as long as the motto; under the agency's name and under the summary, "
                    + "1/3–1/2 of their line; under an appendix's heading", (doc, out) -> {
                Landmarks k = doc.marks();
                Measures m = doc.measures();
                if (k.motto != null) {
                    check(doc, out, List.of(k.motto), lineAfter(doc, k.motto), m.mottoLine, "the motto");
                }
                List<Block> agency = HeaderRules.agencyLines(doc).stream().filter(b -> b.all(Block.Span::bold)).toList();
                if (!agency.isEmpty()) {
                    check(doc, out, agency, lineAfter(doc, agency.get(agency.size() - 1)), m.agencyLine, "the agency's name");
                }
                if (!k.summary.isEmpty() && TextForms.hasTypeLine(doc.type())) {
                    Block last = k.summary.get(k.summary.size() - 1);
                    check(doc, out, k.summary, k.summaryLine != null ? k.summaryLine : lineAfter(doc, last), m.summaryLine, "the summary");
                }
                for (Landmarks.Appendix a : k.appendices) {
                    if (a.line() == null && !a.reference().isEmpty()) {
                        Block last = a.reference().get(a.reference().size() - 1);
                        if (last.ruleLength() == null) {
                            out.add(last, "no line under the appendix's heading", "a short solid line under the reference line");
                        }
                    }
                }
            });

    /** The line under a block: its own bottom border, or a line-only paragraph right after it. */
    private static Block lineAfter(CheckedDocument doc, Block b) {
        if (b.ruleLength() != null) {
            return b;
        }
        int next = b.index() + 1;
        return next < doc.blocks().size() && doc.blocks().get(next).isRule() ? doc.blocks().get(next) : null;
    }

    private static void check(CheckedDocument doc, Rule.Findings out, List<Block> text, Block line, Measures.Measure fraction,
                              String what) {
        Block last = text.get(text.size() - 1);
        if (line == null) {
            out.add(last, "no line under " + what, "a solid line under " + what + ", " + fraction.range());
            return;
        }
        double longest = 0;
        for (Block b : text) {
            double room = b.cell() != null ? b.cell().textWidth() : doc.sections().get(Math.min(b.section(), doc.sections().size() - 1)).textWidth();
            for (String l : b.lines()) {
                double w = Metrics.FONTS.width(l, b.size(), b.all(Block.Span::bold), b.all(Block.Span::italic));
                longest = Math.max(longest, room > 0 ? Math.min(w, room) : w);
            }
        }
        if (longest <= 0) {
            return;
        }
        double ratio = line.ruleLength() / longest;
        if (!fraction.allows(ratio)) {
            out.add(line == last ? last : line, "a line of " + Say.mm(line.ruleLength()) + " under " + what + " "
                            + Say.mm(longest) + " long (" + Math.round(ratio * 100) + " %)",
                    "a line " + (fraction.min() == fraction.max() ? "as long as " + what + " (±" + Math.round(fraction.tolerance() * 100) + " %)"
                            : fraction.range()));
        }
    }

    static List<Rule> all() {
        return List.of(LINES);
    }
}
