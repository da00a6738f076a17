package vn.vanban.load;

import vn.vanban.model.AttachedText;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;
import vn.vanban.text.VietnameseCase;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * The rules of the fields only some types have: a decision's authority line and the text it
 * issues (templates 1.2 and 1.3), the addressees of a Công văn (template 1.5).
 */
final class DocumentRules {

    /** The types sent to someone by name (box 9a): a letter, and the texts sent upward. */
    static final Set<DocumentType> ADDRESSED = Set.of(DocumentType.CONG_VAN, DocumentType.TO_TRINH,
            DocumentType.BAO_CAO);

    /** A letter's summary typed as printed: "V/v …", "v/v: …". */
    private static final Pattern LETTER_SUMMARY = Pattern.compile("\\s*v\\s*/\\s*v(\\s|[.:]|$)",
            Pattern.CASE_INSENSITIVE);

    private DocumentRules() {
    }

    static void of(Plan p, Violations out) {
        DocumentType type = p.type();
        if (type == null) {
            return;
        }
        String name = type.vietnameseName().toLowerCase(VietnameseCase.VIETNAMESE);
        if (out.line("authority", p.authority(), false) && p.authority() != null && type != DocumentType.QUYET_DINH) {
            out.addAtKey("authority", "'authority' is the line of a decision (type: quyet-dinh) "
                    + "naming who decides; a " + name + " has none: leave it out");
        }
        addressees(p, type, name, out);
        if (type == DocumentType.CONG_VAN && p.summary() != null && LETTER_SUMMARY.matcher(p.summary()).lookingAt()) {
            // Refused, not stripped: the file then says what is printed, as addressees and recipients do.
            out.add("summary", "write the summary without 'V/v': a công văn's summary is printed 'V/v …' under its "
                    + "number, so " + Problems.quote(p.summary()) + " would read 'V/v v/v …'");
        }
        if (type != DocumentType.CONG_VAN && p.summary() != null) {
            ownSummary(p.summary(), type, out);
        }
        if (type.abbreviation().isEmpty() && p.symbol() != null && !p.symbol().isBlank()) {
            untypedSymbol(p, name, out);
        }
        if (type == DocumentType.QUYET_DINH) {
            if (p.issuedBy() != null) {
                out.addAtKey("issuedBy", "a decision is its authority's: the text it issues and "
                        + "its appendices name it as the authority line does ('của Giám đốc Sở …'); leave 'issuedBy' "
                        + "out, or set 'authority'");
            }
            DecisionRules.of(p, out);
        }
        AttachedText a = p.attached();
        if (a == null) {
            return;
        }
        if (type != DocumentType.QUYET_DINH) {
            out.addAtKey("attached", "'attached' is the text a decision (type: quyet-dinh) issues; "
                    + "a " + name + " does not issue one: make the " + name + " a decision, or leave it out");
        }
        if (!p.appendices().isEmpty()) {
            out.addAtKey("appendices", "a decision that issues a text has no appendices of its "
                    + "own: move them under 'attached', where the text they belong to is");
        }
        out.required("attached.type", a.type());
        if (a.type() == DocumentType.QUYET_DINH || a.type() == DocumentType.CONG_VAN) {
            // "Ban hành kèm theo Quyết định này Quyết định …": a decision issues a text, not a
            // decision or a letter.
            out.addAtKey("attached.type", "a decision issues a text with a type name (a kế "
                    + "hoạch, a quy chế, a quy định …), not a " + a.type().vietnameseName().toLowerCase(
                    VietnameseCase.VIETNAMESE) + ": give that type, or leave 'type' out for a kế "
                    + "hoạch");
        }
        if (out.lines("attached.summary", a.summary(), true) && type == DocumentType.QUYET_DINH
                && a.type() != null && a.type() != DocumentType.QUYET_DINH && a.type() != DocumentType.CONG_VAN) {
            String typeName = a.type().vietnameseName();
            if (opensWith(a.summary().strip(), typeName)) {
                out.add("attached.summary", "write the summary without '" + typeName + "': the type name is printed "
                        + "above it and 'Điều 1. Ban hành kèm theo Quyết định này " + typeName + " …' adds it, so "
                        + Problems.quote(a.summary()) + " would read '" + typeName + " "
                        + typeName.toLowerCase(VietnameseCase.VIETNAMESE) + " …'");
            }
        }
        out.line("attached.closing", a.closing(), false);
        if (a.basis() != null) {
            PlanValidator.attachedBasis(a.basis(), out);
        }
    }

