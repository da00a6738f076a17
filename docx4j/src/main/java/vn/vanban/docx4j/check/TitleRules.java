package vn.vanban.docx4j.check;

import vn.vanban.model.DocumentType;

import java.util.List;
import java.util.Set;

/**
 * The type name and summary (ô 5a; a letter's "V/v" summary, ô 5b) and "Kính gửi" (ô 9a) —
 * Phụ lục I, Phần I, II.5 and II.9.
 */
final class TitleRules {

    /** The types that may be sent upward with "Kính gửi" (Phụ lục I, Phần I, II.9.b); a letter must be. */
    static final Set<DocumentType> ADDRESSED = Set.of(DocumentType.CONG_VAN, DocumentType.TO_TRINH,
            DocumentType.BAO_CAO);

    private TitleRules() {
    }

    static final Rule TYPE_NAME = Rule.both("C11", "type-name", "NĐ 30/2020, Phụ lục I, Phần I, II.5.b",
            "the type name ('KẾ HOẠCH') on its own line, upper case, bold, 13–14 pt, centred", (doc, out) -> {
                if (!TextForms.hasTypeLine(doc.type())) {
                    return;
                }
                String want = TextForms.typeLine(doc.type());
                Block t = doc.marks().typeLine;
                if (t == null) {
                    out.add(Place.document(), "no line " + Say.quote(want),
                            Say.quote(want) + " on its own line under the header (checking a " + doc.type().vietnameseName()
                                    + "; another type is named with --type)");
                    return;
                }
                if (!TextForms.upper(t.text()).equals(want)) {
                    out.add(t, "the type line " + Say.quote(t.text()), Say.quote(want) + " (checking a "
                            + doc.type().vietnameseName() + "; another type is named with --type)");
                } else if (!t.text().equals(want)) {
                    out.add(t, Say.quote(t.text()), Say.quote(want) + " in upper case");
                }
                Say.style(t, out, doc.measures().typeName, true, false, "the type name");
                if (t.align() != Block.Align.CENTER) {
                    out.add(t, "the type name " + Say.align(t), "the type name centred across the page");
                }
            });

    static final Rule SUMMARY = Rule.both("C12", "summary", "NĐ 30/2020, Phụ lục I, Phần I, II.5.b",
            "the summary right under the type name: normal case (not all capitals), bold, 13–14 pt, centred; "
                    + "a letter's 'V/v …' under its number, 12–13 pt, upright", (doc, out) -> {
                Landmarks k = doc.marks();
                if (!TextForms.hasTypeLine(doc.type())) {
                    letter(doc, out, k);
                    return;
                }
                if (k.typeLine == null) {
                    return;
                }
                if (k.summary.isEmpty()) {
                    out.add(k.typeLine, "no summary under the type name", "a one-phrase summary, centred, right under the type name");
                    return;
                }
                String text = String.join(" ", k.summary.stream().map(Block::text).toList());
                boolean shownInCapitals = k.summary.stream().anyMatch(b -> b.any(Block.Span::caps));
                if (!TextForms.hasLower(text) || shownInCapitals) {
                    out.add(k.summary.get(0), "the summary in capitals: " + Say.quote(text),
                            "the summary in normal case, only its first letter a capital (Phụ lục I, II.5.b)");
                }
                for (Block b : k.summary) {
                    Say.style(b, out, doc.measures().summary, true, false, "the summary");
                    if (b.align() != Block.Align.CENTER) {
                        out.add(b, "the summary " + Say.align(b), "the summary centred under the type name");
                    }
                }
            });

    private static void letter(CheckedDocument doc, Rule.Findings out, Landmarks k) {
        if (doc.type() != DocumentType.CONG_VAN) {
            return;
        }
        if (k.summary.isEmpty()) {
            out.add(k.number == null ? Place.document() : k.number.place(), "no 'V/v …' summary",
                    "a letter's summary after 'V/v', under its number");
            return;
        }
        Block v = k.summary.get(0);
        Say.style(v, out, doc.measures().letterSummary, null, false, "the summary");
        Say.centred(v, out, "the summary");
        if (v.side() == Block.Side.RIGHT) {
            out.add(v, "the summary in the right half", "a letter's summary under its number, in the left half");
        }
    }

    static final Rule ADDRESSEE = Rule.both("C19", "kinh-gui", "NĐ 30/2020, Phụ lục I, Phần I, II.9.b–d",
            "'Kính gửi:' in letters (and in reports and submissions sent upward), 13–14 pt; none in other types",
            (doc, out) -> {
                Block a = doc.marks().addressee;
                DocumentType type = doc.type();
                if (a == null) {
                    if (type == DocumentType.CONG_VAN) {
                        out.add(Place.document(), "no 'Kính gửi:'", "a letter names its addressees after 'Kính gửi:'");
                    }
                    return;
                }
                if (!ADDRESSED.contains(type)) {
                    out.add(a, Say.quote(a.text()), "no 'Kính gửi' in a " + type.vietnameseName()
                            + ": its recipients are listed under 'Nơi nhận'");
                    return;
                }
                if (!a.text().startsWith("Kính gửi:")) {
                    out.add(a, Say.quote(a.text()), "a colon after 'Kính gửi'");
                }
                Say.style(a, out, doc.measures().addressee, null, false, "'Kính gửi'");
            });

    static List<Rule> all() {
        return List.of(TYPE_NAME, SUMMARY, ADDRESSEE);
    }
}
