package vn.vanban.docx4j.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header boxes: national title and motto (ô 1), the agency (ô 2), number and symbol (ô 3),
 * place and date (ô 4) — Phụ lục I, Phần I, II.1–4.
 */
final class HeaderRules {

    private HeaderRules() {
    }

    static final Rule NATIONAL_TITLE = Rule.both("C5", "national-title", "NĐ 30/2020, Phụ lục I, Phần I, II.1.a",
            "'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' on one line, upper case, bold, 12–13 pt, centred", (doc, out) -> {
                Block t = doc.marks().nationalTitle;
                if (t == null) {
                    out.add(Place.document(), "no national title", Say.quote(TextForms.NATIONAL_TITLE) + " at the top of page 1, on one line");
                    return;
                }
                if (!TextForms.isNationalTitle(t.text())) {
                    out.add(t, Say.quote(t.text()), Say.quote(TextForms.NATIONAL_TITLE) + " in upper case");
                }
                Say.style(t, out, doc.measures().nationalTitle, true, false, "the national title");
                Say.centred(t, out, "the national title");
            });

    static final Rule MOTTO = Rule.both("C6", "motto", "NĐ 30/2020, Phụ lục I, Phần I, II.1.b–c",
            "'Độc lập - Tự do - Hạnh phúc' right under the national title, bold, 13–14 pt, centred", (doc, out) -> {
                Block m = doc.marks().motto;
                Block t = doc.marks().nationalTitle;
                if (m == null) {
                    out.add(t == null ? Place.document() : t.place(), "no motto", Say.quote(TextForms.MOTTO) + " under the national title");
                    return;
                }
                if (!m.text().equals(TextForms.MOTTO)) {
                    out.add(m, Say.quote(m.text()), Say.quote(TextForms.MOTTO)
                            + ": capitals only at each phrase's start, joined by a hyphen with a space each side");
                }
                Say.style(m, out, doc.measures().motto, true, false, "the motto");
                Say.centred(m, out, "the motto");
                if (t != null && !rightUnder(doc, t, m)) {
                    out.add(m, "the motto apart from the national title", "the motto on the line right under the national title");
                }
            });

    /** The motto is the next line of the title's column (DOCX: the next paragraph). */
    private static boolean rightUnder(CheckedDocument doc, Block title, Block motto) {
        if (!doc.isPdf()) {
            return motto.index() == title.index() + 1;
        }
        for (int i = title.index() + 1; i < motto.index(); i++) {
            Block b = doc.blocks().get(i);
            if (b.side() == title.side() && b.page() == title.page()) {
                return false;
            }
        }
        return motto.page() == title.page() && motto.geometry().baseline() > title.geometry().baseline();
    }

    static final Rule AGENCY = Rule.both("C8", "agency", "NĐ 30/2020, Phụ lục I, Phần I, II.2.b",
            "the issuing agency in upper case, bold, 12–13 pt; the parent agency above it upper case, not bold",
            (doc, out) -> {
                List<Block> lines = agencyLines(doc);
                if (lines.isEmpty()) {
                    out.add(Place.document(), "no agency name in the header's left box", "the issuing agency's name at the top left of page 1");
                    return;
                }
                Measures m = doc.measures();
                boolean boldSeen = false;
                for (Block b : lines) {
                    if (!TextForms.allUpper(b.text())) {
                        out.add(b, Say.quote(b.text()), "agency names in upper case");
                    }
                    boolean bold = b.all(Block.Span::bold);
                    if (!bold && boldSeen) {
                        out.add(b, "the issuing agency " + Say.weight(b), "the issuing agency bold (only a parent agency above it is not)");
                    }
                    boldSeen |= bold;
                    Say.style(b, out, bold ? m.agency : m.parentAgency, null, false, bold ? "the agency" : "the parent agency");
                }
                if (!boldSeen) {
                    Block last = lines.get(lines.size() - 1);
                    out.add(last, "the issuing agency " + Say.weight(last), "the issuing agency bold");
                }
            });

    /** The text lines of the header's left box above the number (or above the line under the agency). */
    static List<Block> agencyLines(CheckedDocument doc) {
        Landmarks k = doc.marks();
        int end = k.number != null ? k.number.index() : k.nationalTitle != null ? k.nationalTitle.index() + 3 : 0;
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < Math.min(end, doc.blocks().size()); i++) {
            Block b = doc.blocks().get(i);
            if (b.isRule()) {
                if (!out.isEmpty()) {
                    break;
                }
                continue;
            }
            if (b.hasText() && b.side() == Block.Side.LEFT && b.page() <= 1) {
                out.add(b);
            }
        }
        return out;
    }

    static final Rule NUMBER = Rule.both("C9", "number", "NĐ 30/2020, Phụ lục I, Phần I, II.3",
            "'Số: 07/KH-UBND': a colon after 'Số', numbers below 10 with a leading zero, the type's abbreviation "
                    + "then the agency's; 13 pt, upright, centred under the agency", (doc, out) -> {
                Block n = doc.marks().number;
                if (n == null) {
                    out.add(Place.document(), "no number line ('Số: …')", "the number and symbol under the agency's name");
                    return;
                }
                TextForms.numberProblem(n.text(), doc.type()).ifPresent(p -> out.add(n, Say.quote(n.text()), p));
                Say.style(n, out, doc.measures().number, false, false, "the number");
                if (n.side() == Block.Side.RIGHT) {
                    out.add(n, "the number in the right half", "the number under the agency, in the left half");
                }
                Say.centred(n, out, "the number");
            });

    static final Rule DATE_FORM = Rule.both("C10", "date-form", "NĐ 30/2020, Phụ lục I, Phần I, II.4.b–c",
            "'<Place>, ngày DD tháng M năm YYYY': days 1–9 and months 1–2 with a leading zero, months 3–12 without",
            (doc, out) -> {
                Block d = doc.marks().placeDate;
                if (d == null) {
                    out.add(Place.document(), "no place-and-date line", "'<Place>, ngày … tháng … năm …' beside the number");
                    return;
                }
                Optional<String> p = TextForms.dateProblem(d.text());
                p.ifPresent(problem -> out.add(d, Say.quote(d.text()), problem));
            });

    static final Rule DATE_STYLE = Rule.both("C10", "date-style", "NĐ 30/2020, Phụ lục I, Phần I, II.4.c",
            "the place and date in italic, 13–14 pt, on the number's line, centred under the motto", (doc, out) -> {
                Block d = doc.marks().placeDate;
                Block n = doc.marks().number;
                if (d == null) {
                    return;
                }
                Say.style(d, out, doc.measures().placeDate, null, true, "the place and date");
                Say.centred(d, out, "the place and date");
                if (d.side() == Block.Side.LEFT) {
                    out.add(d, "the place and date in the left half", "the place and date under the motto, in the right half");
                }
                if (n == null) {
                    return;
                }
                if (doc.isPdf()) {
                    double apart = Math.abs(d.geometry().baseline() - n.geometry().baseline());
                    if (d.page() != n.page() || apart > 2) {
                        out.add(d, "the date " + Say.pt(apart) + " off the number's line", "the place and date on the number's line");
                    }
                } else if (d.cell() != null && n.cell() != null
                        && (d.cell().table() != n.cell().table() || d.cell().row() != n.cell().row())) {
                    out.add(d, "the place and date in another row of the header than the number",
                            "the place and date on the number's line (the same row of the header table)");
                }
            });

    static List<Rule> all() {
        return List.of(NATIONAL_TITLE, MOTTO, AGENCY, NUMBER, DATE_FORM, DATE_STYLE);
    }
}
