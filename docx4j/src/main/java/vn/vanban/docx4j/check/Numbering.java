package vn.vanban.docx4j.check;

import vn.vanban.text.ClauseTitles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule C15, the body's numbering as its text shows it: Phần/Chương, Roman sections, Điều, Arabic
 * clauses and lettered points, each series in order without gaps and restarting under its parent.
 * Numbers Word draws from its numbering definitions are not in the text and are not checked here.
 */
final class Numbering {

    private static final Pattern PART = Pattern.compile("^(Phần|Chương)\\s+[IVXLC]+\\b.*");
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\.\\s+(\\S.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+([0-9]+)\\.(.*)$");
    private static final Pattern CLAUSE = Pattern.compile("^([0-9]+)\\.\\s+(\\S.*)$");
    private static final Pattern POINT = Pattern.compile("^(\\p{Ll}{1,2})\\)\\s.*");

    static final Rule RULE = Rule.both("C15", "numbering", "NĐ 30/2020, Phụ lục I, Phần I, II.6.đ",
            "sections numbered I, II, … with upper-case bold titles; clauses 1, 2, … in each section, a titled one bold; "
                    + "points a), b), … in the Vietnamese alphabet's order (no f, j, w, z), not bold; no gaps",
            (doc, out) -> new Numbering(doc, out).run());

    private final CheckedDocument doc;
    private final Rule.Findings out;
    private int roman = 1;
    private int article = 1;
    private int clause = 1;
    private int point = 0;

    private Numbering(CheckedDocument doc, Rule.Findings out) {
        this.doc = doc;
        this.out = out;
    }

    private void run() {
        for (Block b : doc.marks().body()) {
            String t = b.text();
            Matcher m;
            if (PART.matcher(t).matches()) {
                roman = 1;
                clause = 1;
                point = 0;
            } else if ((m = ARTICLE.matcher(t)).matches()) {
                article(b, Integer.parseInt(m.group(1)));
            } else if ((m = ROMAN.matcher(t)).matches() && TextForms.roman(m.group(1)) > 0) {
                section(b, TextForms.roman(m.group(1)), m.group(2));
            } else if ((m = CLAUSE.matcher(t)).matches()) {
                clause(b, Integer.parseInt(m.group(1)), m.group(2));
            } else if ((m = POINT.matcher(t)).matches()) {
                point(b, m.group(1));
            }
        }
    }

    private void article(Block b, int n) {
        if (n != article) {
            out.add(b, "Điều " + n + " after Điều " + (article - 1), "articles numbered in turn: Điều " + article);
        }
        if (!b.textSpans().isEmpty() && !b.textSpans().get(0).bold()) {
            out.add(b, "'Điều " + n + ".' not bold", "an article's number and title bold");
        }
        article = n + 1;
        clause = 1;
        point = 0;
    }

    private void section(Block b, int n, String title) {
        if (n != roman) {
            out.add(b, TextForms.roman(n) + ". after " + (roman > 1 ? TextForms.roman(roman - 1) + "." : "the start"),
                    "sections numbered in turn: " + TextForms.roman(roman) + ".");
        }
        if (!TextForms.allUpper(title)) {
            out.add(b, "a section title in normal case: " + Say.quote(title), "a section's title in upper case");
        }
        if (!b.all(Block.Span::bold)) {
            out.add(b, "a section heading " + Say.weight(b), "a section's number and title bold");
        }
        roman = n + 1;
        clause = 1;
        point = 0;
    }

    private void clause(Block b, int n, String rest) {
        if (n != clause) {
            out.add(b, n + ". after " + (clause > 1 ? (clause - 1) + "." : "the section's start"),
                    "clauses numbered in turn in each section: " + clause + ".");
        }
        if (titled(b, rest) && !b.all(Block.Span::bold)) {
            out.add(b, "a clause title " + Say.weight(b), "a titled clause's number and title bold on a line of their own");
        }
        clause = n + 1;
        point = 0;
    }

    /** A clause with a title: a short line of its own, not a sentence. */
    private boolean titled(Block b, String rest) {
        if (ClauseTitles.endsSentence(rest)) {
            return false;
        }
        if (b.geometry() == null) {
            return b.text().length() <= ClauseTitles.TITLE_LENGTH;
        }
        CheckedDocument.Page p = doc.pages().get(b.page() - 1);
        double right = p.width() - doc.measures().right.chosen() * Measures.PT_PER_MM;
        return b.geometry().x1() < right - 3 * b.size();
    }

    private void point(Block b, String letter) {
        int at = TextForms.POINT_LETTERS.indexOf(letter);
        if (at < 0) {
            out.add(b, "the point " + letter + ")", "points lettered in the Vietnamese alphabet: a b c d đ e g h i k l m n o p q r s t u v x y");
            return;
        }
        if (at != point) {
            out.add(b, letter + ") after " + (point > 0 ? TextForms.POINT_LETTERS.get(point - 1) + ")" : "the clause's start"),
                    "points lettered in turn: " + (point < TextForms.POINT_LETTERS.size() ? TextForms.POINT_LETTERS.get(point) + ")" : "…"));
        }
        if (!b.textSpans().isEmpty() && b.textSpans().get(0).bold()) {
            out.add(b, "the point's letter bold", "a point's letter in normal weight");
        }
        point = at + 1;
    }
}
