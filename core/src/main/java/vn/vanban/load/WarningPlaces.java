package vn.vanban.load;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.model.AttachedText;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;
import vn.vanban.text.PlainText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A rendering's warnings about a plan read from a file, placed at the field they are about as the
 * reading's own warnings are (file, line, column, field path). The view, the layout and the PDF
 * writer warn of texts and paragraphs, not fields, so a warning is matched to the one field whose
 * text it names: the text that ends the document (its end mark: the closing sentence, or the
 * body's last heading or sentence), or a line of box 13 ({@code contact}: a word wider than its
 * line, a character the font lacks). A warning that matches no field, or more than one, stays as
 * it was, without a place.
 */
public final class WarningPlaces {

    private static final String CLOSING = "the closing sentence ";
    private static final String BODY_END = "the body's last ";
    /** The text's end as an end-mark warning quotes it: "('… thực hiện./.')". */
    private static final Pattern QUOTED_END = Pattern.compile("\\('(?:… )?(.*)'\\)");
    private static final Pattern WIDE_WORD = Pattern.compile("a word is wider than its line .* cut in two: \"(.*)\"");
    private static final Pattern MISSING_GLYPH = Pattern.compile(
            "U\\+([0-9A-F]{4,6}) .* is not in the font .*\\(paragraph \"(.*)\"\\)");

    private WarningPlaces() {
    }

    /**
     * One problem per warning, in order: placed where its field stands in {@code file}, or, when
     * no one field can be told (or the file no longer reads), with line 0 and an empty path.
     */
    public static List<Problem> place(Path file, Plan plan, List<String> warnings) {
        List<String> paths = warnings.stream().map(w -> field(plan, w)).toList();
        // The file is read again only for a warning that names a field: most renderings have none.
        Node root = paths.stream().allMatch(Objects::isNull) ? null : tree(file);
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            Problems placed = new Problems(file.toString());
            if (root == null || paths.get(i) == null) {
                placed.warn(0, 0, "", warnings.get(i));
            } else {
                Locations.place(root, new Violations.Violation(paths.get(i), warnings.get(i)), placed, true);
            }
            out.add(placed.warnings().get(0));
        }
        return out;
    }

    /** The file's located tree, or {@code null} when it no longer reads. */
    private static Node tree(Path file) {
        Problems problems = new Problems(file.toString());
        try {
            DataFile data = DataFile.read(file, problems);
            return new TreeReader().parse(data.bytes(), data.format(), problems);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** The path of the one field {@code warning} is about, or {@code null}. */
    static String field(Plan plan, String warning) {
        List<Field> candidates = new ArrayList<>();
        AttachedText a = plan.attached();
        Matcher m;
        if (warning.startsWith(CLOSING) || warning.startsWith(BODY_END)) {
            boolean closing = warning.startsWith(CLOSING);
            candidates.add(end("", plan.closing(), plan.body(), closing));
            candidates.add(a == null ? null : end("attached.", a.closing(), a.body(), closing));
            Matcher quoted = QUOTED_END.matcher(warning);
            String tail = quoted.find() ? quoted.group(1).replaceFirst("\\./\\.$", "") : "";
            // The mark completes the text in place of its last character ("." or ";"): what is
            // left of the quote ends the field's text without it.
            return only(candidates, f -> {
                String t = f.text().stripTrailing();
                return !t.isEmpty() && t.substring(0, t.length() - 1).endsWith(tail);
            });
        } else if ((m = WIDE_WORD.matcher(warning)).matches()) {
            String word = unquoted(m.group(1));
            contact(plan, candidates);
            return only(candidates, f -> f.text().contains(word));
        } else if ((m = MISSING_GLYPH.matcher(warning)).matches()) {
            String character = Character.toString(Integer.parseInt(m.group(1), 16));
            String first = unquoted(m.group(2));
            contact(plan, candidates);
            return only(candidates, f -> f.text().contains(character)
                    && f.text().strip().replaceAll("\\s+", " ").startsWith(first));
        }
        return null;
    }

    /** A field's path and its text as printed. */
    private record Field(String path, String text) {
    }

    /** The text an end mark completes: the closing sentence, else the body's last heading or text. */
    private static Field end(String prefix, String closing, List<BodyNode> body, boolean wantClosing) {
        if (closing != null) {
            return wantClosing ? new Field(prefix + "closing", closing) : null;
        }
        return wantClosing ? null : last(prefix + "body", body);
    }

    private static Field last(String list, List<BodyNode> nodes) {
        if (nodes.isEmpty()) {
            return null;
        }
        BodyNode n = nodes.get(nodes.size() - 1);
        String at = Paths.node(list, nodes.size() - 1, n);
        if (!n.content().isEmpty()) {
            return last(at + ".content", n.content());
        }
        String title = n instanceof BodyNode.Clause c ? c.title() : n instanceof BodyNode.Article r ? r.title()
                : n instanceof BodyNode.Part p ? p.title() : n instanceof BodyNode.Chapter h ? h.title()
                : n instanceof BodyNode.Section s ? s.title() : null;
        return new Field(Paths.own(at, n), title != null ? title : PlainText.of(text(n)));
    }

    private static Text text(BodyNode n) {
        return n instanceof BodyNode.Point p ? p.text() : n instanceof BodyNode.Dash d ? d.text()
                : n instanceof BodyNode.Paragraph p ? p.text() : n instanceof BodyNode.Clause c ? c.text()
                : ((BodyNode.Article) n).text();
    }

    private static void contact(Plan plan, List<Field> out) {
        IntStream.range(0, plan.contact().size())
                .forEach(i -> out.add(new Field(Paths.index("contact", i), plan.contact().get(i))));
    }

    /** A text a warning quotes, without the "…" that cuts it short. */
    private static String unquoted(String quoted) {
        return quoted.endsWith("…") ? quoted.substring(0, quoted.length() - 1).stripTrailing() : quoted;
    }

    private static String only(List<Field> candidates, Predicate<Field> matches) {
        List<String> found = candidates.stream().filter(f -> f != null && f.text() != null && matches.test(f))
                .map(Field::path).toList();
        return found.size() == 1 ? found.get(0) : null;
    }
}
