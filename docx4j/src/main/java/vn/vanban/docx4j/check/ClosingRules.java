package vn.vanban.docx4j.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Nơi nhận (ô 9b) and the signature block (ô 7a, 7b) — Phụ lục I, Phần I, II.7 and II.9.d. */
final class ClosingRules {

    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\b(.?)\\s*.*");
    private static final Pattern ACADEMIC = Pattern.compile("^(GS|PGS|TS|ThS|KS|BS|CN|TSKH)\\.\\s.*");
    private static final Pattern ARCHIVE = Pattern.compile("^- Lưu: VT(, .+)?\\.$");
    /**
     * Box 12 under the list: the drafter's letters and the number of copies, "PL.(300)", or the
     * drafter's initials as clerks write them, "Nhlt.(12)".
     */
    static final Pattern DRAFTER = Pattern.compile("^(?:[\\p{Lu}\\p{N}.,()\\s]+|\\p{L}[\\p{L}\\p{N}]*\\.?\\s?\\(\\d+\\))$");

    private ClosingRules() {
    }

    static final Rule SIGNATURE = Rule.both("C17", "signature", "NĐ 30/2020, Phụ lục I, Phần I, II.7.b–c",
            "the authority (TM., KT., TL., TUQ., Q.) and position in upper case, the signer's name in normal case "
                    + "without titles, all bold, 13–14 pt, centred", (doc, out) -> {
                Landmarks k = doc.marks();
                if (k.recipientsLabel == null) {
                    return;
                }
                List<Block> lines = new ArrayList<>();
                for (Block b : k.signature) {
                    String t = b.text();
                    // A note in brackets ("(Chữ ký, dấu)", over one line or two) and "Đã ký" stand for the signature.
                    if (!(t.startsWith("(") || t.endsWith(")") || t.equalsIgnoreCase("đã ký") || t.startsWith("[")
                            || t.startsWith("Nơi nhận"))) {
                        lines.add(b);
                    }
                }
                if (lines.isEmpty()) {
                    out.add(k.recipientsLabel, "no signature block beside Nơi nhận",
                            "the signer's position and name in the right half, level with Nơi nhận");
                    return;
                }
                Block name = lines.get(lines.size() - 1);
                List<Block> titles = lines.subList(0, lines.size() - 1);
                Measures.Measure size = doc.measures().signature;
                if (titles.isEmpty()) {
                    out.add(name, "no position above the signer's name", "the signer's position (and authority) above the name");
                }
                for (int i = 0; i < titles.size(); i++) {
                    Block t = titles.get(i);
                    var m = AUTHORITY.matcher(t.text());
                    if (i == 0 && m.matches() && !m.group(2).equals(".")) {
                        out.add(t, Say.quote(t.text()), "the authority written with its full stop: '" + m.group(1) + ". …'");
                    }
                    if (i == 0 && m.matches() && m.group(1).equals("KT") && titles.size() < 2) {
                        out.add(t, "'KT.' with no position of the deputy under it", "under 'KT. <head's title>' the signer's own position");
                    }
                    if (!TextForms.allUpper(t.text())) {
                        out.add(t, Say.quote(t.text()), "the authority and position in upper case");
                    }
                    Say.style(t, out, size, true, false, "the position");
                    Say.centred(t, out, "the position");
                }
                if (TextForms.allUpper(name.text())) {
                    out.add(name, "the name in capitals: " + Say.quote(name.text()), "the signer's name in normal case ('Nguyễn Văn A')");
                }
                if (ACADEMIC.matcher(name.text()).matches()) {
                    out.add(name, Say.quote(name.text()), "the name without an academic title or degree before it");
                }
                Say.style(name, out, size, true, false, "the name");
                Say.centred(name, out, "the name");
            });

