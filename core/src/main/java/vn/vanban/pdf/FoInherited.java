package vn.vanban.pdf;

import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values of XSL-FO's inherited properties that set a paragraph's text (font size, weight and
 * slant, alignment, indents, line height, white space), as one block has them or as the blocks
 * inside an element inherit them.
 * <p>
 * A block writes only those of its values that differ from what it inherits
 * ({@link #addDifferences}): a page sequence states the values most of its paragraphs share once
 * ({@link #common}), instead of every {@code fo:block} repeating some dozen attributes that FOP
 * parses into a property of its own each time. The values FOP computes for every block are the
 * same either way, and so is the PDF. Immutable.
 */
final class FoInherited {

    /** The properties a paragraph style sets, in the order they are written. */
    private static final List<String> PARAGRAPH = List.of("font-size", "font-weight", "font-style", "text-align",
            "text-indent", "start-indent", "end-indent", "line-height", "line-stacking-strategy",
            "white-space-collapse", "linefeed-treatment");

    /** Nothing known: every value is written. */
    static final FoInherited NONE = new FoInherited(Map.of());

    private final Map<String, String> values;

    private FoInherited(Map<String, String> values) {
        this.values = values;
    }

    /** The values a paragraph in style {@code st} is set with. */
    static FoInherited of(LayoutProfile.ParagraphStyle st) {
        return of("font-size", FoWriter.pt(st.size()),
                "font-weight", st.bold() ? "bold" : "normal",
                "font-style", st.italic() ? "italic" : "normal",
                "text-align", st.align().name().toLowerCase(java.util.Locale.ROOT),
                "text-indent", FoWriter.pt(st.firstLine()),
                "start-indent", FoWriter.pt(st.indentLeft()),
                "end-indent", "0pt",
                // An exact line pitch, as in Word, whatever the glyphs on the line.
                "line-height", FoWriter.pt(st.lineHeight()),
                "line-stacking-strategy", "font-height",
                // Blank runs ("Số:      /KH-UBND", a date left to fill in) must keep their width,
                // and '\n' in a span is a line break.
                "white-space-collapse", "false",
                "linefeed-treatment", "preserve");
    }

    /** Each style's values by the style's name; a name the profile lacks fails as {@code profile.style} does. */
    static Function<String, FoInherited> byStyle(LayoutProfile profile) {
        Map<String, FoInherited> byName = new HashMap<>();
        profile.styles().forEach((name, st) -> byName.put(name, of(st)));
        Map<String, FoInherited> values = Map.copyOf(byName);
        return name -> {
            FoInherited v = values.get(name);
            return v != null ? v : of(profile.style(name));
        };
    }

    /** The given {name, value} pairs. */
    static FoInherited of(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return new FoInherited(Collections.unmodifiableMap(m));
    }

    /**
     * For each property a paragraph style sets, the value most of {@code blocks}' paragraphs have
     * (those in table cells and footnotes too; on a tie, the first paragraph's): what a page
     * sequence states for them all.
     *
     * @param styles each paragraph style's values, by the style's name
     */
    static FoInherited common(List<LayoutDocument.Block> blocks, Function<String, FoInherited> styles) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        count(blocks, styles, counts);
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : PARAGRAPH) {
            Map<String, Integer> byValue = counts.getOrDefault(name, Map.of());
            byValue.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .ifPresent(e -> m.put(name, e.getKey()));
        }
        return new FoInherited(Collections.unmodifiableMap(m));
    }

    private static void count(List<? extends LayoutDocument.Block> blocks, Function<String, FoInherited> styles,
                              Map<String, Map<String, Integer>> counts) {
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                styles.apply(p.style()).values.forEach((name, value) ->
                        counts.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum));
                for (LayoutDocument.Span s : p.spans()) {
                    if (s.note() != null) {
                        count(s.note().paragraphs(), styles, counts);
                    }
                }
            } else if (b instanceof LayoutDocument.Table t) {
                for (LayoutDocument.Row r : t.rows()) {
                    for (LayoutDocument.Cell c : r.cells()) {
                        count(c.blocks(), styles, counts);
                    }
                }
            }
        }
    }

    /** These values with {@code name} set to {@code value}. */
    FoInherited with(String name, String value) {
        Map<String, String> m = new HashMap<>(values);
        m.put(name, value);
        return new FoInherited(Collections.unmodifiableMap(m));
    }

    /** What the elements inside a block with {@code own} values inherit there. */
    FoInherited inside(FoInherited own) {
        if (own.values.keySet().containsAll(values.keySet())) {
            return own;
        }
        Map<String, String> m = new HashMap<>(values);
        m.putAll(own.values);
        return new FoInherited(Collections.unmodifiableMap(m));
    }

    /** Adds every value as an attribute. */
    void addAll(FoEvents.Attrs a) {
        values.forEach(a::add);
    }

    /** Adds the values that differ from those {@code inherited}: what an element must state. */
    void addDifferences(FoEvents.Attrs a, FoInherited inherited) {
        values.forEach((name, value) -> {
            if (!Objects.equals(value, inherited.values.get(name))) {
                a.add(name, value);
            }
        });
    }
}
