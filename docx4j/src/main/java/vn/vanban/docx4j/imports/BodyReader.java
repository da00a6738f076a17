package vn.vanban.docx4j.imports;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Numbering;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body's numbered structure read back from its labels: "Phần I" (or "Phần thứ nhất"),
 * "Chương I", "Mục 1", "Điều 1.", "I.", "1." (or "1.1."), "a)", "-" and "+". Numbers are not
 * kept (the model numbers nodes by their place); a label tells a node's kind and, for clauses,
 * where it nests. A paragraph without a label belongs to the heading above it.
 */
final class BodyReader {

    private static final Pattern PART = Pattern.compile("(?iu)phần\\s+(thứ\\s+[\\p{L} ]+|[IVXLCDM]+)\\.?\\s*(?:[.:\\-–]\\s*)?(.*)");
    private static final Pattern CHAPTER = Pattern.compile("(?iu)chương\\s+([IVXLCDM]+|\\d+)\\.?\\s*(?:[:\\-–]\\s*)?(.*)");
    private static final Pattern CHAPTER_SECTION = Pattern.compile("(?iu)mục\\s+(\\d+)\\.?\\s*(?:[:\\-–]\\s*)?(.*)");
    private static final Pattern ARTICLE = Pattern.compile("Điều\\s+(\\d+)\\.?\\s+(.*)", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("([IVXLCDM]+)\\.\\s+(.*)", Pattern.DOTALL);
    private static final Pattern CLAUSE = Pattern.compile("(\\d+(?:\\.\\d+)*)\\.\\s+(.*)", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("([a-zđ]{1,2})\\)\\s+(.*)", Pattern.DOTALL);
    private static final Pattern DASH = Pattern.compile("[-–—•]\\s+(.*)", Pattern.DOTALL);
    private static final Pattern PLUS = Pattern.compile("\\+\\s+(.*)", Pattern.DOTALL);

    private final Casing casing;
    private final List<Unmapped> unmapped;
    private final Open root = new Open("root", null, null, "");
    private final List<Open> stack = new ArrayList<>();
    private boolean decimal;
    private boolean partsInWords;

    BodyReader(Casing casing, List<Unmapped> unmapped) {
        this.casing = casing;
        this.unmapped = unmapped;
        stack.add(root);
    }

    /** The scheme the labels read showed: decimal clauses, parts in words. */
    Numbering numbering() {
        Numbering n = Numbering.DEFAULT;
        if (decimal) {
            n = n.withClauses(Numbering.ClauseNumbers.DECIMAL);
        }
        if (partsInWords) {
            n = n.withParts(Numbering.PartNumbers.WORDS);
        }
        return n;
    }

    /** The nodes read, the last one's end mark ("./.") left for the renderer when {@code endMark}. */
    List<BodyNode> nodes(boolean endMark) {
        List<BodyNode> out = root.build();
        return endMark ? EndMarks.strip(out) : out;
    }

    /** Reads the body's paragraphs in order; a heading's title may be the paragraph after its label. */
    void read(List<Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String role = p.role() == null ? "body" : p.role();
            String text = p.plain();
            Matcher m;
            switch (role) {
                case "part-label", "chapter-label", "chapter-section-label" -> {
                    String kind = role.substring(0, role.length() - "-label".length());
                    Pattern pattern = kind.equals("part") ? PART : kind.equals("chapter") ? CHAPTER : CHAPTER_SECTION;
                    m = pattern.matcher(text);
                    String title = m.matches() ? m.group(2) : "";
                    if (i + 1 < paras.size() && (kind + "-title").equals(paras.get(i + 1).role()) && title.isEmpty()) {
                        title = paras.get(++i).plain();
                    }
                    if (kind.equals("part") && m.matches() && m.group(1).toLowerCase().startsWith("thứ")) {
                        partsInWords = true;
                    }
                    heading(kind.equals("chapter-section") ? "section" : kind, casing.of(title));
                }
                case "section-heading" -> {
                    m = SECTION.matcher(text);
                    heading("section", casing.of(m.matches() ? m.group(2) : text));
                }
                case "article-heading" -> {
                    m = ARTICLE.matcher(text);
                    heading("article", m.matches() ? m.group(2) : text);
                }
                case "clause-heading" -> {
                    m = CLAUSE.matcher(text);
                    clause(p, m.matches() ? m.group(1) : null, m.matches() ? m.group(2) : text, null);
                }
                default -> labelled(p, role);
            }
        }
    }

    /** A body paragraph: an untitled article or clause, a point, a dash, or a paragraph of text. */
    private void labelled(Para p, String role) {
        String raw = p.text();
        String lead = raw.stripLeading();
        int offset = raw.length() - lead.length();
        Matcher m;
        if ((m = ARTICLE.matcher(lead)).matches() && startsBold(p)) {
            close(Open::holdsArticles);
            add(new Open("article", null, Texts.of(p.pieces(), offset + m.start(2)), ""));
        } else if ((m = CLAUSE.matcher(lead)).matches()) {
            clause(p, m.group(1), null, Texts.of(p.pieces(), offset + m.start(2)));
        } else if ((m = POINT.matcher(lead)).matches()) {
            close(o -> !o.kind.equals("point") && !o.kind.equals("dash"));
            add(new Open("point", null, Texts.of(p.pieces(), offset + m.start(2)), ""));
        } else if ((m = DASH.matcher(lead)).matches()) {
            close(o -> !o.kind.equals("dash"));
            add(new Open("dash", null, Texts.of(p.pieces(), offset + m.start(1)), ""));
        } else if ((m = PLUS.matcher(lead)).matches()) {
            close(o -> !o.kind.equals("dash") || o.dashDepth == 0);
            add(new Open("dash", null, Texts.of(p.pieces(), offset + m.start(1)), ""));
        } else {
            if (!"body".equals(role) && !"closing".equals(role)) {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "not a part of the plan's layout; kept as a "
                        + "paragraph of the body"));
            }
            close(o -> !o.kind.equals("point") && !o.kind.equals("dash"));
            top().children.add(new BodyNode.Paragraph(Texts.of(p.pieces(), 0)));
        }
    }

    private static boolean startsBold(Para p) {
        return !p.pieces().isEmpty() && p.pieces().get(0) instanceof Para.Run r && r.bold();
    }

    /** A part, chapter, section or titled article: closes what it cannot stand in. */
    private void heading(String kind, String title) {
        switch (kind) {
            case "part" -> close(o -> o == root);
            case "chapter" -> close(o -> o == root || o.kind.equals("part"));
            case "section" -> close(o -> o == root || o.kind.equals("part") || o.kind.equals("chapter"));
            default -> close(Open::holdsArticles);
        }
        add(new Open(kind, title, null, ""));
    }

    /**
     * A clause, nested by its number: "1.2." under the open "1."; a clause numbered on from the
     * innermost open clause's children goes under it, else among the clauses it continues. Once
     * the labels have shown decimal numbers, "3." is never a child: a clause's clauses carry its
     * number ("2.3."), so "3." stands beside "2." even when "2." holds two clauses. A decimal
     * number whose parent is not open ("1.1.1.1.1." under "1.1.") is read where it stands, and
     * listed: the model numbers clauses by their place, so its number will change.
     */
    private void clause(Para p, String label, String title, Text text) {
        close(o -> !o.kind.equals("point") && !o.kind.equals("dash"));
        String[] numbers = label == null ? new String[] {"1"} : label.split("\\.");
        if (numbers.length > 1) {
            decimal = true;
            String parent = String.join(".", java.util.Arrays.copyOf(numbers, numbers.length - 1)) + ".";
            int at = stack.size() - 1;
            while (at > 0 && !(stack.get(at).kind.equals("clause") && stack.get(at).clauseLabel.equals(parent))) {
                at--;
            }
            if (at > 0) {
                truncate(at + 1);
            } else {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "numbered " + label + ". under no clause "
                        + parent + ": read as a clause where it stands, numbered by its place"));
                close(o -> !o.kind.equals("clause"));
            }
        } else if (decimal) {
            close(o -> !o.kind.equals("clause"));
        } else {
            int n = parse(numbers[0]);
            int at = stack.size() - 1;
            while (at > 0 && stack.get(at).kind.equals("clause") && stack.get(at).clauses + 1 != n) {
                at--;
            }
            if (at > 0 && stack.get(at).kind.equals("clause") && clauseDepth(at) < MAX_CLAUSE_DEPTH) {
                truncate(at + 1);
            } else {
                // A list that starts again at "1." deeper than the decree's clauses go is a
                // restart, not a level: among the clauses, so that a Word file of restarted
                // lists does not nest one level per list.
                close(o -> !o.kind.equals("clause"));
                while (stack.size() > 1 && top().kind.equals("clause") && clauseDepth(stack.size() - 1) > 1) {
                    stack.remove(stack.size() - 1);
                }
            }
        }
        Open o = new Open("clause", title, text, label == null ? "" : label + ".");
        add(o);
    }

    /** Clauses within clauses the import nests at most ("1." under "1." under "1."). */
    static final int MAX_CLAUSE_DEPTH = 3;

    /** How many clauses deep the open node at {@code at} is, itself included. */
    private int clauseDepth(int at) {
        int depth = 0;
        for (int i = at; i > 0 && stack.get(i).kind.equals("clause"); i--) {
            depth++;
        }
        return depth;
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Open top() {
        return stack.get(stack.size() - 1);
    }

    /** Closes open nodes from the innermost out until one can hold what comes. */
    private void close(java.util.function.Predicate<Open> holds) {
        while (stack.size() > 1 && !holds.test(top())) {
            stack.remove(stack.size() - 1);
        }
    }

    private void truncate(int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
        }
    }

    private void add(Open o) {
        Open parent = top();
        if (o.kind.equals("clause")) {
            parent.clauses++;
        }
        if (o.kind.equals("dash")) {
            o.dashDepth = parent.kind.equals("dash") ? parent.dashDepth + 1 : 0;
        }
        parent.children.add(o);
        stack.add(o);
    }

    /** A node being read: its children are added until a label closes it. */
    private static final class Open {
        final String kind;
        final String title;
        final Text text;
        final String clauseLabel;
        final List<Object> children = new ArrayList<>();
        int clauses;
        int dashDepth;

        Open(String kind, String title, Text text, String clauseLabel) {
            this.kind = kind;
            this.title = title;
            this.text = text;
            this.clauseLabel = clauseLabel;
        }

        /** Articles stand at the top, in a part, a chapter or a chapter's section. */
        boolean holdsArticles() {
            return kind.equals("root") || kind.equals("part") || kind.equals("chapter") || kind.equals("section");
        }

        List<BodyNode> build() {
            List<BodyNode> out = new ArrayList<>(children.size());
            for (Object c : children) {
                out.add(c instanceof Open o ? o.node() : (BodyNode) c);
            }
            return out;
        }

        BodyNode node() {
            List<BodyNode> content = build();
            return switch (kind) {
                case "part" -> new BodyNode.Part(title, content);
                case "chapter" -> new BodyNode.Chapter(title, content);
                case "section" -> new BodyNode.Section(title, content);
                case "article" -> new BodyNode.Article(title, text, content);
                case "clause" -> new BodyNode.Clause(title, text, content);
                case "point" -> new BodyNode.Point(text, content);
                default -> new BodyNode.Dash(text, content);
            };
        }
    }
}
