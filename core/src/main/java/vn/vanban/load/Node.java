package vn.vanban.load;

import java.util.List;
import java.util.Map;

/**
 * A value of a data file (a plan, a layout profile) with the line and column it starts at.
 * Jackson's own tree forgets locations, and a problem the user cannot find in the file is a
 * problem they cannot fix. Built by {@link TreeReader}.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    int line();

    int column();

    /** How the value reads in a message: "a map", "a list", "'abc'" (cut short when long). */
    String describe();

    /**
     * A key of a map, with where the key itself stands; {@code bare} when the key stands alone in
     * a YAML flow map, without a ':' ("{task: Sơ kết, báo cáo năm 2025, lead: …}" has the bare
     * key "báo cáo năm 2025", most likely the rest of a text the comma cut).
     */
    record Field(String key, int line, int column, Node value, boolean bare) {
    }

    /**
     * A map, its fields in file order (duplicates were reported and dropped while reading);
     * {@code flow} when written in YAML's brackets ({@code {a: 1, b: 2}}), where a comma ends a value.
     */
    record MapNode(Map<String, Field> fields, int line, int column, boolean flow) implements Node {
        @Override
        public String describe() {
            return "a map";
        }
    }

    /** A list; {@code flow} when written in YAML's brackets ({@code [a, b]}), where a comma ends an item. */
    record ListNode(List<Node> items, int line, int column, boolean flow) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with its source text ("2024", "yes", "0x1F") and how the parser typed it. */
    record Scalar(Kind kind, String text, int line, int column) implements Node {
        @Override
        public String describe() {
            return kind == Kind.NULL ? "nothing" : Problems.quote(text);
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    enum Kind {
        STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL
    }
}
