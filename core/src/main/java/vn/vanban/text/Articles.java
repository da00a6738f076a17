package vn.vanban.text;

import vn.vanban.model.AttachedText;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Điều — the articles in which a Quyết định decides (templates 1.2 and 1.3): the first one written
 * from the text it issues when the data does not write it, their count, and the one Nơi nhận's
 * "- Như Điều N;" names. The validator and the view both ask here, so that what is checked is
 * what is printed.
 */
public final class Articles {

    /** The words by which the decision's first article issues the attached text (template 1.3). */
    public static final String ISSUES = "kèm theo Quyết định này";

    /** "Như Điều 3", as a recipient opens Nơi nhận. */
    private static final Pattern AS_ARTICLE = Pattern.compile("Như\\s+Điều\\s+(\\d{1,9})\\b.*",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private Articles() {
    }

    /**
     * The decision's body, its first article written from the attached text when the data does
     * not write it ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …").
     */
    public static List<BodyNode> body(Plan plan) {
        AttachedText a = plan.attached();
        if (a == null || !derivesFirst(plan)) {
            return plan.body();
        }
        String issued = a.type().vietnameseName() + " " + VietnameseCase.lowerFirst(a.summary().replace('\n', ' '));
        List<BodyNode> out = new ArrayList<>();
        out.add(BodyNode.article(Text.of("Ban hành " + ISSUES + " " + issued + ".")));
        out.addAll(plan.body());
        return out;
    }

    /** Whether Điều 1 is written from the attached text: there is one, and the data's first article does not issue it. */
    public static boolean derivesFirst(Plan plan) {
        if (plan.attached() == null) {
            return false;
        }
        return plan.body().isEmpty() || !(plan.body().get(0) instanceof BodyNode.Article first)
                || first.text() == null || !PlainText.of(first.text()).toLowerCase(Locale.ROOT)
                .contains(ISSUES.toLowerCase(Locale.ROOT));
    }

    /** Whether the node is a heading that may group articles: a part, a chapter or a section. */
    public static boolean groups(BodyNode node) {
        return node instanceof BodyNode.Part || node instanceof BodyNode.Chapter || node instanceof BodyNode.Section;
    }

    /** How many articles the nodes hold, counted through parts, chapters and sections: the last one's number. */
    public static int count(List<BodyNode> nodes) {
        return nodes.stream().mapToInt(node -> node instanceof BodyNode.Article ? 1
                : groups(node) ? count(node.content()) : 0).sum();
    }

    /**
     * The article Nơi nhận's "- Như Điều N;" names: the last, which names who carries the decision
     * out; 0 when the decision has none but the article that issues its text, which names no one.
     */
    public static int executing(Plan plan) {
        boolean derived = derivesFirst(plan);
        int n = count(plan.body()) + (derived ? 1 : 0);
        return n == 1 && derived ? 0 : n;
    }

    /** The article a recipient names ("Như Điều 2" → 2, "Như Điều 0" → 0), or -1 when it names none. */
    public static int named(String recipient) {
        Matcher m = AS_ARTICLE.matcher(recipient.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
