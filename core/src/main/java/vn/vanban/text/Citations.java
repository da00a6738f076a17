package vn.vanban.text;

import vn.vanban.model.Citation;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Proposal;

/**
 * How a document is cited in running text: by number, "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010
 * của Chính phủ về kiểm soát thủ tục hành chính", blank parts staying blank as in a draft
 * ("Quyết định số /QĐ-UBND ngày / /2024 của …"); or by name, as laws are, with the date in words
 * ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật Phổ biến, giáo dục
 * pháp luật năm 2012"). And the proposal a document answers.
 */
public final class Citations {

    /** The proposal's opening words when the data gives none. */
    static final String PROPOSAL_LEAD = "Theo đề nghị của";

    private Citations() {
    }

    public static String format(Citation c) {
        StringBuilder sb = new StringBuilder(c.byName() ? c.name() : c.type());
        if (!c.byName() && c.number() != null) {
            sb.append(" số ").append(c.number());
        }
        if (c.date() != null) {
            sb.append(' ').append(c.byName() ? named(c.date()) : "ngày " + VietnameseDates.shortForm(c.date()));
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
        if (d.day() == null) {
            return "tháng " + VietnameseDates.month(d.month()) + " năm " + d.year();
        }
        return VietnameseDates.longForm(d);
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
}
