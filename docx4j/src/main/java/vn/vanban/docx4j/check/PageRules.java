package vn.vanban.docx4j.check;

import java.util.List;

/** The page: paper, orientation, margins and page numbers (Phụ lục I, Phần I, I.1–3 and I.7). */
final class PageRules {

    private static final double A4_SHORT = 210 * Measures.PT_PER_MM;
    private static final double A4_LONG = 297 * Measures.PT_PER_MM;
    /** ±2 twips in a DOCX; a PDF's page box is read to about a point. */
    private static final double PAPER_TOLERANCE = 1;
    private static final double NUMBER_CENTRE_TOLERANCE = 5 * Measures.PT_PER_MM;

    private PageRules() {
    }

    static final Rule PAPER = Rule.both("C1", "paper", "NĐ 30/2020, Phụ lục I, Phần I, I.1",
            "A4 paper, 210 × 297 mm", (doc, out) -> {
                if (doc.isPdf()) {
                    for (CheckedDocument.Page p : doc.pages()) {
                        if (!a4(p.width(), p.height())) {
                            out.add(Place.page(p.number(), ""), size(p.width(), p.height()), "A4, 210 × 297 mm");
                        }
                    }
                    return;
                }
                for (CheckedDocument.Section s : doc.sections()) {
                    if (!a4(s.width(), s.height())) {
                        out.add(Place.section(s.number()), size(s.width(), s.height()), "A4, 210 × 297 mm");
                    } else if (s.landscape() != s.width() > s.height()) {
                        out.add(Place.section(s.number()), "orientation '" + (s.landscape() ? "landscape" : "portrait")
                                + "' for a page " + size(s.width(), s.height()),
                                "the orientation that matches the page's width and height");
                    }
                }
            });

    static final Rule PORTRAIT = Rule.both("C21", "portrait", "NĐ 30/2020, Phụ lục I, Phần I, I.2",
            "portrait, the length of the A4 page upright; landscape only for pages of a table", (doc, out) -> {
                if (doc.isPdf()) {
                    if (!doc.pages().isEmpty() && doc.pages().get(0).landscape()) {
                        out.add(Place.page(1, ""), "the first page in landscape", "the document's first page in portrait");
                    }
                    return;
                }
                List<CheckedDocument.Section> sections = doc.sections();
                for (CheckedDocument.Section s : sections) {
                    if (s.width() <= s.height()) {
                        continue;
                    }
                    if (s.number() == 1) {
                        out.add(Place.section(1), "the first section (the document's first page) in landscape",
                                "the document's first page in portrait");
                    } else if (doc.blocks().stream().noneMatch(b -> b.section() == s.number() - 1 && b.cell() != null)) {
                        out.add(Place.section(s.number()), "a landscape section without a table",
                                "landscape only for pages that hold a table or form");
                    }
                }
            });

    static final Rule MARGINS = Rule.both("C2", "margins", "NĐ 30/2020, Phụ lục I, Phần I, I.3",
            "margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm", (doc, out) -> {
                Measures m = doc.measures();
                if (doc.isPdf()) {
                    pdfMargins(doc, out, m);
                    return;
                }
                for (CheckedDocument.Section s : doc.sections()) {
                    Place at = Place.section(s.number());
                    margin(out, at, m.top, s.top());
                    margin(out, at, m.bottom, s.bottom());
                    margin(out, at, m.left, s.left());
                    margin(out, at, m.right, s.right());
                    if (s.gutter() > 0.1) {
                        out.add(at, "a gutter of " + Say.mm(s.gutter()), "no gutter (the left margin is 30–35 mm as it is)");
                    }
                    if (s.headerDistance() >= s.top()) {
                        out.add(at, "the header " + Say.mm(s.headerDistance()) + " from the top edge, with a top margin of " + Say.mm(s.top()),
                                "the page number inside the top margin: the header nearer the edge than the text");
                    }
                }
            });

    private static void margin(Rule.Findings out, Place at, Measures.Measure m, double points) {
        if (!m.allows(points / Measures.PT_PER_MM)) {
            out.add(at, "a " + m.what() + " of " + Say.mm(points), "a " + m.what() + " of " + m.describe());
        }
    }

