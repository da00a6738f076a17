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

    /** The basis at the start of {@code paras} (after the summary), or null with nothing used. */
    static Read read(List<Para> paras) {
        if (paras.isEmpty()) {
            return new Read(null, 0);
        }
        if ("basis".equals(paras.get(0).role())) {
            return lines(paras);
        }
        if (opensBasis(paras.get(0))) {
            return new Read(inline(paras.get(0).plain()), 1);
        }
        return new Read(null, 0);
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
        int used = 0;
        boolean issuingFollows = false;
        for (String line : texts) {
            issuingFollows = line.endsWith(";");
            String t = line.endsWith(";") || line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
            Proposal p = CitationReader.proposal(t, true);
            if (p != null && used == texts.size() - 1) {
                proposal = p;
            } else if (t.startsWith(lead + " ") && proposal == null) {
                String[] cited = t.substring(lead.length() + 1).split("; ");
                for (int i = 0; i < cited.length; i++) {
                    Citation c = CitationReader.read(cited[i]);
                    citations.add(i == 0 ? c : c.onSameLine());
                }
            } else {
                break;
            }
            used++;
        }
        if (used < texts.size()) {
            // A line that is no citation under the common lead: the lines from it on stay in the body.
            issuingFollows = true;
            return new Read(new LegalBasis(LegalBasis.Form.LINES, lead, citations, proposal, null, false), used);
        }
        String issuing = null;
        if (issuingFollows && used < paras.size() && !"basis".equals(paras.get(used).role())) {
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
                citations.add(CitationReader.read(items[i]));
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
