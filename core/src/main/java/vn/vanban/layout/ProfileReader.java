package vn.vanban.layout;

import vn.vanban.load.Fields;
import vn.vanban.load.Node;
import vn.vanban.load.Problems;
import vn.vanban.load.Values;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static vn.vanban.load.Paths.at;
import static vn.vanban.load.Paths.index;

/**
 * Maps the located tree of a layout profile onto {@link LayoutProfile}, with the plan reader's
 * field helper: every problem is reported at once, at its line and column, and each measure is
 * held to a range a document can be laid out in (no negative page, no margin wider than the
 * paper, no text of 0 pt). One instance per file.
 */
final class ProfileReader {

    private static final double PT_PER_MM = 72 / 25.4;
    private static final List<String> ROOT_FIELDS = List.of("page", "fontFamily", "pageNumber", "defaults", "styles",
            "rules", "tables");
    private static final List<String> PAGE_FIELDS = List.of("width", "height", "top", "bottom", "left", "right", "header");
    /** The fields a paragraph style (and the defaults) may have. */
    private static final List<String> STYLE_FIELDS = List.of("wordName", "size", "bold", "italic", "align", "firstLine",
            "indentLeft", "spaceBefore", "spaceAfter", "lineHeight", "keepWithNext", "keepTogether");
    /** A heading level, and whether only some types use it, belong to a style, never to the defaults. */
    private static final List<String> OWN_STYLE_FIELDS = Stream.concat(STYLE_FIELDS.stream(),
            Stream.of("outline", "optional")).toList();
    private static final List<String> RULE_FIELDS = List.of("fraction", "thickness", "spaceBefore", "spaceAfter");
    private static final List<String> TABLE_FIELDS = List.of("columns", "borders", "cellPadding", "widthFraction",
            "indent", "rowsPerSection", "headerVertical");
    /** The least room a page leaves its text, across and down, in either orientation. */
    private static final String LEAST_TEXT = "50mm";
    /** FOP holds a page sequence in memory: a longer table goes on in a new one (see {@link LongTables}). */
    static final int MOST_ROWS_PER_SECTION = 1000;

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private final Problems problems;
    private final Values values;

    ProfileReader(Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
    }

    /** The profile, or {@code null} when any problem was reported. */
    LayoutProfile profile(Node root) {
        Fields r = values.fields(root, "", ROOT_FIELDS, "a layout profile (a map of fields such as page, styles and tables)");
        if (r == null) {
            return null;
        }
        LayoutProfile.Page page = r.has("page") ? page(r.get("page")) : null;
        String fontFamily = text(r, "fontFamily");
        String pageNumber = text(r, "pageNumber");
        Map<String, Object> defaults = r.has("defaults") ? defaults(r.get("defaults")) : Map.of();
        Map<String, LayoutProfile.ParagraphStyle> styles = new LinkedHashMap<>();
        Map<String, LayoutProfile.RuleStyle> rules = new LinkedHashMap<>();
        Map<String, LayoutProfile.TableStyle> tables = new LinkedHashMap<>();
        if (r.has("styles") && r.has("defaults")) {
            named(r, "styles", (name, f) -> styles.put(name, style(name, f, defaults, r.get("defaults"))), OWN_STYLE_FIELDS);
        }
        named(r, "rules", (name, f) -> rules.put(name, rule(f)), RULE_FIELDS);
        named(r, "tables", (name, f) -> tables.put(name, table(f)), TABLE_FIELDS);
        ROOT_FIELDS.forEach(r::required);
        if (pageNumber != null && r.get("styles") instanceof Node.MapNode m && !m.fields().containsKey(pageNumber)) {
            values.report(r.get("pageNumber"), "pageNumber", "the style '" + pageNumber + "' is not among the styles");
        }
        return problems.isEmpty() ? new LayoutProfile(page, fontFamily, pageNumber, styles, rules, tables) : null;
    }

    /** Each entry of a map of named entries ({@code styles.agency}), read as a map of {@code fields}. */
    private void named(Fields root, String key, BiConsumer<String, Fields> entry, List<String> fields) {
        Node n = root.get(key);
        if (n == null) {
            return;
        }
        if (!(n instanceof Node.MapNode m)) {
            values.report(n, key, "expected a map of named entries, found " + n.describe());
            return;
        }
        for (Node.Field e : m.fields().values()) {
            Fields f = values.fields(e.value(), at(key, e.key()), fields, "a map of fields");
            if (f != null) {
                entry.accept(e.key(), f);
            }
        }
    }

