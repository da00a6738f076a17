package vn.vanban.docx4j.imports;

import vn.vanban.model.Citation;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Proposal;
import vn.vanban.text.IssuingWords;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The preamble read back: its "Căn cứ …;" lines (or the one paragraph "Thực hiện A; B, … ban
 * hành …"), the proposal it answers, and the issuing sentence, with each citation read by
 * {@link CitationReader}.
 */
final class BasisReader {

    /** The words a preamble opens with. */
    private static final Pattern LEAD = Pattern.compile("(Căn cứ|Thực hiện|Triển khai|Theo|Xét)\\s.*", Pattern.DOTALL);

    /** The basis, and how many of the paragraphs given it took. */
    record Read(LegalBasis basis, int used) {
    }

    private BasisReader() {
    }

    /** Whether a body paragraph opens as a preamble does. */
    static boolean opensBasis(Para p) {
        String t = p.plain();
        return LEAD.matcher(t).matches() || CitationReader.isProposal(t);
    }

    /**
     * The basis at the start of {@code paras} (after the summary), or null with nothing used;
     * what it cannot carry as typed is added to {@code unmapped}.
     */
    static Read read(List<Para> paras, List<Unmapped> unmapped) {
        if (paras.isEmpty()) {
            return new Read(null, 0);
        }
        Para first = paras.get(0);
        boolean alone = paras.size() == 1 || !"basis".equals(paras.get(1).role());
        // "Căn cứ A; Căn cứ B; Ủy ban nhân dân xã ban hành Kế hoạch như sau:" is a preamble in one
        // paragraph, though it opens as a line of citations does.
        if ("basis".equals(first.role()) && !(alone && carriesIssuing(first.plain()))) {
            return lines(paras);
        }
        if ("basis".equals(first.role()) || opensBasis(first)) {
            LegalBasis b = inline(first.plain());
            if (b.lead() != null && leadRepeated(first.plain(), b.lead())) {
                unmapped.add(new Unmapped(first.number(), first.excerpt(), "'" + b.lead() + "' typed before each "
                        + "citation of the paragraph is printed once, before the first: one paragraph has one lead "
                        + "(basis.lead); for a line for each citation, each with its '" + b.lead()
                        + "', write form: lines under basis"));
            }
            return new Read(b, 1);
        }
        return new Read(null, 0);
    }

    /** Whether a line of citations goes on into the issuing sentence instead of ending with ";" or ".". */
    private static boolean carriesIssuing(String text) {
        if (text.endsWith(";") || text.endsWith(".")) {
            return false;
        }
        int cut = issuingStart(text);
        return cut >= 0 && text.substring(cut + 2).contains(IssuingWords.VERB);
    }

    /** Whether a citation after the first opens with the paragraph's lead again ("Căn cứ A; Căn cứ B"). */
    private static boolean leadRepeated(String text, String lead) {
        return text.contains("; " + lead + " ");
    }

    /** A citation as typed after its lead; one that opens with a lead of its own is kept whole, by name. */
    private static Citation cited(String text) {
        return LEAD.matcher(text).matches() ? new Citation(null, text, null, null, null, null, false, false)
                : CitationReader.read(text);
    }

    private static Read lines(List<Para> paras) {
        List<String> texts = new ArrayList<>();
        while (texts.size() < paras.size() && "basis".equals(paras.get(texts.size()).role())) {
            texts.add(paras.get(texts.size()).plain());
        }
        String first = texts.get(0);
        String lead = first.startsWith("Căn cứ ") ? "Căn cứ" : first.split(" ", 3).length > 2
                ? first.substring(0, first.indexOf(' ', first.indexOf(' ') + 1)) : "Căn cứ";
        List<Citation> citations = new ArrayList<>();
        Proposal proposal = null;
        String issuing = null;
        int used = 0;
        boolean issuingFollows = false;
        for (String line : texts) {
            issuingFollows = line.endsWith(";");
            String t = line.endsWith(";") || line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
            if (used == texts.size() - 1 && carriesIssuing(line)) {
                // The last line goes on into the issuing sentence ("Căn cứ B; Ủy ban nhân dân … ban hành …:").
                int cut = issuingStart(line);
                issuing = line.substring(cut + 2);
                t = line.substring(0, cut);
            }
            Proposal p = CitationReader.proposal(t, true);
            if (p != null && used == texts.size() - 1) {
                proposal = p;
            } else if (t.startsWith(lead + " ") && proposal == null) {
                String[] cited = t.substring(lead.length() + 1).split("; ");
                for (int i = 0; i < cited.length; i++) {
                    // A citation typed with its own lead ("Căn cứ A; Căn cứ B;") is a line of its own.
                    boolean ownLine = i == 0 || cited[i].startsWith(lead + " ");
                    Citation c = cited(ownLine && i > 0 ? cited[i].substring(lead.length() + 1) : cited[i]);
                    citations.add(ownLine ? c : c.onSameLine());
                }
            } else {
                break;
            }
            used++;
        }
        if (used < texts.size()) {
            // A line that is no citation under the common lead: the lines from it on stay in the body.
            return new Read(new LegalBasis(LegalBasis.Form.LINES, lead, citations, proposal, null, false), used);
        }
        if (issuing == null && issuingFollows && used < paras.size() && !"basis".equals(paras.get(used).role())) {
            issuing = paras.get(used).plain();
            used++;
        }
        return new Read(new LegalBasis(LegalBasis.Form.LINES, lead, citations, proposal, issuing, false), used);
    }

    /** "Thực hiện A; B; theo đề nghị của …, X ban hành …" as citations, proposal and issuing sentence. */
    static LegalBasis inline(String text) {
        String lead = null;
        String rest = text;
        if (!CitationReader.isProposal(firstItem(text))) {
            int second = text.indexOf(' ', text.indexOf(' ') + 1);
            lead = second > 0 ? text.substring(0, second) : text;
            rest = second > 0 ? text.substring(second + 1) : "";
        }
        String issuing = null;
        boolean newSentence = false;
        int cut = issuingStart(rest);
        if (cut >= 0) {
            issuing = rest.substring(cut + 2);
            newSentence = rest.charAt(cut) == '.';
            rest = rest.substring(0, cut);
        } else if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        } else {
            // No sentence to tell apart: the whole is the issuing sentence after the lead.
            return new LegalBasis(LegalBasis.Form.INLINE, lead, List.of(), null, rest, false);
        }
        List<Citation> citations = new ArrayList<>();
        Proposal proposal = null;
        String[] items = rest.split("; ");
        for (int i = 0; i < items.length; i++) {
            Proposal p = i == items.length - 1 ? CitationReader.proposal(items[i], i == 0 && lead == null) : null;
            if (p != null) {
                proposal = p;
            } else {
                // "Căn cứ A; Căn cứ B": the lead typed again before a citation is the paragraph's.
                boolean again = i > 0 && lead != null && items[i].startsWith(lead + " ");
                citations.add(cited(again ? items[i].substring(lead.length() + 1) : items[i]));
            }
        }
        return new LegalBasis(LegalBasis.Form.INLINE, lead, citations, proposal, issuing, newSentence);
    }

    private static String firstItem(String text) {
        int semi = text.indexOf("; ");
        return semi < 0 ? text : text.substring(0, semi);
    }

    /**
     * Where the issuing sentence starts: the last ", " or ". " before a capital after which the
     * text says "ban hành" (the issuing verb), else the last such place before a text ending ":".
     * Many agencies type "; " there ("… năm 2025; Ủy ban nhân dân xã … ban hành Kế hoạch như
     * sau:"). As "; " also parts the citations, and a citation may say "ban hành" ("Quyết định số
     * … của UBND tỉnh ban hành Quy chế …"), "; " counts only when the words up to "ban hành" name
     * no document (no "số", no "ngày"). The renderer writes the decree's ", " there.
     */
    private static int issuingStart(String text) {
        int fallback = -1;
        for (int i = text.length() - 3; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == ',' || c == '.' || c == ';') && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                String after = text.substring(i + 2);
                if (c == ';') {
                    if (IssuingWords.open(after)) {
                        return i;
                    }
                    continue;
                }
                if (after.contains(IssuingWords.VERB)) {
                    return i;
                }
                if (fallback < 0 && text.endsWith(":")) {
                    fallback = i;
                }
            }
        }
        return fallback;
    }
}
