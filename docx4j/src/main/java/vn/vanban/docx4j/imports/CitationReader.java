package vn.vanban.docx4j.imports;

import vn.vanban.model.Citation;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Proposal;
import vn.vanban.text.Citations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cited document back into its parts — type, number, date, issuer and subject
 * ("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính"), or
 * name and date ("Luật Đất đai ngày 29 tháng 11 năm 2013"; "Kế hoạch số 45/KH-UBND ngày 20 tháng
 * 02 năm 2025 của …" too, whose date in words a citation by number would write in figures) — when
 * it is well formed: a reading is kept only when vanban's own {@link Citations} writes it back to
 * the same words. Anything else is kept whole, as a citation by name, so that nothing is lost.
 */
final class CitationReader {

    private static final Pattern BY_NUMBER = Pattern.compile(
            "(\\p{Lu}[\\p{L}]*(?: [\\p{L}]+){0,3}?) số (\\S+)(?: ngày (\\d{1,2})?/(\\d{1,2}| )/(\\d{4}))?(.*)");
    private static final Pattern BY_TYPE_AND_DATE = Pattern.compile(
            "(\\p{Lu}.*?) ngày (\\d{1,2})?/(\\d{1,2}| )/(\\d{4})(.*)");
    private static final Pattern BY_NAME = Pattern.compile(
            "(\\p{Lu}.*?) (?:ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})|tháng (\\d{1,2}) năm (\\d{4})|năm (\\d{4}))(.*)");
    private static final Pattern PROPOSAL = Pattern.compile(
            "((?:[Tt]heo|[Xx]ét|[Tt]rên cơ sở) (?:đề nghị|đề xuất) của) (.+?)(?: tại (.+))?");
    /** Words that open a cited document's subject after its issuer. */
    private static final List<String> SUBJECT_STARTS = List.of("về", "sửa đổi", "ban hành", "quy định", "hướng dẫn",
            "phê duyệt", "truyền thông", "tuyên truyền", "thực hiện", "triển khai", "tổ chức", "bãi bỏ", "công bố",
            "giao", "kiện toàn", "thành lập");

    private CitationReader() {
    }

    /** The citation {@code text} is, parts recognised where it is well formed. */
    static Citation read(String text) {
        // Read with its white space folded: vanban writes a draft's blanks as runs of no-break
        // spaces ("số      /QĐ-UBND ngày      /      /2024").
        String folded = Para.fold(text);
        for (Citation c : new Citation[] {byNumber(folded), byTypeAndDate(folded), byName(folded)}) {
            if (c != null && writtenBack(c, text, folded)) {
                return c;
            }
        }
        return new Citation(null, text, null, null, null, null, false, false);
    }

    /**
     * Whether rendering the citation gives {@code text} back: exactly, or, for a text typed with
     * single spaces ("ngày / /2024"), the same words with a draft's blanks made room to write in.
     */
    private static boolean writtenBack(Citation c, String text, String folded) {
        String written = Citations.format(c);
        return written.equals(text) || folded.equals(text) && Para.fold(written).equals(folded);
    }

    /** Whether {@code text} opens as a proposal does ("Theo đề nghị của …", "Xét đề nghị của …"). */
    static boolean isProposal(String text) {
        return PROPOSAL.matcher(text).matches();
    }

    /** The proposal {@code text} is, or null when it is none or would not be written back the same. */
    static Proposal proposal(String text, boolean startsSentence) {
        Matcher m = PROPOSAL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Proposal p = new Proposal(m.group(1), m.group(2), m.group(3) == null ? null : read(m.group(3)));
        if (Citations.proposal(p, startsSentence).equals(text)) {
            return p;
        }
        Proposal whole = new Proposal(m.group(1), text.substring(m.group(1).length() + 1), null);
        return Citations.proposal(whole, startsSentence).equals(text) ? whole : null;
    }

    private static Citation byNumber(String text) {
        Matcher m = BY_NUMBER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (m.group(5) == null && m.group(6).startsWith(" ngày ")) {
            // A date in words ("ngày 20 tháng 02 năm 2025"), which a citation by number writes
            // "20/02/2025": read by name, its words kept (byName), not as the start of a subject.
            return null;
        }
        PartialDate date = null;
        if (m.group(5) != null) {
            date = date(m.group(5), m.group(4).isBlank() ? null : m.group(4), m.group(3));
            if (date == null) {
                return null;
            }
        }
        String[] rest = issuerAndSubject(m.group(6));
        if (rest == null) {
            return null;
        }
        return new Citation(m.group(1), null, m.group(2), date, rest[0], rest[1], false, false);
    }

    /** "Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012": a type without a number, and its date. */
    private static Citation byTypeAndDate(String text) {
        Matcher m = BY_TYPE_AND_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        PartialDate date = date(m.group(4), m.group(3).isBlank() ? null : m.group(3), m.group(2));
        String[] rest = issuerAndSubject(m.group(5));
        return date == null || rest == null ? null : new Citation(m.group(1), null, null, date, rest[0], rest[1], false, false);
    }

    private static Citation byName(String text) {
        Matcher m = BY_NAME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        PartialDate date = m.group(4) != null ? date(m.group(4), m.group(3), m.group(2))
                : m.group(6) != null ? date(m.group(6), m.group(5), null) : date(m.group(7), null, null);
        String[] rest = issuerAndSubject(m.group(8));
        if (date == null || rest == null) {
            return null;
        }
        return new Citation(null, m.group(1), null, date, rest[0], rest[1], false, false);
    }

    /** " của Chính phủ về …" as issuer and subject; " về …" as a subject alone; null when it is neither. */
    private static String[] issuerAndSubject(String rest) {
        if (rest.isEmpty()) {
            return new String[] {null, null};
        }
        if (!rest.startsWith(" ") || rest.length() < 2) {
            return null;
        }
        String r = rest.substring(1);
        if (!r.startsWith("của ")) {
            return new String[] {null, r};
        }
        String after = r.substring(4);
        int cut = -1;
        for (String start : SUBJECT_STARTS) {
            Matcher m = Pattern.compile("(?<= )" + start + "(?=[ ,])").matcher(after);
            if (m.find() && (cut < 0 || m.start() - 1 < cut)) {
                cut = m.start() - 1;
            }
        }
        return cut < 0 ? new String[] {after, null} : new String[] {after.substring(0, cut), after.substring(cut + 1)};
    }

    private static PartialDate date(String year, String month, String day) {
        try {
            return new PartialDate(Integer.parseInt(year), month == null ? null : Integer.valueOf(month),
                    day == null ? null : Integer.valueOf(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
