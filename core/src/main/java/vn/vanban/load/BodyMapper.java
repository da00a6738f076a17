package vn.vanban.load;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.math.BigInteger;
import java.util.List;

import static vn.vanban.load.Paths.at;

/**
 * Maps the body (nội dung) and running text of a plan file onto the model, reporting what is
 * wrong with the notation; see {@link PlanMapper}. A node it cannot read stays in its list as an
 * empty paragraph whose path is settled, so that the nodes after it keep their numbers.
 */
final class BodyMapper {

    /** The kinds of text piece other than a plain string: the schema's names of their maps. */
    private static final List<String> PIECE_KINDS = List.of("strong", "cite", "money", "appendix", "note");
    private static final String PIECES = "{strong: …}, {cite: …}, {money: …}, {appendix: …} or {note: …}";

    private final Values values;
    private final PlanMapper plan;
    private final List<String> kinds = PlanSchema.fields("bodyNode");
    private final String kindsText = String.join(", ", kinds);

    BodyMapper(Values values, PlanMapper plan) {
        this.values = values;
        this.plan = plan;
    }

    /** What stands for a node that could not be read, so that the nodes after it keep their numbers. */
    static final BodyNode UNREAD = new BodyNode.Paragraph(null);

    /** A node; {@code null} after reporting why it cannot be read. */
    BodyNode node(Node n, String path) {
        if (!(n instanceof Node.MapNode m) || m.fields().isEmpty()) {
            values.report(n, path, "expected a body node (a map with one key: " + kindsText + "), found "
                    + (n instanceof Node.MapNode ? "an empty map" : n.describe()));
            return null;
        }
        if (m.fields().size() > 1) {
            values.report(n, path, "expected a body node with one key (" + kindsText + "), found "
                    + m.fields().size() + ": " + Problems.excerpt(String.join(", ", m.fields().keySet()))
                    + "; put a node's title, text and content in a map under its key");
            return null;
        }
        Node.Field field = m.fields().values().iterator().next();
        String kind = field.key();
        String p = at(path, kind);
        if (!kinds.contains(kind)) {
            values.report(field.line(), field.column(), p, Values.unknown("body node", kind, kinds));
            return null;
        }
        Node v = field.value();
        if (v instanceof Node.Scalar s && s.isNull()) {
            values.report(v, p, "expected the " + kind + "'s " + (List.of("part", "chapter", "section", "clause", "article")
                    .contains(kind) ? "title" : "text") + ", found nothing");
            return null;
        }
        return switch (kind) {
            case "part", "chapter", "section" -> heading(v, p, kind);
            case "clause", "article" -> titleOrText(v, p, kind);
            case "point", "dash" -> item(v, p, kind.equals("point"));
            default -> new BodyNode.Paragraph(text(v, p));
        };
    }

    private BodyNode heading(Node v, String path, String kind) {
        String title;
        List<BodyNode> content = List.of();
        if (v instanceof Node.Scalar) {
            title = values.line(v, path);
        } else {
            Fields f = values.fields(v, path, PlanSchema.fields("heading"), "a title, or a map with title and content");
            if (f == null) {
                return null;
            }
            title = f.line("title");
            content = f.list("content", this::node, UNREAD);
            alone(f, "title", content);
        }
        return switch (kind) {
            case "part" -> new BodyNode.Part(title, content);
            case "chapter" -> new BodyNode.Chapter(title, content);
            default -> new BodyNode.Section(title, content);
        };
    }

    /** A clause or an article: a title, or a map with title or text, and content. */
    private BodyNode titleOrText(Node v, String path, String kind) {
        boolean clause = kind.equals("clause");
        if (v instanceof Node.Scalar) {
            String title = values.line(v, path);
            return clause ? new BodyNode.Clause(title, null, List.of()) : new BodyNode.Article(title, null, List.of());
        }
        Fields f = values.fields(v, path, PlanSchema.fields("clause"),
                "a title, or a map with title or text, and content");
        if (f == null) {
            return null;
        }
        String title = f.line("title");
        Text text = f.read("text", this::text);
        if (f.has("title") && title == null) {
            title = ""; // unreadable, and reported: still a titled clause
        }
        if (f.has("text") && text == null) {
            text = new Text(List.of());
        }
        List<BodyNode> content = f.list("content", this::node, UNREAD);
        return clause ? new BodyNode.Clause(title, text, content) : new BodyNode.Article(title, text, content);
    }

    private BodyNode item(Node v, String path, boolean point) {
        Text text;
        List<BodyNode> content = List.of();
        if (v instanceof Node.MapNode) {
            Fields f = values.fields(v, path, PlanSchema.fields("item"), "text, or a map with text and content");
            text = f.read("text", this::text);
            content = f.list("content", this::node, UNREAD);
            alone(f, "text", content);
        } else {
            text = text(v, path);
        }
        return point ? new BodyNode.Point(text, content) : new BodyNode.Dash(text, content);
    }

