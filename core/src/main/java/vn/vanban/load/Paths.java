package vn.vanban.load;

import vn.vanban.model.BodyNode;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field paths of a plan, as problems and next year's review name them: {@code summary},
 * {@code body[1].section.content[0].dash}, {@code appendices[0].rows[3].time}. They follow the
 * data file in the shape {@link PlanWriter} writes it, so that a path read in a message is one the
 * user finds in their file: a heading or a titled clause without content is written as its title
 * alone ({@code section: Mục đích}), a point or a dash without content as its text alone, and a
 * text of one plain piece as a string.
 */
public final class Paths {

    /** An index "[2]", or a key: up to a '.' or an index. */
    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d{1,9})]|((?:[^.\\[]|\\[(?!\\d{1,9}]))+)");

    private Paths() {
    }

    /** {@code path.key}, or {@code key} at the root. */
    public static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** {@code path[i]}. */
    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** The path of the {@code i}-th node of a list of body nodes: {@code body[2].section}. */
    public static String node(String list, int i, BodyNode node) {
        return index(list, i) + "." + node.kind();
    }

    /** The path of a node's title or text, given the node's own path. */
    public static String own(String node, BodyNode n) {
        if (n instanceof BodyNode.Paragraph) {
            return node;
        }
        if (n instanceof BodyNode.Clause c && c.title() == null || n instanceof BodyNode.Article a && a.title() == null) {
            return node + ".text"; // an untitled clause or article is always a map: {text: …, content: …}
        }
        boolean alone = n.content().isEmpty();
        return alone ? node : node + (n instanceof BodyNode.Part || n instanceof BodyNode.Section
                || n instanceof BodyNode.Chapter || n instanceof BodyNode.Clause || n instanceof BodyNode.Article
                ? ".title" : ".text");
    }

    /** The path of piece {@code i} of a text at {@code text}: the text itself when it is one plain string. */
    public static String piece(String text, Text t, int i) {
        return isString(t) ? text : index(text, i);
    }

    /** Whether a text is written as a string rather than as a list of pieces. */
    public static boolean isString(Text t) {
        return t.parts().size() == 1 && t.parts().get(0) instanceof Inline.Plain;
    }

    /** The path one level up ({@code a.b[2]} → {@code a.b}, {@code a.b} → {@code a}), {@code null} above the root. */
    static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * {@code a.b[2].c} → "a", "b", 2, "c". A '[' that opens no index is part of its key: a file's
     * keys may hold one ("x[y", an unknown column), and the path must still lead to it.
     */
    public static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            out.add(m.group(1) != null ? (Object) Integer.valueOf(m.group(1)) : m.group(2));
        }
        return out;
    }
}