    private LayoutProfile.Page page(Node n) {
        Fields f = values.fields(n, "page", PAGE_FIELDS, "a map of fields");
        if (f == null) {
            return null;
        }
        Double width = length(f, "width", "50mm", "1200mm");
        Double height = length(f, "height", "50mm", "1200mm");
        Double top = length(f, "top", "0mm", "100mm");
        Double bottom = length(f, "bottom", "0mm", "100mm");
        Double left = length(f, "left", "0mm", "100mm");
        Double right = length(f, "right", "0mm", "100mm");
        Double header = length(f, "header", "0mm", "100mm");
        if (Stream.of(width, height, top, bottom, left, right, header).anyMatch(v -> v == null)) {
            return null;
        }
        if (header > top) {
            values.report(f.get("header"), f.path("header"), "the page number line stands in the top margin: expected "
                    + "at most the top margin (" + mm(top) + "), found " + f.get("header").describe());
        }
        double least = length(LEAST_TEXT);
        double[][] rooms = {{width - left - right, height - top - bottom}, {height - left - right, width - top - bottom}};
        for (int landscape = 0; landscape < 2; landscape++) {
            for (int down = 0; down < 2; down++) {
                if (rooms[landscape][down] < least) {
                    values.report(n, "page", "the margins leave " + mm(rooms[landscape][down]) + " for the text "
                            + (down == 0 ? "across" : "down") + " a " + (landscape == 0 ? "portrait" : "landscape")
                            + " page; at least " + LEAST_TEXT + " is needed");
                    return null;
                }
            }
        }
        return new LayoutProfile.Page(width, height, top, bottom, left, right, header);
    }

    /** The defaults' values, each read once, by field name. */
    private Map<String, Object> defaults(Node n) {
        Fields f = values.fields(n, "defaults", STYLE_FIELDS, "a map of fields");
        Map<String, Object> out = new HashMap<>();
        if (f != null) {
            for (String field : STYLE_FIELDS) {
                if (f.has(field)) {
                    Object v = value(field, f.get(field), f.path(field));
                    if (v != null) {
                        out.put(field, v);
                    }
                }
            }
        }
        return out;
    }

    private LayoutProfile.ParagraphStyle style(String name, Fields s, Map<String, Object> defaults, Node defaultsNode) {
        Map<String, Object> v = new HashMap<>();
        for (String field : OWN_STYLE_FIELDS) {
            if (s.has(field)) {
                v.put(field, value(field, s.get(field), s.path(field)));
            } else if (defaults.containsKey(field)) {
                v.put(field, defaults.get(field));
            } else if (field.equals("wordName")) {
                v.put(field, name);
            } else if (field.equals("outline")) {
                v.put(field, 0);
            } else if (field.equals("optional")) {
                v.put(field, false);
            } else if (!values.isSettled(at("defaults", field))) {
                // Told once, at the defaults every style falls back on.
                values.report(defaultsNode, at("defaults", field), "missing required field '" + field
                        + "' (a style without it takes it from the defaults)");
            }
        }
        if (v.values().stream().anyMatch(x -> x == null) || v.size() < OWN_STYLE_FIELDS.size()) {
            return null;
        }
        return new LayoutProfile.ParagraphStyle((Double) v.get("size"), (Boolean) v.get("bold"),
                (Boolean) v.get("italic"), (LayoutProfile.Align) v.get("align"), (Double) v.get("firstLine"),
                (Double) v.get("indentLeft"), (Double) v.get("spaceBefore"), (Double) v.get("spaceAfter"),
                (Double) v.get("lineHeight"), (Boolean) v.get("keepWithNext"), (Boolean) v.get("keepTogether"),
                (String) v.get("wordName"), (Integer) v.get("outline"), (Boolean) v.get("optional"));
    }

    /** One field of a style, read and held to its range. */
    private Object value(String field, Node n, String path) {
        return switch (field) {
            case "wordName" -> text(n, path);
            case "size" -> length(n, path, "1pt", "100pt");
            case "bold", "italic", "keepWithNext", "keepTogether", "optional" -> values.bool(n, path);
            case "align" -> values.choice(n, path, LayoutProfile.Align.values(),
                    a -> a.name().toLowerCase(Locale.ROOT));
            case "firstLine" -> length(n, path, "-50mm", "100mm");
            case "indentLeft" -> length(n, path, "0mm", "100mm");
            case "spaceBefore", "spaceAfter" -> length(n, path, "0pt", "200pt");
            case "lineHeight" -> length(n, path, "1pt", "200pt");
            case "outline" -> whole(n, path, 1, LayoutProfile.ParagraphStyle.DEEPEST_OUTLINE, "a heading level");
            default -> throw new IllegalArgumentException(field);
        };
    }

