package vn.vanban.text;

import vn.vanban.model.Citation;
import vn.vanban.model.DocumentType;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Proposal;
import vn.vanban.model.Signatory;

import java.util.List;

/**
 * How a document is cited in running text: by number, "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010
 * của Chính phủ về kiểm soát thủ tục hành chính", blank parts left as room to fill them in by
 * hand, each kept on one line ("Quyết định số      /QĐ-UBND ngày      /     /2024 của …", no-break
 * spaces); or by name, as laws are, with the date in words
 * ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật Phổ biến, giáo dục
 * pháp luật năm 2012"). And the proposal a document answers.
 */
public final class Citations {

    /** Elected bodies and their executive committees: their chairman's own texts are not the body's. */
    public static final List<String> ELECTED_BODIES = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN");

    /** How a text issued by a decision is named after it. */
    private static final String ISSUED_WITH = "ban hành kèm theo";

    /** The proposal's opening words when the data gives none. */
    static final String PROPOSAL_LEAD = "Theo đề nghị của";

    private Citations() {
    }

    /**
     * A text named by the decision that issues it: "Kế hoạch ban hành kèm theo Quyết định số …"
     * ({@code text} "Kế hoạch", or "Kế hoạch cải cách hành chính năm 2025" with its subject), as
     * an attached text's appendices and a report on the text name it.
     */
    public static String issuedWith(String text, String decision) {
        return text + " " + ISSUED_WITH + " " + decision;
    }

    /**
     * {@link #issuedWith}, the decision set apart in parentheses for a sentence that goes on after
     * it: "Kế hoạch cải cách hành chính năm 2025 (ban hành kèm theo Quyết định số 07/QĐ-STNMT ngày
     * 08/01/2025 của …) quý III năm 2025", where words after the bare citation would read as part
     * of the decision's number or of whose it is.
     */
    public static String issuedWithAside(String text, String decision) {
        return text + " (" + ISSUED_WITH + " " + decision + ")";
    }

    public static String format(Citation c) {
        StringBuilder sb = new StringBuilder(c.byName() ? c.name() : c.type());
        if (!c.byName() && c.number() != null) {
            // A number still to be given ("/QĐ-UBND") is room to write it in, held to "số" as the
            // header holds it ("Số:      /QĐ-UBND").
            String number = c.number().strip();
            sb.append(number.startsWith("/") ? " số" + VietnameseDates.BLANK_FILL + number : " số " + number);
        }
        if (c.date() != null) {
            boolean blank = c.date().day() == null || c.date().month() == null;
            sb.append(' ').append(c.byName() ? named(c.date())
                    : "ngày" + (blank ? Figures.NO_BREAK_SPACE : " ") + VietnameseDates.shortForm(c.date()));
        }
        if (c.issuer() != null) {
            sb.append(" của ").append(c.issuer());
        }
        if (c.subject() != null) {
            sb.append(' ').append(c.subject());
        }
        return sb.toString();
    }

    /** A name's date as laws cite it: "ngày 19 tháng 6 năm 2015", "tháng 6 năm 2015", "năm 2012". */
    private static String named(PartialDate d) {
        if (d.month() == null) {
            return "năm " + d.year();
        }
        return d.day() == null ? "tháng " + VietnameseDates.month(d.month()) + " năm " + d.year()
                : VietnameseDates.longForm(d);
    }

    /**
     * "Theo đề nghị của Giám đốc Sở … tại Tờ trình số 164/TTr-SKHCN ngày 10/5/2024"; the default
     * opening in lower case ("theo đề nghị của") when the proposal continues a sentence. Words the
     * data gives are kept as written.
     */
    public static String proposal(Proposal p, boolean startsSentence) {
        String lead = p.lead() != null ? p.lead()
                : startsSentence ? PROPOSAL_LEAD : PROPOSAL_LEAD.toLowerCase(VietnameseCase.VIETNAMESE);
        StringBuilder sb = new StringBuilder(lead).append(' ').append(p.by());
        if (p.document() != null) {
            sb.append(" tại ").append(format(p.document()));
        }
        return sb.toString();
    }

    /**
     * The symbol a document bears: the data's, else its type's abbreviation and its issuer's
     * ("KH-UBND"); a type without an abbreviation (a Công văn) must give its own.
     */
    public static String symbol(Plan plan) {
        if (plan.symbol() != null) {
            return plan.symbol();
        }
        String abbr = plan.type().abbreviation().orElse("");
        return plan.issuer().abbreviation() == null ? abbr : abbr + "-" + plan.issuer().abbreviation();
    }

    /**
     * Whose text it is, as an appendix's reference line names it after "của": the data's
     * {@code issuedBy} when given; else the agency whose symbol the text bears ("Ủy ban nhân dân
     * tỉnh Quảng Ngãi", "Sở Tư pháp"), whoever signs for it (TM., KT., TL., TUQ.), but for the
     * chairman of a People's Committee or Council who signs in their own name (or as acting
     * chairman): the text is then the chairman's ("Chủ tịch Ủy ban nhân dân thị xã Đức Phổ"). A
     * decision is its authority's, as its authority line names it ({@link Authorities#of}: "Giám
     * đốc Sở Tài nguyên và Môi trường" when the director decides).
     */
    public static String whose(Plan plan) {
        if (plan.issuedBy() != null) {
            return plan.issuedBy();
        }
        if (plan.type() == DocumentType.QUYET_DINH) {
            return Authorities.of(plan);
        }
        Signatory s = plan.signatory();
        String agency = plan.issuer().name();
        boolean ownName = s.authority() == Signatory.Authority.NONE || s.authority() == Signatory.Authority.Q;
        return ownName && elected(agency) ? s.position() + " " + agency : agency;
    }

    /** An elected body or its executive committee ("Ủy ban nhân dân tỉnh …"). */
    public static boolean elected(String agency) {
        String upper = VietnameseCase.upper(agency);
        return ELECTED_BODIES.stream().anyMatch(b -> upper.startsWith(b + " "));
    }

    /**
     * Another document as a citation names it: its type, number and symbol ("/KH-UBND" while it
     * is unnumbered), date, whose text it is, and its summary as the subject, its first letter in
     * lower case unless the first word is an abbreviation ("Kế hoạch số 45/KH-UBND ngày 07/02/2024
     * của Chủ tịch … truyền thông về …").
     */
    public static Citation of(Plan plan) {
        String number = (plan.number() == null ? "" : Numerals.registerNumber(plan.number())) + "/" + symbol(plan);
        return new Citation(plan.type().vietnameseName(), null, number, plan.date(), whose(plan),
                VietnameseCase.lowerFirst(plan.summary().replace('\n', ' ')), false, false);
    }
}
