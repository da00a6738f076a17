package vn.vanban.text;

import vn.vanban.model.Citation;

/**
 * How a document is cited in running text: "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của
 * Chính phủ về kiểm soát thủ tục hành chính". Blank parts stay blank, as in a draft:
 * "Quyết định số /QĐ-UBND ngày / /2024 của …".
 */
public final class Citations {

    private Citations() {
    }

    public static String format(Citation c) {
        StringBuilder sb = new StringBuilder(c.type());
        if (c.number() != null) {
            sb.append(" số ").append(c.number());
        }
        if (c.date() != null) {
            sb.append(" ngày ").append(VietnameseDates.shortForm(c.date()));
        }
        if (c.issuer() != null) {
            sb.append(" của ").append(c.issuer());
        }
        if (c.subject() != null) {
            sb.append(' ').append(c.subject());
        }
        return sb.toString();
    }
}
