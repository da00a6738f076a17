package vn.vanban.layout;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Reads a {@link LayoutProfile} from its YAML form (see {@code vn/vanban/profile/nd30.yaml}). */
public final class ProfileLoader {

    /** The classpath location of the decree's profile. */
    public static final String DEFAULT_PROFILE = "vn/vanban/profile/nd30.yaml";

    private static final double PT_PER_MM = 72 / 25.4;
    /** The fields a paragraph style (and the defaults) may have. */
    private static final String[] STYLE_FIELDS = {"wordName", "size", "bold", "italic", "align", "firstLine",
        "indentLeft", "spaceBefore", "spaceAfter", "lineHeight", "keepWithNext", "keepTogether"};
    /** A heading level belongs to a style, never to the defaults every style inherits. */
    private static final String[] OWN_STYLE_FIELDS = Stream.concat(Arrays.stream(STYLE_FIELDS), Stream.of("outline"))
            .toArray(String[]::new);

    private ProfileLoader() {
    }

    /** The profile shipped in the templates jar. */
    public static LayoutProfile loadDefault() {
        try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(DEFAULT_PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("the templates jar is missing " + DEFAULT_PROFILE);
            }
            return load(in, DEFAULT_PROFILE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_PROFILE, e);
        }
    }

    /**
     * Reads a profile; {@code name} is what problems are reported against.
     *
     * @throws IllegalArgumentException naming the file, the line and column, the field's path and
     *                                  what it expects, for malformed YAML, an unknown field (a
     *                                  misspelt one would otherwise be silently ignored), a missing
     *                                  one or a wrong value
     */
    public static LayoutProfile load(InputStream in, String name) throws IOException {
        byte[] yaml = in.readAllBytes();
        JsonNode root;
        try {
            root = tree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            // SnakeYAML's message spans lines with an excerpt; its one-line problem is what to say.
            String problem = e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null
                    ? m.getProblem() : e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            throw new IllegalArgumentException(name + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr())
                    + ": the YAML is malformed: " + problem, e);
        }
        try {
            At r = new At(root, "");
            r.only("page", "fontFamily", "pageNumber", "defaults", "styles", "rules", "tables");
            At p = r.get("page");
            p.only("width", "height", "top", "bottom", "left", "right", "header");
            LayoutProfile.Page page = new LayoutProfile.Page(p.length("width"), p.length("height"), p.length("top"),
                    p.length("bottom"), p.length("left"), p.length("right"), p.length("header"));
            At defaults = r.get("defaults");
            defaults.only(STYLE_FIELDS);
            Map<String, LayoutProfile.ParagraphStyle> styles = new LinkedHashMap<>();
            for (Map.Entry<String, At> e : r.get("styles").entries()) {
                styles.put(e.getKey(), e.getValue().make(() -> style(e.getValue(), defaults, e.getKey())));
            }
            Map<String, LayoutProfile.RuleStyle> rules = new LinkedHashMap<>();
            for (Map.Entry<String, At> e : r.get("rules").entries()) {
                At rule = e.getValue();
                rule.only("fraction", "thickness", "spaceBefore", "spaceAfter");
                rules.put(e.getKey(), rule.make(() -> new LayoutProfile.RuleStyle(rule.number("fraction"),
                        rule.length("thickness"), rule.length("spaceBefore"), rule.length("spaceAfter"))));
            }
            Map<String, LayoutProfile.TableStyle> tables = new LinkedHashMap<>();
            for (Map.Entry<String, At> e : r.get("tables").entries()) {
                At t = e.getValue();
                t.only("columns", "borders", "cellPadding", "widthFraction", "indent", "rowsPerSection");
                tables.put(e.getKey(), t.make(() -> new LayoutProfile.TableStyle(t.numbers("columns"), t.bool("borders"),
                        t.length("cellPadding"), t.number("widthFraction"), t.length("indent"), rowLimit(t))));
            }
            String pageNumber = r.text("pageNumber");
            if (!styles.containsKey(pageNumber)) {
                throw r.child("pageNumber").problem("the style '" + pageNumber + "' is not among the styles");
            }
            return new LayoutProfile(page, r.text("fontFamily"), pageNumber, styles, rules, tables);
        } catch (FieldProblem e) {
            throw new IllegalArgumentException(name + where(yaml, e.path) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // A value the profile's types refuse as a whole (a negative size, say): no one field.
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The YAML as Jackson's tree, built from the parser's tokens as {@code ObjectMapper.readTree}
     * builds it (the last of two equal keys wins, whole numbers become int or long nodes). Building
     * an ObjectMapper costs more than the rest of a cold start's profile reading, and every
     * command-line run reads the profile before FOP's set-up can start.
     */
    static JsonNode tree(byte[] yaml) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t = p.nextToken();
            return t == null ? MissingNode.getInstance() : node(p, t);
        }
    }

    private static JsonNode node(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode map = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    map.set(key, node(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                ArrayNode list = f.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(node(p, e));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> {
                return f.textNode(p.getText());
            }
        }
    }

    /** A problem with one field: its message, and its path, for finding its line. */
    private static final class FieldProblem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String path;

        FieldProblem(String path, String message) {
            super(message);
            this.path = path;
        }
    }

    /**
     * ":line:column" of the key at {@code path} ("styles.agency.size"), or "" when there is none.
     * <p>
     * Why a second reading: Jackson's tree forgets where its nodes stood, and the profile is read
     * again only when it holds a mistake.
     */
    private static String where(byte[] yaml, String path) {
        if (path.isEmpty()) {
            return "";
        }
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonLocation l = find(p, p.nextToken(), "", path);
            return l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
        } catch (IOException e) {
            return "";
        }
    }

    /** Walks the value starting at token {@code t}, whose path is {@code at}, for {@code path}'s key. */
    private static JsonLocation find(JsonParser p, JsonToken t, String at, String path) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = at.isEmpty() ? p.currentName() : at + "." + p.currentName();
                if (key.equals(path)) {
                    return p.currentTokenLocation();
                }
                JsonLocation found = find(p, p.nextToken(), key, path);
                if (found != null) {
                    return found;
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        return null;
    }

    private static LayoutProfile.ParagraphStyle style(At s, At d, String name) {
        s.only(OWN_STYLE_FIELDS);
        String align = s.or(d, "align").text();
        LayoutProfile.Align a;
        try {
            a = LayoutProfile.Align.valueOf(align.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw s.or(d, "align").wrong("left, center, right or justify", align);
        }
        return new LayoutProfile.ParagraphStyle(s.or(d, "size").length(), s.or(d, "bold").bool(),
                s.or(d, "italic").bool(), a, s.or(d, "firstLine").length(), s.or(d, "indentLeft").length(),
                s.or(d, "spaceBefore").length(), s.or(d, "spaceAfter").length(), s.or(d, "lineHeight").length(),
                s.or(d, "keepWithNext").bool(), s.or(d, "keepTogether").bool(),
                s.has("wordName") ? s.text("wordName") : name, outline(s));
    }

    /** A style's optional heading level: 1 to the deepest, none (0) when absent. */
    private static int outline(At style) {
        if (!style.has("outline")) {
            return 0;
        }
        At v = style.child("outline");
        int deepest = LayoutProfile.ParagraphStyle.DEEPEST_OUTLINE;
        if (!v.node.isInt() || v.node.asInt() < 1 || v.node.asInt() > deepest) {
            throw v.wrong("a heading level from 1 to " + deepest, v.node.asText());
        }
        return v.node.asInt();
    }

    /** A table's optional {@code rowsPerSection}: a whole number, 0 (the default) for no limit. */
    private static int rowLimit(At table) {
        if (!table.has("rowsPerSection")) {
            return 0;
        }
        At v = table.get("rowsPerSection");
        if (!v.node.isInt()) {
            throw v.wrong("a whole number of rows", v.node.asText());
        }
        return v.node.asInt();
    }

    /** A node and its path from the root ("styles.agency.size"), for messages a person can act on. */
    private record At(JsonNode node, String path) {

        At child(String key) {
            return new At(node.get(key), path.isEmpty() ? key : path + "." + key);
        }

        boolean has(String key) {
            JsonNode v = node.get(key);
            return v != null && !v.isNull();
        }

        At get(String key) {
            if (!has(key)) {
                throw problem("missing '" + key + "'");
            }
            return child(key);
        }

        /** This map's {@code key}, else the defaults' one. */
        At or(At defaults, String key) {
            return has(key) ? child(key) : defaults.get(key);
        }

        /**
         * What {@code make} builds from this map's fields; a value its type refuses (a negative
         * row limit, say) is told as this map's problem, so that its line can be found.
         */
        <T> T make(Supplier<T> make) {
            try {
                return make.get();
            } catch (FieldProblem e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }

        /** Refuses a field it does not know: a misspelt one would otherwise be silently ignored. */
        void only(String... known) {
            if (!node.isObject()) {
                throw wrong("a map of fields", node.toString());
            }
            List<String> names = List.of(known);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!names.contains(f)) {
                    // This map's problem, placed at the unknown key itself.
                    throw problem(child(f).path, "unknown field '" + f + "'; expected one of: " + String.join(", ", names));
                }
            }
        }

        List<Map.Entry<String, At>> entries() {
            if (!node.isObject()) {
                throw wrong("a map of named entries", node.toString());
            }
            List<Map.Entry<String, At>> out = new ArrayList<>();
            node.fieldNames().forEachRemaining(f -> out.add(Map.entry(f, child(f))));
            return out;
        }

        String text(String key) {
            return get(key).text();
        }

        String text() {
            if (!node.isValueNode()) {
                throw wrong("text", node.toString());
            }
            return node.asText();
        }

        double length(String key) {
            return get(key).length();
        }

        double length() {
            try {
                return len(node);
            } catch (IllegalArgumentException e) {
                throw wrong("a length such as 14pt, 20mm or 1cm", node.asText());
            }
        }

        double number(String key) {
            At v = get(key);
            if (!v.node.isNumber()) {
                throw v.wrong("a number", v.node.asText());
            }
            return v.node.asDouble();
        }

        boolean bool(String key) {
            return get(key).bool();
        }

        boolean bool() {
            if (!node.isBoolean()) {
                throw wrong("true or false", node.asText());
            }
            return node.asBoolean();
        }

        List<Double> numbers(String key) {
            At v = get(key);
            if (!v.node.isArray()) {
                throw v.wrong("a list of numbers", v.node.toString());
            }
            List<Double> out = new ArrayList<>();
            for (JsonNode n : v.node) {
                if (!n.isNumber()) {
                    throw v.wrong("a list of numbers", v.node.toString());
                }
                out.add(n.asDouble());
            }
            return out;
        }

        /** A problem with this value, told after its path ("page: missing 'height'"). */
        FieldProblem problem(String text) {
            return problem(path, text);
        }

        /** A problem with this value, placed at the key {@code at} (this one or a field of it). */
        FieldProblem problem(String at, String text) {
            return new FieldProblem(at, (path.isEmpty() ? "" : path + ": ") + text);
        }

        FieldProblem wrong(String expected, String found) {
            return new FieldProblem(path, (path.isEmpty() ? "the profile" : path) + ": expected " + expected
                    + ", found '" + found + "'");
        }
    }

    /** "20mm", "1cm", "14pt" or a bare number of points, in points. */
    static double len(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        return length(node.asText());
    }

    /** Parses a length with a unit (pt, mm, cm) into points. */
    public static double length(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        double factor;
        if (s.endsWith("mm")) {
            factor = PT_PER_MM;
        } else if (s.endsWith("cm")) {
            factor = PT_PER_MM * 10;
        } else if (s.endsWith("pt")) {
            factor = 1;
        } else {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a length: '" + text + "'");
            }
        }
        try {
            return Double.parseDouble(s.substring(0, s.length() - 2).strip()) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a length: '" + text + "'");
        }
    }
}