    /** A PDF tells no margins, only where its text is: the text must stay inside the decree's smallest margins. */
    private static void pdfMargins(CheckedDocument doc, Rule.Findings out, Measures m) {
        double left = m.left.min() * Measures.PT_PER_MM - 1;
        double right = m.right.min() * Measures.PT_PER_MM - 1;
        double top = m.top.min() * Measures.PT_PER_MM - 3;
        for (CheckedDocument.Page p : doc.pages()) {
            for (Block b : doc.blocks().subList(p.first(), p.end())) {
                Block.Geometry g = b.geometry();
                String where = g.x0() < left ? Say.mm(g.x0()) + " from the left edge"
                        : g.x1() > p.width() - right ? Say.mm(p.width() - g.x1()) + " from the right edge"
                        : g.baseline() - b.size() < top ? Say.mm(g.baseline() - b.size()) + " from the top edge" : null;
                if (where != null) {
                    out.add(b, "text " + where, "text inside the margins: left " + m.left.range() + ", right "
                            + m.right.range() + ", top " + m.top.range());
                    break;
                }
            }
            for (Block b : p.bottom()) {
                if (!b.text().matches("[0-9]+")) {
                    out.add(b, "text in the bottom margin", "a bottom margin of " + m.bottom.range() + " with no text in it");
                    break;
                }
            }
        }
    }

    static final Rule PAGE_NUMBERS = Rule.both("C3", "page-numbers", "NĐ 30/2020, Phụ lục I, Phần I, I.7; III.1.đ",
            "page numbers in the top margin from page 2, none on page 1; each appendix numbered from 1", (doc, out) -> {
                if (doc.isPdf()) {
                    PageNumbers.pdf(doc, out);
                } else {
                    PageNumbers.docx(doc, out);
                }
            });

    static final Rule PAGE_NUMBER_STYLE = Rule.both("C3", "page-number-style", "NĐ 30/2020, Phụ lục I, Phần I, I.7",
            "page numbers in Arabic digits, 13–14 pt, upright, centred", (doc, out) -> {
                Measures.Measure size = doc.measures().pageNumber;
                if (!doc.isPdf()) {
                    for (CheckedDocument.Section s : doc.sections()) {
                        CheckedDocument.Header h = s.header();
                        if (h == null || !h.pageNumber() || (s.number() > 1 && h.equals(doc.sections().get(s.number() - 2).header()))) {
                            continue;
                        }
                        Place at = Place.section(s.number());
                        if (!size.allows(h.size())) {
                            out.add(at, "the page number at " + Say.pt(h.size()), "the page number at " + size.describe());
                        }
                        if (h.bold() || h.italic()) {
                            out.add(at, "the page number " + (h.bold() ? "bold" : "italic"), "the page number upright, not bold");
                        }
                        if (h.align() != Block.Align.CENTER) {
                            out.add(at, "the page number not centred", "the page number centred across the page");
                        }
                    }
                    return;
                }
                for (CheckedDocument.Page p : doc.pages()) {
                    for (Block b : p.top()) {
                        if (!b.text().matches("[0-9]+")) {
                            continue;
                        }
                        Say.style(b, out, size, false, false, "the page number");
                        double left = doc.measures().left.chosen() * Measures.PT_PER_MM;
                        double textCentre = (left + p.width() - doc.measures().right.chosen() * Measures.PT_PER_MM) / 2;
                        double c = b.geometry().centre();
                        if (Math.abs(c - textCentre) > NUMBER_CENTRE_TOLERANCE && Math.abs(c - p.width() / 2) > NUMBER_CENTRE_TOLERANCE) {
                            out.add(b, "the page number " + Say.mm(Math.abs(c - textCentre)) + " off the text's centre",
                                    "the page number centred, within 5 mm");
                        }
                    }
                }
            });

    static List<Rule> all() {
        return List.of(PAPER, PORTRAIT, MARGINS, PAGE_NUMBERS, PAGE_NUMBER_STYLE);
    }

    private static boolean a4(double w, double h) {
        return Math.abs(Math.min(w, h) - A4_SHORT) <= PAPER_TOLERANCE && Math.abs(Math.max(w, h) - A4_LONG) <= PAPER_TOLERANCE;
    }

    private static String size(double w, double h) {
        return Say.mm(w) + " × " + Say.mm(h);
    }
}
