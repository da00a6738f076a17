package vn.vanban.layout;

import vn.vanban.fonts.FontSet;
import vn.vanban.text.NumberSymbols;

import java.util.List;

/**
 * The length of a short rule: the profile's fraction of the longest line of the paragraph just
 * above it, measured in that paragraph's font (the decree sizes a rule by the line above it, and
 * a long agency name wraps to two). Thread-safe.
 */
final class RuleSizer {

    private final LayoutProfile profile;
    private final FontSet fonts;

    RuleSizer(LayoutProfile profile, FontSet fonts) {
        this.profile = profile;
        this.fonts = fonts;
    }

    /** A rule of {@code kind} under the last of {@code before}, in a container {@code width} wide. */
    LayoutDocument.Rule rule(String kind, List<LayoutDocument.Block> before, double width) {
        LayoutProfile.RuleStyle rs = profile.rule(kind);
        double text = 0;
        if (!before.isEmpty() && before.get(before.size() - 1) instanceof LayoutDocument.Paragraph p) {
            LayoutProfile.ParagraphStyle ps = profile.style(p.style());
            // As printed: a number's non-breaking hyphen is a "-".
            for (String line : NumberSymbols.plain(p.text()).split("\n", -1)) {
                text = Math.max(text, longestWrappedLine(line.strip(), ps, width));
            }
        }
        double basis = text == 0 ? width : text;
        return new LayoutDocument.Rule(kind, Points.round(basis * rs.fraction()), rs.thickness());
    }

    /** The longest line of {@code text} once wrapped at word boundaries to {@code width}. */
    private double longestWrappedLine(String text, LayoutProfile.ParagraphStyle ps, double width) {
        double space = fonts.width(" ", ps.size(), ps.bold(), ps.italic());
        double longest = 0;
        double line = 0;
        for (String word : text.split(" +")) {
            double w = fonts.width(word, ps.size(), ps.bold(), ps.italic());
            if (line > 0 && line + space + w > width) {
                longest = Math.max(longest, line);
                line = w;
            } else {
                line = line == 0 ? w : line + space + w;
            }
        }
        return Math.min(width, Math.max(longest, line));
    }
}