    static final Rule RECIPIENTS_LABEL = Rule.both("C18", "recipients-label", "NĐ 30/2020, Phụ lục I, Phần I, II.9.d",
            "'Nơi nhận:' on a line of its own at the left margin, level with the signer's position, bold italic, 12 pt",
            (doc, out) -> {
                Block l = doc.marks().recipientsLabel;
                if (l == null) {
                    out.add(Place.document(), "no 'Nơi nhận:'", "'Nơi nhận:' and the list of recipients at the bottom left");
                    return;
                }
                if (!l.text().equals("Nơi nhận:")) {
                    out.add(l, Say.quote(l.text()), "'Nơi nhận:' alone on its line, with its colon");
                }
                Say.style(l, out, doc.measures().recipientsLabel, true, true, "'Nơi nhận:'");
                List<Block> signature = doc.marks().signature;
                if (doc.isPdf() && !signature.isEmpty()) {
                    Block first = signature.get(0);
                    double apart = Math.abs(first.geometry().baseline() - l.geometry().baseline());
                    if (first.page() != l.page() || apart > first.size()) {
                        out.add(l, "'Nơi nhận:' " + Say.pt(apart) + " off the line of " + Say.quote(first.text()),
                                "'Nơi nhận:' level with the first line of the signer's position");
                    }
                }
                if (l.side() == Block.Side.RIGHT) {
                    out.add(l, "'Nơi nhận:' in the right half", "'Nơi nhận:' at the left margin");
                } else if (l.para() != null && (l.align() == Block.Align.CENTER || l.align() == Block.Align.RIGHT
                        || l.para().indentLeft() + Math.max(0, l.para().firstLine()) > 1)) {
                    out.add(l, "'Nơi nhận:' " + Say.align(l) + (l.para().indentLeft() > 1 ? ", indented" : ""),
                            "'Nơi nhận:' flush with the left margin");
                }
            });

    static final Rule RECIPIENTS = Rule.both("C18", "recipients", "NĐ 30/2020, Phụ lục I, Phần I, II.9.d",
            "each recipient on a line starting '- ' and ending ';', the last line '- Lưu: VT, <unit>.'; 11 pt, upright",
            (doc, out) -> {
                Landmarks k = doc.marks();
                if (k.recipientsLabel == null) {
                    return;
                }
                List<Landmarks.Item> items = new ArrayList<>(k.recipients);
                while (!items.isEmpty() && !items.get(items.size() - 1).text().startsWith("-")
                        && DRAFTER.matcher(items.get(items.size() - 1).text()).matches()) {
                    items.remove(items.size() - 1);
                }
                if (items.isEmpty()) {
                    out.add(k.recipientsLabel, "no recipients under 'Nơi nhận:'", "the recipients, one a line, and '- Lưu: VT.' last");
                    return;
                }
                Measures.Measure size = doc.measures().recipient;
                for (int i = 0; i < items.size(); i++) {
                    Landmarks.Item item = items.get(i);
                    String t = item.text();
                    boolean last = i == items.size() - 1;
                    if (!t.startsWith("- ")) {
                        out.add(item.first(), Say.quote(t), "each recipient on its own line after a hyphen and a space: '- …'");
                    } else if (last && !ARCHIVE.matcher(t).matches()) {
                        out.add(item.first(), t.startsWith("- Lưu") ? Say.quote(t) : "the list ends with " + Say.quote(t),
                                "the last line '- Lưu: VT, <drafting unit>.' (a colon after Lưu, a full stop at the end)");
                    } else if (!last && !t.endsWith(";")) {
                        out.add(item.first(), Say.quote(t), t.startsWith("- Lưu") ? "'- Lưu: VT…' as the list's last line"
                                : "a semicolon at the end of each recipient's line but the last");
                    }
                    for (Block b : item.blocks()) {
                        Say.style(b, out, size, null, false, "the recipient");
                    }
                }
            });

    static List<Rule> all() {
        return List.of(SIGNATURE, RECIPIENTS_LABEL, RECIPIENTS);
    }
}