    private LayoutProfile.RuleStyle rule(Fields f) {
        Double fraction = number(f, "fraction", 0.01, 1);
        Double thickness = length(f, "thickness", "0.1pt", "10pt");
        Double before = length(f, "spaceBefore", "0pt", "200pt");
        Double after = length(f, "spaceAfter", "0pt", "200pt");
        return fraction == null || thickness == null || before == null || after == null ? null
                : new LayoutProfile.RuleStyle(fraction, thickness, before, after);
    }

    private LayoutProfile.TableStyle table(Fields f) {
        Node c = f.required("columns");
        List<Node> items = c == null ? List.of() : values.list(c, f.path("columns"));
        List<Double> columns = IntStream.range(0, items.size())
                .mapToObj(i -> number(items.get(i), index(f.path("columns"), i), 0.001, 1e6)).toList();
        Node borders = f.required("borders");
        Boolean b = borders == null ? null : values.bool(borders, f.path("borders"));
        Double padding = length(f, "cellPadding", "0pt", "50pt");
        Double width = number(f, "widthFraction", 0.1, 1);
        Double indent = length(f, "indent", "0mm", "100mm");
        // Absent: the table is never split.
        Integer rows = f.has("rowsPerSection")
                ? whole(f.get("rowsPerSection"), f.path("rowsPerSection"), 1, MOST_ROWS_PER_SECTION, "a whole number of rows")
                : Integer.valueOf(0);
        LayoutProfile.VerticalAlign vertical = f.has("headerVertical") ? values.choice(f.get("headerVertical"),
                f.path("headerVertical"), LayoutProfile.VerticalAlign.values(),
                v -> v.name().toLowerCase(Locale.ROOT)) : LayoutProfile.VerticalAlign.TOP;
        return columns.contains(null) || b == null || padding == null || width == null || indent == null || rows == null
                || vertical == null ? null : new LayoutProfile.TableStyle(columns, b, padding, width, indent, rows, vertical);
    }

    private String text(Fields f, String key) {
        Node n = f.get(key);
        return n == null ? null : text(n, f.path(key));
    }

    private String text(Node n, String path) {
        String v = values.line(n, path);
        if (v != null && v.isEmpty()) {
            values.report(n, path, "expected text, found an empty string");
            return null;
        }
        String unholdable = v == null ? null : Values.unholdable(v);
        if (unholdable != null) {
            values.report(n, path, unholdable);
            return null;
        }
        return v;
    }

    private Double length(Fields f, String key, String min, String max) {
        Node n = f.required(key);
        return n == null ? null : length(n, f.path(key), min, max);
    }

    /** A length in points, from {@code min} to {@code max} (themselves lengths such as "100mm"). */
    private Double length(Node n, String path, String min, String max) {
        double v;
        try {
            if (!(n instanceof Node.Scalar s) || s.isNull()) {
                throw new IllegalArgumentException();
            }
            v = length(s.text());
        } catch (IllegalArgumentException e) {
            values.report(n, path, "expected a length such as 14pt, 20mm or 1cm, found " + n.describe());
            return null;
        }
        if (!(v >= length(min) - 1e-9 && v <= length(max) + 1e-9)) {
            values.report(n, path, "expected a length from " + min + " to " + max + ", found " + n.describe());
            return null;
        }
        return v;
    }

    private Double number(Fields f, String key, double min, double max) {
        Node n = f.required(key);
        return n == null ? null : number(n, f.path(key), min, max);
    }

    private Double number(Node n, String path, double min, double max) {
        Double v = values.number(n, path);
        if (v != null && !(v >= min && v <= max)) {
            values.report(n, path, "expected a number from " + plain(min) + " to " + plain(max) + ", found " + n.describe());
            return null;
        }
        return v;
    }

    private Integer whole(Node n, String path, int min, int max, String what) {
        if (n instanceof Node.Scalar s && s.kind() == Node.Kind.INTEGER && s.text().strip().matches("[+-]?[0-9]{1,9}")) {
            int v = Integer.parseInt(s.text().strip());
            if (v >= min && v <= max) {
                return v;
            }
        }
        values.report(n, path, "expected " + what + " from " + min + " to " + max + ", found " + n.describe());
        return null;
    }

    /** Parses a length with a unit (pt, mm, cm), or a bare number of points, into points. */
    static double length(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        double factor = 1;
        if (s.endsWith("mm")) {
            factor = PT_PER_MM;
        } else if (s.endsWith("cm")) {
            factor = PT_PER_MM * 10;
        }
        if (s.endsWith("mm") || s.endsWith("cm") || s.endsWith("pt")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException("not a length: " + Problems.quote(text));
        }
        // 1e308mm is a length too large for a double: infinite, and so out of every range.
        return Double.parseDouble(s) * factor;
    }

    private static String mm(double points) {
        return String.format(Locale.ROOT, "%.0fmm", points / PT_PER_MM);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
