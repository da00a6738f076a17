package vn.vanban.load;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.text.Articles;

import java.util.List;

/**
 * The rules of a Quyết định's articles (templates 1.2 and 1.3): it decides in articles (Điều),
 * grouped in chapters at most, never in a plan's sections or loose paragraphs, which the decree's
 * frame ("QUYẾT ĐỊNH:", "Điều 1. …", "- Như Điều …;") has no place for; and Nơi nhận's "- Như Điều
 * N;" names the article that says who carries the decision out, the last.
 */
final class DecisionRules {

    private static final String ARTICLES = "a quyết định decides in articles (Điều)";

    private DecisionRules() {
    }

    static void of(Plan p, Violations out) {
        boolean derived = Articles.derivesFirst(p);
        if (p.body().isEmpty() && !derived) {
            // A missing body is told at the map that lacks it, an empty one where it stands.
            out.add("body", ARTICLES + ", found none: write body: [{article: {text: …}}], the last naming who "
                    + "carries it out ('… chịu trách nhiệm thi hành Quyết định này./.')");
            return;
        }
        for (int i = 0; i < p.body().size(); i++) {
            nodes(Paths.node("body", i, p.body().get(i)), p.body().get(i), out);
        }
        int executing = Articles.executing(p);
        if (derived && executing == 0) {
            out.warn("body", "the decision has only Điều 1, which issues the text and names no one to carry it out; "
                    + "add the articles after it (its entry into force, and who carries it out: '… chịu trách nhiệm "
                    + "thi hành Quyết định này./.'), which Nơi nhận's '- Như Điều …;' names");
        }
        List<String> to = p.recipients() == null ? List.of() : p.recipients().to();
        int named = to.isEmpty() ? -1 : Articles.named(to.get(0));
        int articles = Articles.count(p.body()) + (derived ? 1 : 0);
        if (named == 0 || named > articles) {
            out.add("recipients.to[0]", "the decision has " + articles + (articles == 1 ? " article" : " articles")
                    + ", no Điều " + named + ": name the article that says who carries it out (Điều " + articles
                    + "), or leave the line out and it is written for you");
        } else if (named > 0 && named != executing && executing > 0) {
            out.warn("recipients.to[0]", "'Như Điều " + named + "' sends the decision to those Điều " + named
                    + " names, but the last article, Điều " + executing + ", says who carries it out; write 'Như Điều "
                    + executing + "', or leave the line out and it is written for you");
        }
    }

    /** A node of the decision's body at {@code at}: an article, or a heading that holds articles only. */
    private static void nodes(String at, BodyNode n, Violations out) {
        if (n instanceof BodyNode.Article) {
            return;
        }
        if (!Articles.groups(n)) {
            out.addAtKey(at, ARTICLES + ", and this " + n.kind() + " stands outside any: write "
                    + "body: [{article: …}], and put the " + n.kind() + " in an article's content");
            return;
        }
        if (Articles.count(List.of(n)) == 0) {
            out.addAtKey(at, ARTICLES + ": a " + n.kind() + " of a quyết định holds articles "
                    + "(Chương I, then Điều 1. …), and this one holds none; write body: [{article: …}], or put "
                    + "articles in it");
            return;
        }
        for (int i = 0; i < n.content().size(); i++) {
            nodes(Paths.node(at + ".content", i, n.content().get(i)), n.content().get(i), out);
        }
    }
}
