package vn.vanban.view;

import vn.vanban.common.Warning;
import vn.vanban.model.AttachedText;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;
import vn.vanban.text.Articles;
import vn.vanban.text.Authorities;
import vn.vanban.text.Citations;
import vn.vanban.text.VietnameseCase;

import java.util.ArrayList;
import java.util.List;

/**
 * What the decree's templates derive for a Quyết định (1.2, 1.3) and a Công văn (1.5): who
 * decides, the article that issues the attached text, the text itself, and the first recipient
 * ("Như Điều 3", "Như trên").
 */
final class DecisionViews {

    /** Where the text a decision issues stands in the data: its fields' paths begin so. */
    private static final String ATTACHED = "attached.";

    private DecisionViews() {
    }

    /**
     * Thẩm quyền ban hành in upper case, for a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
     * "GIÁM ĐỐC SỞ TƯ PHÁP"; see {@link Authorities#of}); {@code null} for other types.
     */
    static String authority(Plan plan) {
        return plan.type() == DocumentType.QUYET_DINH ? VietnameseCase.upper(Authorities.of(plan)) : null;
    }

    /**
     * The recipients as listed, opened as the templates open them unless the data already does:
     * a decision's with "Như Điều N" (its last article, which names who carries it out), a
     * letter's with "Như trên" (its addressees).
     */
    static List<String> recipients(Plan plan) {
        List<String> to = plan.recipients().to();
        if (!to.isEmpty() && to.get(0).startsWith("Như ")) {
            return to;
        }
        String first = null;
        if (plan.type() == DocumentType.QUYET_DINH) {
            int executing = Articles.executing(plan);
            first = executing == 0 ? null : "Như Điều " + executing;
        } else if (plan.type() == DocumentType.CONG_VAN) {
            first = "Như trên";
        }
        if (first == null) {
            return to;
        }
        List<String> out = new ArrayList<>(to.size() + 1);
        out.add(first);
        out.addAll(to);
        return out;
    }

    /**
     * The attached text's view; its appendices are added to {@code appendices}, each under
     * "Kèm theo Kế hoạch ban hành kèm theo Quyết định số …".
     *
     * @param decision the decision as the text's reference line names it ("Quyết định số … ngày … của …")
     */
    static PlanView.AttachedView attached(AttachedText a, String decision, List<Warning> warnings,
                                          List<PlanView.AppendixView> appendices) {
        List<String> labels = AppendixViews.labels(a.appendices(), a.numbering());
        TextViews texts = new TextViews(AppendixViews.labelsById(a.appendices(), labels));
        List<NodeView> body = new NodeViews(a.numbering(), texts).body(a.body(), ATTACHED + "body", 0);
        List<SpanView> closing = PlanViews.closing(a.closing(), ATTACHED + "closing", warnings);
        if (closing == null) {
            body = PlanViews.withEndMark(body, warnings);
        }
        String type = a.type().vietnameseName();
        appendices.addAll(AppendixViews.of(a.appendices(), labels, texts,
                "Kèm theo " + Citations.issuedWith(type, decision), ATTACHED + "appendices"));
        String opening = a.reference() == AttachedText.Reference.ISSUED ? "Ban hành kèm theo " : "Kèm theo ";
        return new PlanView.AttachedView(VietnameseCase.upper(type), a.summary(), opening + decision,
                BasisViews.of(a.basis(), ATTACHED + "basis"), body, closing, ATTACHED + "summary", ATTACHED + "closing");
    }
}
