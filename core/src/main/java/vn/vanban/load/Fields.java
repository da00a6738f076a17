package vn.vanban.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The fields of one map of a data file, checked against those its kind accepts: a field it does
 * not know is reported where it stands, with the nearest known name, since a misspelt field
 * would otherwise be silently dropped.
 */
public final class Fields {

    private final Values values;
    private final Node.MapNode map;
    private final String path;
    /** Names offered as "did you mean" for unknown fields of this map. */
    private final Set<String> suggested = new HashSet<>();

    Fields(Values values, Node.MapNode map, String path, List<String> accepted) {
        this.values = values;
        this.map = map;
        this.path = path;
        Set<String> cut = values.cutAtComma(map, path);
        for (Node.Field f : map.fields().values()) {
            if (!accepted.contains(f.key()) && !cut.contains(f.key())) {
                values.report(f.line(), f.column(), path(f.key()), Values.unknown("field", f.key(), accepted));
                Suggestions.closest(f.key(), accepted).ifPresent(suggested::add);
            }
        }
        for (String name : suggested) {
            if (!map.fields().containsKey(name)) {
                // "unknown field 'fulName' … did you mean 'fullName'?" already says it is missing.
                values.settle(path(name));
            }
        }
    }

    /** This map's path. */
    public String path() {
        return path;
    }

    /** The path of one of its fields. */
    public String path(String key) {
        return Paths.at(path, key);
    }

    /** The value, or {@code null} when absent or written as null. */
    public Node get(String key) {
        Node.Field f = map.fields().get(key);
        if (f == null || f.value() instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        return f.value();
    }

    public boolean has(String key) {
        return get(key) != null;
    }

    /** The value as {@code read} reads it at its path, or {@code null} when absent. */
    public <T> T read(String key, BiFunction<Node, String, T> read) {
        Node n = get(key);
        return n == null ? null : read.apply(n, path(key));
    }

    /** The items of a list as {@link Values#items} reads them; none when absent. */
    <T> List<T> list(String key, BiFunction<Node, String, T> item, T placeholder) {
        Node n = get(key);
        return n == null ? List.of() : values.items(n, path(key), item, placeholder);
    }

    /** A required value, or {@code null} after reporting it missing. */
    public Node required(String key) {
        Node n = get(key);
        if (n == null) {
            missing(key);
        }
        return n;
    }

    /** Reports a missing field where it would be: at its empty value, or at its map. */
    public void missing(String key) {
        if (values.isSettled(path(key))) {
            return;
        }
        Node.Field f = map.fields().get(key);
        values.report(f != null ? f.value() : map, path(key), "missing required field '" + key + "'");
    }

    /**
     * An optional title that may be given line by line: a text (its line breaks kept, each line's
     * ends stripped) or a list of texts, one a line; {@code null} when absent or neither (reported).
     */
    public String lines(String key) {
        Node n = get(key);
        if (!(n instanceof Node.ListNode list)) {
            String text = n == null ? null : values.line(n, path(key));
            return text == null ? null : String.join("\n", text.lines().map(String::strip).toList());
        }
        return String.join("\n", values.items(list, path(key), values::line, ""));
    }

    /** An optional one-line text: {@code null} when absent or not text (reported). */
    public String line(String key) {
        Node n = get(key);
        return n == null ? null : values.line(n, path(key));
    }
}
