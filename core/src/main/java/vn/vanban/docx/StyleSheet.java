package vn.vanban.docx;

import vn.vanban.layout.LayoutProfile;
import vn.vanban.layout.LayoutProfile.ParagraphStyle;
import vn.vanban.layout.LayoutProfile.RuleStyle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code word/styles.xml}, generated from the layout profile: Word's four default styles, the
 * document defaults (font, size, language) and one named paragraph style per profile style and per
 * rule kind. A paragraph of the document then names its style and nothing else, so a clerk who
 * edits the file changes a style once instead of every run. A style the profile marks optional
 * (one of some document types only) is listed only in the files that use it, and so is the rule
 * named like it (box 13's {@code contact} line goes with the {@code contact} style).
 * <p>
 * Thread-safe: the parts with optional styles are built once per set and kept.
 */
final class StyleSheet {

    /** Line height and font size of a rule paragraph: just enough to carry its bottom border. */
    static final double RULE_LINE = 1;

    /** Word's "footnote reference" character style: the superscript number of a footnote. */
    static final String NOTE_REFERENCE = "VbFootnoteReference";

    private final Map<String, String> paragraphIds;
    private final Map<String, String> ruleIds;
    private final LayoutProfile profile;
    /** The part with every style but the optional ones, which most documents get. */
    private final byte[] xml;
    /** The part for each set of optional styles a document has used so far. */
    private final Map<Set<String>, byte[]> withOptional = new ConcurrentHashMap<>();

    StyleSheet(LayoutProfile profile) {
        // Sorted: Map.copyOf iterates in an order that changes from one JVM run to the next.
        Map<String, ParagraphStyle> styles = new TreeMap<>(profile.styles());
        Map<String, RuleStyle> rules = new TreeMap<>(profile.rules());
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        // Word's built-in styles, by id and by name.
        for (String[] builtIn : new String[][] {{"Normal", "Normal"},
                {"DefaultParagraphFont", "Default Paragraph Font"}, {"TableNormal", "Normal Table"}, {"NoList", "No List"}}) {
            byId.put(builtIn[0].toLowerCase(Locale.ROOT), "Word's " + builtIn[0]);
            byName.put(builtIn[1].toLowerCase(Locale.ROOT), "Word's " + builtIn[1]);
        }
        claim(byId, NOTE_REFERENCE, "the footnote reference style");
        claim(byName, "footnote reference", "the footnote reference style");
        Map<String, String> paragraphs = new HashMap<>();
        styles.forEach((name, style) -> {
            String id = paragraphId(name);
            claim(byId, id, "paragraph style '" + name + "'");
            claim(byName, style.wordName(), "paragraph style '" + name + "'");
            paragraphs.put(name, id);
        });
        Map<String, String> ruleMap = new HashMap<>();
        rules.forEach((kind, rule) -> {
            String id = ruleId(kind);
            claim(byId, id, "rule '" + kind + "'");
            claim(byName, ruleName(kind), "rule '" + kind + "'");
            ruleMap.put(kind, id);
        });
        this.paragraphIds = Map.copyOf(paragraphs);
        this.ruleIds = Map.copyOf(ruleMap);
        this.profile = profile;
        this.xml = build(profile, styles(profile, Set.of()), rules(profile, Set.of()));
    }

    /** The profile's rules in name order, those named like an optional style only when it is in {@code used}. */
    private static Map<String, RuleStyle> rules(LayoutProfile profile, Set<String> used) {
        Map<String, RuleStyle> out = new TreeMap<>(profile.rules());
        out.keySet().removeIf(kind -> profile.styles().containsKey(kind) && profile.style(kind).optional()
                && !used.contains(kind));
        return out;
    }

    /** The profile's styles in name order, the optional ones only when in {@code used}. */
    private static Map<String, ParagraphStyle> styles(LayoutProfile profile, Set<String> used) {
        Map<String, ParagraphStyle> out = new TreeMap<>(profile.styles());
        out.entrySet().removeIf(e -> e.getValue().optional() && !used.contains(e.getKey()));
        return out;
    }

    /** The styleId of a profile paragraph style: {@code body} → {@code VbBody}. */
    static String paragraphId(String profileName) {
        return "Vb" + pascal(profileName, "");
    }

    /** The styleId of a rule kind: {@code agency} → {@code VbRuleAgency}. */
    static String ruleId(String kind) {
        return "VbRule" + pascal(kind, "");
    }

    /** The display name of a rule kind: {@code agency} → {@code Agency Rule}. */
    static String ruleName(String kind) {
        return pascal(kind, " ") + " Rule";
    }

    String paragraph(String profileName) {
        return id(paragraphIds, profileName, "paragraph style");
    }

    String rule(String kind) {
        return id(ruleIds, kind, "rule");
    }

    private static String id(Map<String, String> ids, String name, String what) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException(what + " '" + name + "' is not in the layout profile");
        }
        return id;
    }

    /** The part for a document whose paragraphs have the styles {@code used} (profile names). */
    byte[] bytes(Set<String> used) {
        Set<String> optional = used.stream().filter(name -> profile.styles().containsKey(name)
                && profile.style(name).optional()).collect(Collectors.toUnmodifiableSet());
        if (optional.isEmpty()) {
            return xml;
        }
        return withOptional.computeIfAbsent(optional,
                o -> build(profile, styles(profile, o), rules(profile, o)));
    }

    /** Word identifies styles by id and by name, both case-insensitively: two owners would merge. */
    private static void claim(Map<String, String> taken, String key, String owner) {
        String previous = taken.putIfAbsent(key.toLowerCase(Locale.ROOT), owner);
        if (previous != null) {
            throw new IllegalArgumentException("the layout profile's " + owner + " maps to the Word style '"
                    + key + "', already used by " + previous);
        }
    }

    private static String pascal(String name, String separator) {
        String pascal = Arrays.stream(name.split("[^A-Za-z0-9]+")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(separator));
        if (pascal.isEmpty()) {
            throw new IllegalArgumentException("cannot derive a Word style id from the profile name '" + name + "'");
        }
        return pascal;
    }

    private static byte[] build(LayoutProfile profile, Map<String, ParagraphStyle> styles,
                                Map<String, RuleStyle> rules) {
        String font = profile.fontFamily();
        int bodySize = Twips.halfPoints(profile.style("body").size());
        Xml x = Xml.part(16_384);
        x.open("w:styles", "xmlns:w", Ooxml.W);

        x.open("w:docDefaults").open("w:rPrDefault").open("w:rPr")
                .empty("w:rFonts", "w:ascii", font, "w:eastAsia", font, "w:hAnsi", font, "w:cs", font)
                .empty("w:color", "w:val", "auto")
                .empty("w:sz", "w:val", Twips.str(bodySize))
                .empty("w:szCs", "w:val", Twips.str(bodySize))
                .empty("w:lang", "w:val", "vi-VN", "w:eastAsia", "vi-VN")
                .close("w:rPr").close("w:rPrDefault")
                // Explicit single spacing: otherwise each application fills in its own defaults.
                .open("w:pPrDefault").open("w:pPr")
                .empty("w:spacing", "w:before", "0", "w:after", "0", "w:line", "240", "w:lineRule", "auto")
                .close("w:pPr").close("w:pPrDefault")
                .close("w:docDefaults");

        // Word's own defaults. Without them Word invents them on open and a clerk's edits land in
        // styles that differ from file to file.
        x.open("w:style", "w:type", "paragraph", "w:default", "1", "w:styleId", "Normal")
                .empty("w:name", "w:val", "Normal").empty("w:qFormat")
                // FOP keeps two lines at each side of a page break by default; Word does so only with this.
                .open("w:pPr").empty("w:widowControl").close("w:pPr")
                .close("w:style");
        x.open("w:style", "w:type", "character", "w:default", "1", "w:styleId", "DefaultParagraphFont")
                .empty("w:name", "w:val", "Default Paragraph Font")
                .empty("w:uiPriority", "w:val", "1").empty("w:semiHidden").empty("w:unhideWhenUsed")
                .close("w:style");
        x.open("w:style", "w:type", "table", "w:default", "1", "w:styleId", "TableNormal")
                .empty("w:name", "w:val", "Normal Table")
                .empty("w:uiPriority", "w:val", "99").empty("w:semiHidden").empty("w:unhideWhenUsed")
                .open("w:tblPr")
                .empty("w:tblInd", "w:w", "0", "w:type", "dxa");
        cellMargins(x, 108).close("w:tblPr").close("w:style");
        x.open("w:style", "w:type", "numbering", "w:default", "1", "w:styleId", "NoList")
                .empty("w:name", "w:val", "No List")
                .empty("w:uiPriority", "w:val", "99").empty("w:semiHidden").empty("w:unhideWhenUsed")
                .close("w:style");

        // Word's own name, so that Word and LibreOffice treat the numbers as footnote references.
        x.open("w:style", "w:type", "character", "w:styleId", NOTE_REFERENCE)
                .empty("w:name", "w:val", "footnote reference")
                .empty("w:basedOn", "w:val", "DefaultParagraphFont")
                .open("w:rPr").empty("w:vertAlign", "w:val", "superscript").close("w:rPr")
                .close("w:style");
        styles.forEach((name, s) -> paragraphStyle(x, paragraphId(name), s));
        rules.forEach((kind, r) -> ruleStyle(x, kind, r));
        x.close("w:styles");
        return x.bytes();
    }

    private static void paragraphStyle(Xml x, String id, ParagraphStyle s) {
        x.open("w:style", "w:type", "paragraph", "w:customStyle", "1", "w:styleId", id)
                .empty("w:name", "w:val", s.wordName())
                .empty("w:basedOn", "w:val", "Normal")
                .empty("w:qFormat");
        x.open("w:pPr").emptyIf(s.keepWithNext(), "w:keepNext").emptyIf(s.keepTogether(), "w:keepLines");
        x.empty("w:spacing", "w:before", Twips.str(Twips.of(s.spaceBefore())),
                "w:after", Twips.str(Twips.of(s.spaceAfter())),
                "w:line", Twips.str(Twips.of(s.lineHeight())), "w:lineRule", "exact");
        int firstLine = Twips.of(s.firstLine());
        x.empty("w:ind", "w:left", Twips.str(Twips.of(s.indentLeft())),
                firstLine >= 0 ? "w:firstLine" : "w:hanging", Twips.str(Math.abs(firstLine)));
        x.empty("w:jc", "w:val", jc(s.align()));
        if (s.outline() > 0) {
            // Word counts outline levels from 0 ("Level 1" in its dialogs).
            x.empty("w:outlineLvl", "w:val", Integer.toString(s.outline() - 1));
        }
        x.close("w:pPr");
        x.open("w:rPr").emptyIf(s.bold(), "w:b").emptyIf(s.italic(), "w:i");
        String size = Twips.str(Twips.halfPoints(s.size()));
        x.empty("w:sz", "w:val", size).empty("w:szCs", "w:val", size);
        x.close("w:rPr");
        x.close("w:style");
    }

    /**
     * A rule's paragraph: a 1 pt line whose bottom border is the rule. Its border and indents are
     * set on each paragraph, because they depend on the rule's length and its container.
     */
    private static void ruleStyle(Xml x, String kind, RuleStyle r) {
        String size = Twips.str(Twips.halfPoints(RULE_LINE));
        x.open("w:style", "w:type", "paragraph", "w:customStyle", "1", "w:styleId", ruleId(kind))
                .empty("w:name", "w:val", ruleName(kind))
                .empty("w:basedOn", "w:val", "Normal")
                .open("w:pPr")
                .empty("w:spacing", "w:before", Twips.str(Twips.of(r.spaceBefore())),
                        "w:after", Twips.str(Twips.of(r.spaceAfter())),
                        "w:line", Twips.str(Twips.of(RULE_LINE)), "w:lineRule", "exact")
                .empty("w:ind", "w:left", "0", "w:right", "0", "w:firstLine", "0")
                .empty("w:jc", "w:val", "center")
                .close("w:pPr")
                .open("w:rPr").empty("w:sz", "w:val", size).empty("w:szCs", "w:val", size).close("w:rPr")
                .close("w:style");
    }

    /** A table's cell margins: none above and below, {@code side} twips left and right. */
    static Xml cellMargins(Xml x, int side) {
        return x.open("w:tblCellMar")
                .empty("w:top", "w:w", "0", "w:type", "dxa")
                .empty("w:left", "w:w", Twips.str(side), "w:type", "dxa")
                .empty("w:bottom", "w:w", "0", "w:type", "dxa")
                .empty("w:right", "w:w", Twips.str(side), "w:type", "dxa")
                .close("w:tblCellMar");
    }

    static String jc(LayoutProfile.Align align) {
        return switch (align) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }
}