    /**
     * A node without content has its title or text at its own path (see {@link Paths#own}): what
     * was said of that field (a misspelt key, say) is said of the node.
     */
    private void alone(Fields f, String field, List<BodyNode> content) {
        if (content.isEmpty() && values.isSettled(f.path(field))) {
            values.settle(f.path());
        }
    }

    /**
     * Running text: a string (its ends stripped), or a list of pieces kept exactly as written so
     * that the spaces between pieces survive; {@code null} (reported) when neither.
     */
    Text text(Node n, String path) {
        if (n instanceof Node.Scalar) {
            String v = values.line(n, path);
            return v == null ? null : Text.of(v);
        }
        if (n instanceof Node.MapNode m) {
            String cut = m.fields().keySet().stream().anyMatch(PIECE_KINDS::contains) ? null : Values.cutAtColon(m);
            values.report(n, path, cut != null ? cut : "expected text, found a map; to use pieces such as {strong: …} "
                    + "write them in a list");
            return null;
        }
        return new Text(values.items(n, path, this::piece, new Inline.Plain("")));
    }

    private Inline piece(Node n, String path) {
        if (n instanceof Node.Scalar) {
            String v = values.text(n, path);
            return v == null ? null : new Inline.Plain(v);
        }
        String expected = "a piece of text: a string, " + PIECES;
        if (!(n instanceof Node.MapNode m)) {
            values.report(n, path, "expected " + expected + ", found a list");
            return null;
        }
        List<String> found = m.fields().keySet().stream().filter(PIECE_KINDS::contains).toList();
        if (found.size() > 1) {
            values.report(n, path, "a piece of text is one of " + PIECES + ", found " + String.join(" and ", found)
                    + " together; make them pieces of their own");
            return null;
        }
        if (found.isEmpty()) {
            if (m.fields().size() == 1) {
                Node.Field only = m.fields().values().iterator().next();
                String cut = Suggestions.closest(only.key(), PIECE_KINDS).isEmpty() ? Values.cutAtColon(m) : null;
                if (cut != null) {
                    values.report(n, path, cut);
                } else {
                    values.report(only.line(), only.column(), at(path, only.key()),
                            Values.unknown("kind of text piece", only.key(), PIECE_KINDS));
                }
            } else {
                values.report(n, path, "expected " + expected + ", found a map with "
                        + (m.fields().isEmpty() ? "no fields" : "the fields " + Problems.excerpt(String.join(", ", m.fields().keySet()))));
            }
            return null;
        }
        String kind = found.get(0);
        // The schema's name for the map of a reference, "appendix" naming the appendix itself.
        Fields f = new Fields(values, m, path, PlanSchema.fields(kind.equals("appendix") ? "appendixRef" : kind));
        return switch (kind) {
            case "strong" -> new Inline.Strong(f.line("strong"));
            case "appendix" -> new Inline.AppendixRef(f.line("appendix"));
            case "note" -> {
                Text note = f.read("note", this::text);
                if (!f.has("note")) {
                    values.report(m.fields().get("note").value(), f.path("note"), "expected the note's text, found nothing");
                }
                yield new Inline.Note(note == null ? new Text(List.of()) : note);
            }
            case "cite" -> {
                yield new Inline.Cite(f.read("cite", plan::citation));
            }
            default -> money(f);
        };
    }

    /** Digits grouped in thousands: "235.750.000", "1,500,000", "235 750 000". */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d{1,3}([., \\u00A0]\\d{3})+");

    /**
     * Whether a sum is written as people print it, its thousands grouped ("235.750.000"); it is
     * then reported with the digits to write instead. The rendering groups them itself.
     */
    private boolean grouped(Node amount, String path) {
        if (amount instanceof Node.Scalar s && GROUPED.matcher(s.text().strip()).matches()) {
            values.report(amount, path, "expected the sum in đồng as digits alone, found " + amount.describe()
                    + "; write it without the marks between the thousands: " + s.text().strip().replaceAll("[^0-9]", "")
                    + " (the rendering groups the digits itself: 235.750.000 đồng)");
            return true;
        }
        return false;
    }

    private Inline money(Fields f) {
        Node amount = f.required("money");
        BigInteger dong = amount == null || grouped(amount, f.path("money")) ? null : values.whole(amount, f.path("money"));
        if (dong != null && dong.bitLength() > 63) {
            values.report(amount, f.path("money"), dong.signum() < 0
                    ? "expected a sum in đồng of 0 or more, found " + amount.describe()
                    : "expected a sum in đồng up to " + Long.MAX_VALUE + ", found " + amount.describe());
            dong = null;
        }
        Boolean inWords = f.read("inWords", values::bool);
        return new Inline.Money(dong == null ? 0 : dong.longValue(), Boolean.TRUE.equals(inWords));
    }
}
