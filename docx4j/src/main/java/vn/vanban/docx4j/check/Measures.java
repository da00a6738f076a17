package vn.vanban.docx4j.check;

import vn.vanban.layout.LayoutProfile;

import java.util.List;
import java.util.Locale;

/**
 * Every measure the rules check: the decree's allowed range, with the value the layout profile
 * (the one the writers use, {@code vn/vanban/profile/nd30.yaml}) chooses inside it. A document
 * passes when its value lies in the decree's range, whatever vanban chose; a profile whose choice
 * lies outside the decree's range is refused, so the writers and the checker cannot disagree.
 */
final class Measures {

    /** Word stores sizes in half points and lengths in twips: a twentieth of a point is exact. */
    static final double SIZE_TOLERANCE = 0.05;
    /** The decree digest's tolerance for margins (±3 twips), in millimetres. */
    static final double MARGIN_TOLERANCE_MM = 3 * 25.4 / 1440;
    static final double PT_PER_MM = 72 / 25.4;
    /** Times New Roman's single line: ascent, descent and line gap, in ems (hhea 1825 + 443 + 87 over 2048). */
    static final double SINGLE_LINE_EM = 1.15;

    /**
     * A measure: the decree's range and the profile's choice ({@code NaN} when the profile has
     * none, as for a letter's "V/v" summary).
     */
    record Measure(String what, double min, double max, double chosen, String unit, double tolerance) {

        Measure {
            if (!Double.isNaN(chosen) && !(chosen >= min - tolerance && chosen <= max + tolerance)) {
                throw new IllegalArgumentException("the layout profile's " + what + " (" + format(chosen) + " " + unit
                        + ") lies outside the decree's " + range());
            }
        }

        boolean allows(double value) {
            return value >= min - tolerance && value <= max + tolerance;
        }

        /** "13–14 pt", "13 pt". */
        String range() {
            if (max == Double.MAX_VALUE) {
                return "at least " + format(min) + " " + unit;
            }
            if (unit.equals("of the text line") && min != max) {
                return "1/3–1/2 of the text line";
            }
            return (min == max ? format(min) : format(min) + "–" + format(max)) + " " + unit;
        }

        /** "13–14 pt (vanban: 14 pt)", or the range alone when the decree leaves no choice. */
        String describe() {
            return Double.isNaN(chosen) || min == max ? range() : range() + " (vanban: " + format(chosen) + " " + unit + ")";
        }
    }

    final String font;
    final Measure paperWidth;
    final Measure paperHeight;
    final Measure top;
    final Measure bottom;
    final Measure left;
    final Measure right;
    final Measure nationalTitle;
    final Measure motto;
    final Measure parentAgency;
    final Measure agency;
    final Measure number;
    final Measure placeDate;
    final Measure typeName;
    final Measure summary;
    final Measure letterSummary;
    final Measure addressee;
    final Measure body;
    final Measure heading;
    final Measure recipientsLabel;
    final Measure recipient;
    final Measure signature;
    final Measure appendixLabel;
    final Measure appendixTitle;
    final Measure appendixReference;
    final Measure pageNumber;
    /** The first-line indents the decree allows (1 cm or 1.27 cm), in points; the profile's first. */
    final List<Double> firstLines;
    final Measure paragraphGap;
    final Measure lineSpacing;
    final Measure agencyLine;
    final Measure mottoLine;
    final Measure summaryLine;
    final Measure appendixLine;

    Measures(LayoutProfile p) {
        font = p.fontFamily();
        LayoutProfile.Page page = p.page();
        paperWidth = new Measure("paper width", 210, 210, page.width() / PT_PER_MM, "mm", 0.5);
        paperHeight = new Measure("paper height", 297, 297, page.height() / PT_PER_MM, "mm", 0.5);
        top = margin("top margin", 20, 25, page.top());
        bottom = margin("bottom margin", 20, 25, page.bottom());
        left = margin("left margin", 30, 35, page.left());
        right = margin("right margin", 15, 20, page.right());
        nationalTitle = size(p, "national-title", 12, 13);
        motto = size(p, "motto", 13, 14);
        parentAgency = size(p, "parent-agency", 12, 13);
        agency = size(p, "agency", 12, 13);
        number = size(p, "number", 13, 13);
        placeDate = size(p, "place-date", 13, 14);
        typeName = size(p, "type-name", 13, 14);
        summary = size(p, "summary", 13, 14);
        letterSummary = size(p, "letter-summary", 12, 13);
        addressee = size(p, "addressee", 13, 14);
        body = size(p, "body", 13, 14);
        heading = size(p, "section-heading", 13, 14);
        recipientsLabel = size(p, "recipients-label", 12, 12);
        recipient = size(p, "recipient", 11, 11);
        signature = size(p, "signature-title", 13, 14);
        appendixLabel = size(p, "appendix-label", 14, 14);
        appendixTitle = size(p, "appendix-title", 13, 14);
        appendixReference = size(p, "appendix-reference", 13, 14);
        pageNumber = size(p, "page-number", 13, 14);

        LayoutProfile.ParagraphStyle text = p.styles().get("body");
        double indent = text == null ? 10 * PT_PER_MM : text.firstLine();
        firstLines = List.of(indent, indent == 10 * PT_PER_MM ? 12.7 * PT_PER_MM : 10 * PT_PER_MM);
        if (!firstLines.stream().allMatch(v -> Math.abs(v - 10 * PT_PER_MM) < 0.1 || Math.abs(v - 12.7 * PT_PER_MM) < 0.1)) {
            throw new IllegalArgumentException("the layout profile's body first-line indent (" + format(indent)
                    + " pt) is neither of the decree's 1 cm and 1.27 cm");
        }
        paragraphGap = new Measure("space between paragraphs", 6, Double.MAX_VALUE,
                text == null ? Double.NaN : text.spaceBefore(), "pt", SIZE_TOLERANCE);
        lineSpacing = new Measure("line spacing", 1.0, 1.5,
                text == null ? Double.NaN : text.lineHeight() / (SINGLE_LINE_EM * text.size()), "lines", 0.01);
        agencyLine = line(p, "agency", 1 / 3.0, 1 / 2.0, 0.05);
        mottoLine = line(p, "motto", 1, 1, 0.10);
        summaryLine = line(p, "summary", 1 / 3.0, 1 / 2.0, 0.05);
        appendixLine = line(p, "appendix", 1 / 3.0, 1 / 2.0, 0.05);
    }

    /** The single line height of Times New Roman at this size, in points. */
    static double singleLine(double size) {
        return SINGLE_LINE_EM * size;
    }

    private static Measure margin(String what, double min, double max, double chosenPt) {
        return new Measure(what, min, max, chosenPt / PT_PER_MM, "mm", MARGIN_TOLERANCE_MM);
    }

    private static Measure size(LayoutProfile p, String style, double min, double max) {
        LayoutProfile.ParagraphStyle s = p.styles().get(style);
        return new Measure("size of '" + style + "'", min, max, s == null ? Double.NaN : s.size(), "pt", SIZE_TOLERANCE);
    }

    private static Measure line(LayoutProfile p, String rule, double min, double max, double tolerance) {
        LayoutProfile.RuleStyle r = p.rules().get(rule);
        return new Measure("length of the line under the " + rule, min, max, r == null ? Double.NaN : r.fraction(),
                "of the text line", tolerance);
    }

    static String format(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
}
