package vn.vanban.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a {@link LayoutProfile} from its YAML form (see {@code vn/vanban/profile/nd30.yaml}). */
public final class ProfileLoader {

    /** The classpath location of the decree's profile. */
    public static final String DEFAULT_PROFILE = "vn/vanban/profile/nd30.yaml";

    private static final double PT_PER_MM = 72 / 25.4;

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

    public static LayoutProfile load(InputStream in, String name) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        try {
            JsonNode p = req(root, "page");
            LayoutProfile.Page page = new LayoutProfile.Page(len(req(p, "width")), len(req(p, "height")),
                    len(req(p, "top")), len(req(p, "bottom")), len(req(p, "left")), len(req(p, "right")),
                    len(req(p, "header")));
            JsonNode defaults = req(root, "defaults");
            Map<String, LayoutProfile.ParagraphStyle> styles = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = req(root, "styles").properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                styles.put(e.getKey(), style(e.getValue(), defaults, e.getKey()));
            }
            Map<String, LayoutProfile.RuleStyle> rules = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = req(root, "rules").properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode r = e.getValue();
                rules.put(e.getKey(), new LayoutProfile.RuleStyle(req(r, "fraction").asDouble(),
                        len(req(r, "thickness")), len(req(r, "spaceBefore")), len(req(r, "spaceAfter"))));
            }
            Map<String, LayoutProfile.TableStyle> tables = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = req(root, "tables").properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode t = e.getValue();
                List<Double> cols = new ArrayList<>();
                req(t, "columns").forEach(c -> cols.add(c.asDouble()));
                tables.put(e.getKey(), new LayoutProfile.TableStyle(cols, req(t, "borders").asBoolean(),
                        len(req(t, "cellPadding")), req(t, "widthFraction").asDouble(), len(req(t, "indent")),
                        rowLimit(t)));
            }
            String pageNumber = req(root, "pageNumber").asText();
            LayoutProfile profile = new LayoutProfile(page, req(root, "fontFamily").asText(), pageNumber,
                    styles, rules, tables);
            profile.style(pageNumber);
            return profile;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static LayoutProfile.ParagraphStyle style(JsonNode s, JsonNode d, String name) {
        return new LayoutProfile.ParagraphStyle(
                len(pick(s, d, "size")), pick(s, d, "bold").asBoolean(), pick(s, d, "italic").asBoolean(),
                LayoutProfile.Align.valueOf(pick(s, d, "align").asText().toUpperCase(Locale.ROOT)),
                len(pick(s, d, "firstLine")), len(pick(s, d, "indentLeft")), len(pick(s, d, "spaceBefore")),
                len(pick(s, d, "spaceAfter")), len(pick(s, d, "lineHeight")), pick(s, d, "keepWithNext").asBoolean(),
                pick(s, d, "keepTogether").asBoolean(),
                s.has("wordName") ? s.get("wordName").asText() : name);
    }

    private static JsonNode pick(JsonNode style, JsonNode defaults, String key) {
        return style.has(key) ? style.get(key) : req(defaults, key);
    }

    private static JsonNode req(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }

    /** A table's optional {@code rowsPerSection}: a whole number, 0 (the default) for no limit. */
    private static int rowLimit(JsonNode table) {
        JsonNode v = table.get("rowsPerSection");
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isInt()) {
            throw new IllegalArgumentException("'rowsPerSection' must be a whole number of rows, not '" + v.asText() + "'");
        }
        return v.asInt();
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
            return Double.parseDouble(s);
        }
        try {
            return Double.parseDouble(s.substring(0, s.length() - 2).strip()) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a length: '" + text + "'");
        }
    }
}
