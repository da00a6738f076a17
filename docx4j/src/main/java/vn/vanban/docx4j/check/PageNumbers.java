package vn.vanban.docx4j.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule C3's two readings: in a DOCX, the fields of the headers and footers of each section; in a
 * PDF, the numbers shown in the top margin of each page. Page 1 shows none; the others show theirs;
 * each appendix counts from 1 again (its first page may show 1 or nothing).
 */
final class PageNumbers {

    private PageNumbers() {
    }

    static void docx(CheckedDocument doc, Rule.Findings out) {
        List<CheckedDocument.Section> sections = doc.sections();
        CheckedDocument.Section first = sections.get(0);
        if (!first.titlePage()) {
            if (first.header() != null && first.header().pageNumber()) {
                out.add(Place.section(1), "the page number on page 1 too (no first-page header of its own, w:titlePg)",
                        "no number on page 1: a first-page header without the PAGE field");
            }
        } else if (first.firstHeader() != null && first.firstHeader().pageNumber()) {
            out.add(Place.section(1), "a PAGE field in the first-page header", "no number on page 1");
        }
        boolean onePage = doc.pageCount() == 1;
        for (CheckedDocument.Section s : sections) {
            if (!onePage && (s.header() == null || !s.header().pageNumber())) {
                out.add(Place.section(s.number()), "no page number in the header of the pages after the first",
                        "a PAGE field in the header, so that every page from the second on shows its number");
            }
            if (s.footerNumber()) {
                out.add(Place.section(s.number()), "a page number in the footer", "page numbers in the top margin, none in the footer");
            }
        }
        for (Landmarks.Appendix a : doc.marks().appendices) {
            Block label = a.label();
            boolean ownSection = label.section() > 0 && doc.blocks().subList(0, label.index()).stream()
                    .filter(Block::hasText).reduce((x, y) -> y).map(b -> b.section() < label.section()).orElse(true);
            if (!ownSection) {
                out.add(label, "the appendix in the same section as the text before it, its pages numbered on",
                        "each appendix a section of its own, its pages numbered from 1");
                continue;
            }
            CheckedDocument.Section s = sections.get(Math.min(label.section(), sections.size() - 1));
            if (s.pageStart() == null || s.pageStart() != 1) {
                out.add(Place.section(s.number()), s.pageStart() == null ? "the appendix's page numbers running on from the document's"
                        : "the appendix's pages numbered from " + s.pageStart(), "each appendix numbered from 1 (w:pgNumType w:start=\"1\")");
            }
        }
    }

    static void pdf(CheckedDocument doc, Rule.Findings out) {
        Set<Integer> appendixStarts = new HashSet<>();
        for (Landmarks.Appendix a : doc.marks().appendices) {
            CheckedDocument.Page p = doc.pages().get(a.label().page() - 1);
            if (a.label().index() - p.first() < 3) {
                appendixStarts.add(p.number());
            }
        }
        // The text a decision issues (template 1.3) opens a page under a header of its own, the
        // national title among the page's first lines: it is numbered from 1, as an appendix is.
        for (CheckedDocument.Page p : doc.pages()) {
            for (int i = p.first(); p.number() > 1 && i < Math.min(doc.blocks().size(), p.first() + 5); i++) {
                if (TextForms.looksLikeNationalTitle(doc.blocks().get(i).text())) {
                    appendixStarts.add(p.number());
                }
            }
        }
        int previous = 1;
        for (CheckedDocument.Page p : doc.pages()) {
            Block shown = p.top().stream().filter(b -> b.text().matches("[0-9]{1,4}")).findFirst().orElse(null);
            if (p.number() == 1) {
                if (shown != null) {
                    out.add(shown, "the number " + shown.text() + " on page 1", "no number on page 1");
                }
                continue;
            }
            boolean starts = appendixStarts.contains(p.number());
            int expected = starts ? 1 : previous + 1;
            if (shown == null) {
                if (!starts) {
                    out.add(Place.page(p.number(), ""), "no page number in the top margin",
                            "the page's number, " + expected + ", centred in the top margin");
                }
                previous = expected;
                continue;
            }
            int n = Integer.parseInt(shown.text());
            if (n != expected) {
                out.add(shown, "the number " + n, starts ? "an appendix's first page numbered 1, or not at all"
                        : "the number " + expected + " (pages numbered in turn" + (appendixStarts.isEmpty() ? "" : ", each appendix from 1") + ")");
            }
            previous = n;
        }
    }
}
