package vn.vanban.yearly;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.vanban.common.VanbanException;
import vn.vanban.common.Format;
import vn.vanban.load.Paths;
import vn.vanban.load.PlanReader;
import vn.vanban.model.Plan;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Next year's draft as an edit of this year's YAML text rather than a new file: only the values
 * that change are rewritten where they stand, so comments, quoting, key order and blank lines
 * survive — a clerk's notes in the file are not lost every January.
 * <p>
 * It knows no rule of its own about the year: it makes the changes {@link NextYear} lists, each
 * at its path in the YAML node tree, moving in the value's source text the same appearances of
 * the year that NextYear moved in the value (the n-th of them, not those a rule of its own would
 * pick: which year is the plan's is {@link YearsInText}'s to say, read on the whole value). It is then
 * checked: the edited text is read back and must give exactly the plan {@link NextYear} made. When
 * it does not (an unusual construct, a year hidden in an escape sequence) the result is empty and
 * the caller writes the file afresh instead. Pure and thread-safe.
 */
public final class SourceRewrite {

    private SourceRewrite() {
    }

    /**
     * This year's YAML with the changes of {@code result} made in place, or empty when that
     * cannot be done faithfully.
     *
     * @param source this year's file as text
     * @param result what {@link NextYear} made of the plan read from {@code source}
     * @param from   the plan's year in {@code source}
     */
    public static Optional<String> yaml(String source, NextYear.Result result, int from) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(result, "result");
        int to = result.plan().date().year();
        boolean bom = source.startsWith("\uFEFF");
        String text = bom ? source.substring(1) : source;
        String edited;
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (!(root instanceof MappingNode map)) {
                return Optional.empty();
            }
            List<Edit> edits = new ArrayList<>();
            Source s = new Source(text);
            for (NextYear.Review r : result.review()) {
                if (r instanceof NextYear.Change c) {
                    edits.addAll(s.edit(map, c, from, to));
                }
            }
            edited = apply(text, edits);
        } catch (RuntimeException e) {
            // SnakeYAML's own exceptions, or a change with no value of its own in the text: the
            // reader accepted the file, so this is a construct the in-place edit does not handle;
            // writing afresh is still possible.
            return Optional.empty();
        }
        try {
            Plan check = new PlanReader().read(edited, "next-year", Format.YAML);
            if (!check.equals(result.plan())) {
                return Optional.empty();
            }
        } catch (VanbanException e) {
            return Optional.empty();
        }
        return Optional.of(bom ? "\uFEFF" + edited : edited);
    }

    /**
     * The comments of a YAML file that name its plan's year ("# Kế hoạch … năm 2024 của UBND thị
     * xã …"), flagged for the clerk: next year's copy edited in place keeps comments as they were,
     * since they are the clerk's own words, not the plan's. SnakeYAML's comment events tell a
     * comment from a "#" inside a text, and find those that follow a value on its line.
     *
     * @param source the file as text, as {@link #yaml} edited it
     * @param year   the plan's year in it
     * @return one {@link NextYear.CommentKept} per comment, in the file's order; none when the
     *         file cannot be parsed
     */
    public static List<NextYear.Review> comments(String source, int year) {
        Objects.requireNonNull(source, "source");
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        List<NextYear.Review> out = new ArrayList<>();
        try {
            for (Event e : new Yaml(options).parse(new StringReader(text))) {
                if (e instanceof CommentEvent c && c.getCommentType() != CommentType.BLANK_LINE
                        && YearsInText.namesYear(c.getValue(), year)) {
                    out.add(new NextYear.CommentKept(c.getStartMark().getLine() + 1, "#" + c.getValue().stripTrailing(),
                            year));
                }
            }
        } catch (RuntimeException e) {
            // The reader accepted this file, so SnakeYAML cannot fail here but on its own limits;
            // the comments are then only not reviewed.
            return List.of();
        }
        return out;
    }

    /** The year as a number of its own: not the end or start of a longer number. */
    private static final IntFunction<Pattern> YEAR = year -> Pattern.compile("(?<!\\d)" + year + "(?!\\d)");

    /** Replace the characters from {@code start} to {@code end} (char indexes) by {@code text}. */
    private record Edit(int start, int end, String text) {
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder sb = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end() > limit) {
                throw new IllegalStateException("overlapping edits");
            }
            sb.replace(e.start(), e.end(), e.text());
            limit = e.start();
        }
        return sb.toString();
    }

    /** The source text, and the edit each change makes in it. */
    private record Source(String text) {

        List<Edit> edit(MappingNode root, NextYear.Change c, int from, int to) {
            if (c.path().equals("number")) {
                return List.of(removeLine(tuple(root, "number")));
            }
            Node found = find(root, c.path());
            if (c.path().equals("date")) {
                ScalarNode value = scalar(found);
                return List.of(new Edit(start(value), end(value), Integer.toString(to)));
            }
            // A title given line by line is a list of texts: each line with the year is edited.
            List<Node> values = found instanceof SequenceNode lines ? lines.getValue() : List.of(found);
            Iterator<Boolean> moved = moved(c, from, to).iterator();
            List<Edit> out = new ArrayList<>();
            for (Node n : values) {
                ScalarNode value = scalar(n);
                String raw = text.substring(start(value), end(value));
                String replaced = move(raw, moved, from, to);
                if (!replaced.equals(raw)) {
                    out.add(new Edit(start(value), end(value), replaced));
                }
            }
            if (out.isEmpty() || moved.hasNext()) {
                throw new IllegalStateException(c.path() + ": the years are not in the source text as written");
            }
            return out;
        }

        /**
         * Which of the old year's appearances in the value NextYear moved, in order. Both years
         * have four digits, so each stands at the same place before and after.
         */
        private static List<Boolean> moved(NextYear.Change c, int from, int to) {
            if (c.before().length() != c.after().length()) {
                throw new IllegalStateException(c.path() + ": not a change of the year alone");
            }
            String year = Integer.toString(to);
            return YEAR.apply(from).matcher(c.before()).results()
                    .map(m -> c.after().startsWith(year, m.start())).toList();
        }

        /**
         * The same appearances moved in the source text, which holds them in the same order
         * (an escape that hides one leaves a count that differs, and the edit is given up).
         */
        private static String move(String raw, Iterator<Boolean> moved, int from, int to) {
            Matcher m = YEAR.apply(from).matcher(raw);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                if (!moved.hasNext()) {
                    throw new IllegalStateException("more years in the source text than in the value");
                }
                m.appendReplacement(sb, moved.next() ? Integer.toString(to) : m.group());
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /** The number goes: its whole line, when "number: 15" stands alone on it. */
        private Edit removeLine(NodeTuple t) {
            Node k = t.getKeyNode();
            Node v = t.getValueNode();
            int lineStart = text.lastIndexOf('\n', start(k) - 1) + 1;
            int lineEnd = text.indexOf('\n', end(v));
            lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
            String before = text.substring(lineStart, start(k));
            String after = text.substring(end(v), lineEnd);
            if (!before.isBlank() || !(after.isBlank() || after.strip().startsWith("#"))) {
                throw new IllegalStateException("number does not stand alone on its line");
            }
            return new Edit(lineStart, lineEnd, "");
        }

        // SnakeYAML counts code points; Java strings count UTF-16 units (they differ after an emoji).
        private int start(Node n) {
            return text.offsetByCodePoints(0, n.getStartMark().getIndex());
        }

        private int end(Node n) {
            return text.offsetByCodePoints(0, n.getEndMark().getIndex());
        }
    }

    /**
     * The node at a review's path ({@code body[0].section.content[1].dash[2]}). The path follows
     * the shortest form of the file ({@code dash: text}); a file may write the same value in full
     * ({@code dash: {text: …}}), so a map met where its title or text was meant is stepped into.
     */
    static Node find(Node root, String path) {
        Node node = root;
        for (Object segment : Paths.segments(path)) {
            if (segment instanceof Integer index) {
                node = titleOrText(node);
                if (!(node instanceof SequenceNode seq) || index >= seq.getValue().size()) {
                    throw new IllegalStateException(path + ": no item " + index);
                }
                node = seq.getValue().get(index);
            } else {
                NodeTuple t = node instanceof MappingNode m ? tupleOrNull(m, (String) segment) : null;
                node = (t != null ? t : tuple(titleOrText(node), (String) segment)).getValueNode();
            }
        }
        return titleOrText(node);
    }

    /** A body node written in full: its title or text; anything else as it is. */
    private static Node titleOrText(Node n) {
        if (n instanceof MappingNode m) {
            for (String key : List.of("title", "text")) {
                NodeTuple t = tupleOrNull(m, key);
                if (t != null) {
                    return t.getValueNode();
                }
            }
        }
        return n;
    }

    private static ScalarNode scalar(Node n) {
        if (!(n instanceof ScalarNode s)) {
            throw new IllegalStateException("not a scalar: " + n.getNodeId());
        }
        return s;
    }

    private static NodeTuple tuple(Node map, String key) {
        NodeTuple t = map instanceof MappingNode m ? tupleOrNull(m, key) : null;
        if (t == null) {
            throw new IllegalStateException("no field " + key);
        }
        return t;
    }

    private static NodeTuple tupleOrNull(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
