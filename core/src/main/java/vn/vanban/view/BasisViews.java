package vn.vanban.view;

import vn.vanban.load.Paths;
import vn.vanban.model.Citation;
import vn.vanban.model.LegalBasis;
import vn.vanban.text.Citations;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The preamble (căn cứ ban hành) as paragraphs, punctuated and slanted as the templates of
 * Appendix III set it: in lines, each citation line and the proposal in italic, ending with ";",
 * the last with "." when no issuing sentence follows (a decision's "QUYẾT ĐỊNH:" comes next),
 * and the issuing sentence upright; inline, one upright paragraph.
 */
final class BasisViews {

    /** The opening word of each line, or of the paragraph, when the data gives none. */
    static final String LINES_LEAD = "Căn cứ";
    static final String INLINE_LEAD = "Thực hiện";

    private BasisViews() {
    }

    /** The paragraphs of {@code basis}, which stands in the data at {@code at} ("basis", "attached.basis"). */
    static List<PlanView.BasisView> of(LegalBasis basis, String at) {
        return basis == null ? List.of() : basis.form() == LegalBasis.Form.INLINE ? inline(basis, at) : lines(basis, at);
    }

    /** "Căn cứ A;" one a line ("Căn cứ A; B;" for citations on the same line), the proposal, the issuing sentence. */
    private static List<PlanView.BasisView> lines(LegalBasis b, String at) {
        String lead = b.lead() != null ? b.lead() : LINES_LEAD;
        List<String> lines = new ArrayList<>();
        // Each line's field: its citation's, or the citations' list for a line of several.
        List<String> fields = new ArrayList<>();
        String citations = Paths.at(at, "citations");
        for (int i = 0; i < b.citations().size(); i++) {
            Citation c = b.citations().get(i);
            String cited = Citations.format(c);
            if (c.sameLine() && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "; " + cited);
                fields.set(fields.size() - 1, citations);
            } else {
                lines.add(lead + " " + cited);
                fields.add(Paths.index(citations, i));
            }
        }
        if (b.proposal() != null) {
            lines.add(Citations.proposal(b.proposal(), true));
            fields.add(Paths.at(at, "proposal"));
        }
        List<PlanView.BasisView> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String end = i == lines.size() - 1 && b.issuing() == null ? "." : ";";
            out.add(paragraph(true, lines.get(i) + end, fields.get(i)));
        }
        if (b.issuing() != null) {
            out.add(paragraph(false, b.issuing(), Paths.at(at, "issuing")));
        }
        return out;
    }

    /**
     * "Thực hiện A; B; theo đề nghị của …, Chủ tịch … ban hành …" — one upright paragraph, as the
     * seed writes it; the issuing sentence after a period when it starts a sentence of its own.
     */
    private static List<PlanView.BasisView> inline(LegalBasis b, String at) {
        String lead = b.lead() != null ? b.lead() : INLINE_LEAD;
        List<Citation> cs = b.citations();
        StringBuilder sb = new StringBuilder(cs.isEmpty() ? ""
                : lead + " " + cs.stream().map(Citations::format).collect(Collectors.joining("; ")));
        if (b.proposal() != null) {
            sb.append(cs.isEmpty() ? "" : "; ").append(Citations.proposal(b.proposal(), cs.isEmpty()));
        }
        if (b.issuing() == null) {
            sb.append('.');
        } else if (sb.length() == 0) {
            // No citation and no proposal: the lead opens the issuing sentence, as before.
            sb.append(lead).append(' ').append(b.issuing());
        } else {
            sb.append(b.newSentence() ? ". " : ", ").append(b.issuing());
        }
        return List.of(paragraph(false, sb.toString(), at));
    }

    private static PlanView.BasisView paragraph(boolean italic, String text, String field) {
        return new PlanView.BasisView(italic, List.of(new SpanView(text, false)), field);
    }
}