    /**
     * A summary under a type name typed as it reads in a citation: "V/v …" or "Quyết định về việc
     * …" under "QUYẾT ĐỊNH" print the words twice. Warned, not refused: a plan may be about "Kế
     * hoạch hóa gia đình".
     */
    private static void ownSummary(String summary, DocumentType type, Violations out) {
        String first = summary.strip();
        String typeName = type.vietnameseName();
        if (LETTER_SUMMARY.matcher(first).lookingAt()) {
            out.warn("summary", "a summary that opens with 'V/v' is a công văn's; under '"
                    + VietnameseCase.upper(typeName) + "' write it without 'V/v' (\"Về việc …\" or what it is about)");
        } else if (opensWith(first, typeName)) {
            out.warn("summary", "the summary opens with the type name '" + typeName + "', which is printed above "
                    + "it in capitals; write it without, unless the text is about that ("
                    + Problems.quote(summary.length() > 60 ? summary.substring(0, 60) + "…" : summary) + ")");
        }
    }

    /**
     * The symbol of a type that has no abbreviation, a công văn's (spec, "Ký hiệu"): its agency's
     * abbreviation and its drafting unit's ("UBND-VP"), no type's. One that opens with a type's
     * abbreviation and then names the issuer ("KH-STNMT" of the Sở whose abbreviation is STNMT) is
     * the symbol of that type, refused; one that only opens with a type's abbreviation is warned
     * of, since an agency's own abbreviation may read as one (a Thanh tra's "TTr").
     */
    private static void untypedSymbol(Plan p, String name, Violations out) {
        String symbol = p.symbol().strip();
        String[] groups = symbol.split("-");
        String own = p.issuer() == null ? null : p.issuer().abbreviation();
        DocumentType typed = Arrays.stream(DocumentType.values())
                .filter(t -> t.abbreviation().filter(groups[0]::equals).isPresent()).findFirst().orElse(null);
        if (typed == null || groups[0].equals(own)) {
            return;
        }
        String example = (own == null || own.isBlank() ? "UBND" : own.strip()) + "-VP";
        String message = "a " + name + "'s symbol is its agency's abbreviation and the drafting unit's, without a "
                + "type abbreviation (such as '" + example + "', printed 'Số: 45/" + example + "'); "
                + Problems.quote(symbol) + " opens with '" + groups[0] + "', the abbreviation of a "
                + typed.vietnameseName().toLowerCase(VietnameseCase.VIETNAMESE);
        if (groups.length > 1 && groups[1].equals(own)) {
            out.add("symbol", message + ": write symbol: " + example + ", with the unit that drafts the "
                    + name + " after '" + own + "-'");
        } else {
            out.warn("symbol", message + ": unless it is your agency's own abbreviation, write the agency's and the "
                    + "drafting unit's, such as symbol: " + example);
        }
    }

    /** Whether the summary's first words are the type's name ("Kế hoạch …" of a kế hoạch), in any case. */
    private static boolean opensWith(String summary, String typeName) {
        return summary.regionMatches(true, 0, typeName, 0, typeName.length())
                && (summary.length() == typeName.length() || Character.isWhitespace(summary.charAt(typeName.length())));
    }

    private static void addressees(Plan p, DocumentType type, String name, Violations out) {
        List<String> to = p.addressees();
        if (!to.isEmpty() && !ADDRESSED.contains(type)) {
            out.addAtKey("addressees", "a " + name + " has no 'Kính gửi' (box 9a): it goes to "
                    + "its recipients; leave 'addressees' out, or list them under recipients.to");
        }
        if (to.isEmpty() && type == DocumentType.CONG_VAN) {
            out.missing("addressees", ": a công văn is addressed to someone ('Kính gửi'); write, for example, "
                    + "addressees: [\"Ủy ban nhân dân các xã, phường\"]");
        }
        out.lines("addressees", to, "addressees", name, PlanLimits.RECIPIENTS, (path, a) -> {
            String t = a.strip();
            if (t.startsWith("-") || t.endsWith(";") || t.endsWith(".")) {
                out.add(path, "write the addressee without the leading '- ' and the final ';' or '.': they are "
                        + "added when the letter is rendered");
            }
        });
    }
}
