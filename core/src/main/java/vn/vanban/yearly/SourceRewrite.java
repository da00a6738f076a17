package vn.vanban.yearly;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.vanban.VanbanException;
import vn.vanban.load.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.model.Plan;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Next year's draft as an edit of this year's YAML text rather than a new file: only the values
 * that change are rewritten where they stand, so comments, quoting, key order and blank lines
 * survive — a clerk's notes in the file are not lost every January.
 * <p>
 * The edit follows the same rules as {@link NextYear} (which fields carry the plan's year, which
 * are citations), but works on the YAML node tree and its source positions. It is then checked:
 * the edited text is read back and must give exactly the plan {@link NextYear} made. When it does
 * not (an unusual construct, a year hidden in an escape sequence) the result is empty and the
 * caller writes the file afresh instead. Pure and thread-safe.
 */
public final class SourceRewrite {

    /** Fields of the plan whose values carry no year of the plan's own. */
    private static final Set<String> UNTOUCHED_PLAN_FIELDS = Set.of("type", "parent", "issuer", "symbol",
            "recipients", "signatory");
    /** Fields inside the body and appendices that are not running text. */
    private static final Set<String> NOT_TEXT = Set.of("cite", "money", "inWords", "key", "width", "orientation",
            "numbered");

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
            new Walk(text, from, to, edits).plan(map);
            edited = apply(text, edits);
        } catch (RuntimeException e) {
            // SnakeYAML's own exceptions: the reader accepted the file, so this is a construct
            // the in-place edit does not handle; writing afresh is still possible.
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

    /** One walk over the tree, collecting edits. */
    private static final class Walk {
        private final String text;
        private final int from;
        private final int to;
        private final List<Edit> edits;

        Walk(String text, int from, int to, List<Edit> edits) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.edits = edits;
        }

        void plan(MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String key = key(t);
                Node value = t.getValueNode();
                if (key == null || UNTOUCHED_PLAN_FIELDS.contains(key)) {
                    continue;
                }
                switch (key) {
                    case "date" -> date(value);
                    case "number" -> removeLine(t);
                    case "basis" -> basis(value);
                    default -> text(value); // summary, body, closing, appendices
                }
            }
        }

        private void basis(Node basis) {
            if (basis instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if ("issuing".equals(key(t))) {
                        text(t.getValueNode());
                    }
                }
            }
        }

        /** Every scalar below {@code n} that is running text, citations excepted. */
        private void text(Node n) {
            if (n instanceof ScalarNode s) {
                String raw = slice(s);
                String replaced = NextYear.replaceYear(raw, from, to);
                if (!replaced.equals(raw)) {
                    edits.add(new Edit(start(s), end(s), replaced));
                }
            } else if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(this::text);
            } else if (n instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (!NOT_TEXT.contains(key(t))) {
                        text(t.getValueNode());
                    }
                }
            }
        }

        private void date(Node n) {
            if (!(n instanceof ScalarNode s)) {
                throw new IllegalStateException("date is not a scalar");
            }
            edits.add(new Edit(start(s), end(s), Integer.toString(to)));
        }

        /** The number goes: its whole line, when "number: 15" stands alone on it. */
        private void removeLine(NodeTuple t) {
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
            edits.add(new Edit(lineStart, lineEnd, ""));
        }

        private String slice(Node n) {
            return text.substring(start(n), end(n));
        }

        // SnakeYAML counts code points; Java strings count UTF-16 units (they differ after an emoji).
        private int start(Node n) {
            return text.offsetByCodePoints(0, n.getStartMark().getIndex());
        }

        private int end(Node n) {
            return text.offsetByCodePoints(0, n.getEndMark().getIndex());
        }

        private static String key(NodeTuple t) {
            return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
        }
    }
}
