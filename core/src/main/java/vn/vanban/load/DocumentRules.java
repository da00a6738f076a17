package vn.vanban.load;

import vn.vanban.model.AttachedText;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;

import java.util.List;
import java.util.Set;

import static vn.vanban.load.Paths.index;

/**
 * The rules of the fields only some types have: a decision's authority line and the text it
 * issues (templates 1.2 and 1.3), the addressees of a Công văn (template 1.5).
 */
final class DocumentRules {

    /** The types sent to someone by name (box 9a): a letter, and the texts sent upward. */
    static final Set<DocumentType> ADDRESSED = Set.of(DocumentType.CONG_VAN, DocumentType.TO_TRINH,
            DocumentType.BAO_CAO);

    private DocumentRules() {
    }

    static void of(Plan p, Violations out) {
        DocumentType type = p.type();
        if (type == null) {
            return;
        }
        String name = type.vietnameseName().toLowerCase(vn.vanban.text.VietnameseCase.VIETNAMESE);
        if (out.line("authority", p.authority(), false) && p.authority() != null && type != DocumentType.QUYET_DINH) {
            out.add(new Violations.Violation("authority", "'authority' is the line of a decision (type: quyet-dinh) "
                    + "naming who decides; a " + name + " has none: leave it out", "authority", true));
        }
        addressees(p, type, name, out);
        AttachedText a = p.attached();
        if (a == null) {
            return;
        }
        if (type != DocumentType.QUYET_DINH) {
            out.add(new Violations.Violation("attached", "'attached' is the text a decision (type: quyet-dinh) issues; "
                    + "a " + name + " does not issue one: make the " + name + " a decision, or leave it out",
                    "attached", true));
        }
        if (!p.appendices().isEmpty()) {
            out.add(new Violations.Violation("appendices", "a decision that issues a text has no appendices of its "
                    + "own: move them under 'attached', where the text they belong to is", "appendices", true));
        }
        out.required("attached.type", a.type());
        if (a.type() == DocumentType.QUYET_DINH || a.type() == DocumentType.CONG_VAN) {
            // "Ban hành kèm theo Quyết định này Quyết định …": a decision issues a text, not a
            // decision or a letter.
            out.add(new Violations.Violation("attached.type", "a decision issues a text with a type name (a kế "
                    + "hoạch, a quy chế, a quy định …), not a " + a.type().vietnameseName().toLowerCase(
                    vn.vanban.text.VietnameseCase.VIETNAMESE) + ": give that type, or leave 'type' out for a kế "
                    + "hoạch", "attached.type", true));
        }
        out.lines("attached.summary", a.summary(), true);
        out.line("attached.closing", a.closing(), false);
        if (a.basis() != null) {
            PlanValidator.basis("attached.basis", a.basis(), out);
        }
    }

    private static void addressees(Plan p, DocumentType type, String name, Violations out) {
        List<String> to = p.addressees();
        if (!to.isEmpty() && !ADDRESSED.contains(type)) {
            out.add(new Violations.Violation("addressees", "a " + name + " has no 'Kính gửi' (box 9a): it goes to "
                    + "its recipients; leave 'addressees' out, or list them under recipients.to", "addressees", true));
        }
        if (to.isEmpty() && type == DocumentType.CONG_VAN) {
            out.missing("addressees", ": a công văn is addressed to someone ('Kính gửi'); write, for example, "
                    + "addressees: [\"Ủy ban nhân dân các xã, phường\"]");
        }
        for (int i = 0; i < to.size(); i++) {
            String path = index("addressees", i);
            if (i == PlanLimits.RECIPIENTS) {
                out.add(PlanLimits.tooMany(path, "addressees", name, PlanLimits.RECIPIENTS));
            }
            String a = to.get(i);
            if (out.line(path, a, true)) {
                String t = a.strip();
                if (t.startsWith("-") || t.endsWith(";") || t.endsWith(".")) {
                    out.add(path, "write the addressee without the leading '- ' and the final ';' or '.': they are "
                            + "added when the letter is rendered");
                }
            }
        }
    }
}
