package vn.vanban.view;

import vn.vanban.model.AttachedText;
import vn.vanban.model.BodyNode;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.text.Citations;
import vn.vanban.text.VietnameseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the decree's templates derive for a Quyết định (1.2, 1.3) and a Công văn (1.5): who
 * decides, the article that issues the attached text, the text itself, and the first recipient
 * ("Như Điều 3", "Như trên").
 */
final class DecisionViews {

    /** The words by which the decision's first article issues the attached text (template 1.3). */
    static final String ISSUES = "kèm theo Quyết định này";

    private DecisionViews() {
    }

    /**
     * Thẩm quyền ban hành, in upper case, for a decision (note 6 of templates 1.2 and 1.3): the
     * data's, else the issuing collective when someone signs for it (TM.), else the head's title
     * and the agency ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "GIÁM ĐỐC SỞ TƯ PHÁP"); {@code null}
     * for other types.
     */
    static String authority(Plan plan) {
        if (plan.type() != DocumentType.QUYET_DINH) {
            return null;
        }
        if (plan.authority() != null) {
            return VietnameseCase.upper(plan.authority());
        }
        Signatory s = plan.signatory();
        String agency = plan.issuer().name();
        String head = switch (s.authority()) {
            case TM -> null;
            case NONE, Q -> s.position();
            default -> s.collective() != null ? null : s.headTitle();
        };
        return VietnameseCase.upper(head == null ? agency : head + " " + agency);
    }

    /**
     * The decision's body, its first article written from the attached text when the data does
     * not write it ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …").
     */
    static List<BodyNode> body(Plan plan) {
        AttachedText a = plan.attached();
        if (a == null || (!plan.body().isEmpty() && plan.body().get(0) instanceof BodyNode.Article first
                && first.text() != null && plain(first.text()).toLowerCase(Locale.ROOT).contains(ISSUES.toLowerCase(Locale.ROOT)))) {
            return plan.body();
        }
        String issued = a.type().vietnameseName() + " " + Citations.lowerFirst(a.summary().replace('\n', ' '));
        List<BodyNode> out = new ArrayList<>();
        out.add(BodyNode.article(Text.of("Ban hành " + ISSUES + " " + issued + ".")));
        out.addAll(plan.body());
        return out;
    }

    private static String plain(Text t) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : t.parts()) {
            if (i instanceof Inline.Plain p) {
                sb.append(p.text());
            } else if (i instanceof Inline.Strong s) {
                sb.append(s.text());
            }
        }
        return sb.toString();
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
            int articles = articles(body(plan));
            first = articles == 0 ? null : "Như Điều " + articles;
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

    /** How many articles the body holds, counted through chapters: the last one's number. */
    private static int articles(List<BodyNode> nodes) {
        int n = 0;
        for (BodyNode node : nodes) {
            n += node instanceof BodyNode.Article ? 1 : articles(node.content());
        }
        return n;
    }

    /**
     * The attached text's view; its appendices are added to {@code appendices}, each under
     * "Kèm theo Kế hoạch ban hành kèm theo Quyết định số …".
     *
     * @param decision the decision as the text's reference line names it ("Quyết định số … ngày … của …")
     */
    static PlanView.AttachedView attached(AttachedText a, String decision, List<String> warnings,
                                          List<PlanView.AppendixView> appendices) {
        List<String> labels = AppendixViews.labels(a.appendices(), a.numbering());
        TextViews texts = new TextViews(AppendixViews.labelsById(a.appendices(), labels));
        List<NodeView> body = new NodeViews(a.numbering(), texts).body(a.body());
        List<SpanView> closing = PlanViews.closing(a.closing(), warnings);
        if (closing == null) {
            body = PlanViews.withEndMark(body, warnings);
        }
        String type = a.type().vietnameseName();
        appendices.addAll(AppendixViews.of(a.appendices(), labels, texts,
                "Kèm theo " + type + " ban hành kèm theo " + decision));
        String opening = a.reference() == AttachedText.Reference.ISSUED ? "Ban hành kèm theo " : "Kèm theo ";
        return new PlanView.AttachedView(VietnameseCase.upper(type), a.summary(), opening + decision,
                BasisViews.of(a.basis()), body, closing);
    }
}
