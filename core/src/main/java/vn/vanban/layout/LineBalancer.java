package vn.vanban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a centred title too long for one line as lines of nearly even length, the way a drafter
 * breaks it by hand ("Truyền thông về hoạt động kiểm soát thủ tục" / "hành chính năm 2024 trên
 * địa bàn thị xã Đức Phổ"), rather than a full line and a stub. Thread-safe.
 */
final class LineBalancer {

    private final LayoutProfile profile;
    private final TextWidth widths;

    LineBalancer(LayoutProfile profile, TextWidth widths) {
        this.profile = profile;
        this.widths = widths;
    }

    /**
     * The pieces of {@code text} between which a line may break: at single spaces not followed by
     * a digit. A run of spaces is a blank left to fill in by hand ("số      /KH-UBND", "ngày
     * tháng"), kept whole inside its piece, never broken at nor shortened; a number stays with
     * the word before it ("năm 2024", "số 07/KH-STP"), as a drafter keeps them.
     */
    static List<String> breakable(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (i == 0 || text.charAt(i - 1) != ' ')
                    && (i + 1 == text.length() || text.charAt(i + 1) != ' ' && !Character.isDigit(text.charAt(i + 1)))) {
                pieces.add(text.substring(from, i));
                from = i + 1;
            }
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /**
     * The paragraph as that many paragraphs — one a line — of nearly equal length. A line break
     * in the text is kept as a break between lines. A paragraph of mixed weights is left whole.
     */
    List<LayoutDocument.Paragraph> balance(LayoutDocument.Paragraph p, double width) {
        if (p.spans().size() != 1) {
            return List.of(p); // mixed weights: leave the breaking to the word processor
        }
        LayoutDocument.Span span = p.spans().get(0);
        LayoutProfile.ParagraphStyle ps = profile.style(p.style());
        List<LayoutDocument.Paragraph> out = new ArrayList<>();
        for (String given : span.text().split("\n", -1)) {
            MeasuredWords words = new MeasuredWords(breakable(given.strip()), ps);
            List<Line> greedy = wrap(words, width);
            int lines = greedy.size();
            double full = Math.min(width, greedy.stream().mapToDouble(Line::width).max().orElse(0));
            // The narrowest measure that still needs no more lines gives the most even lines.
            double lo = full / lines;
            double hi = width;
            for (int i = 0; i < 20 && lines > 1; i++) {
                double mid = (lo + hi) / 2;
                if (wrap(words, mid).size() > lines) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            for (Line line : wrap(words, hi)) {
                out.add(p.withSpans(List.of(new LayoutDocument.Span(words.text(line), span.bold(), span.italic()))));
            }
        }
        return out;
    }

    /**
     * The balanced lines as one paragraph with line breaks: a column heading, whose lines must
     * not take the paragraph spacing between them.
     */
    LayoutDocument.Paragraph balanceWithBreaks(LayoutDocument.Paragraph p, double width) {
        List<LayoutDocument.Paragraph> lines = balance(p, width);
        LayoutDocument.Paragraph first = lines.get(0);
        if (lines.size() == 1) {
            return first;
        }
        LayoutDocument.Span span = first.spans().get(0);
        String text = String.join("\n", lines.stream().map(LayoutDocument.Paragraph::text).toList());
        return first.withSpans(List.of(new LayoutDocument.Span(text, span.bold(), span.italic())));
    }

    /** Words of one style, each measured once for the many wraps balancing tries. */
    private final class MeasuredWords {
        final List<String> words;
        final double[] points;
        final double space;

        MeasuredWords(List<String> words, LayoutProfile.ParagraphStyle ps) {
            this.words = words;
            this.points = new double[words.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = widths.of(words.get(i), ps.size(), ps.bold(), ps.italic());
            }
            this.space = widths.of(" ", ps.size(), ps.bold(), ps.italic());
        }

        /** The line's words joined by single spaces. */
        String text(Line line) {
            return String.join(" ", words.subList(line.from(), line.to()));
        }
    }

    /** One line of a wrap: words {@code [from, to)}, {@code width} points wide with the spaces between. */
    private record Line(int from, int to, double width) {
    }

    /**
     * Greedy word wrap to {@code width}: pieces joined by single spaces, a line as long as fits.
     * Lines are kept as word ranges with their widths; balancing's trial wraps only count them.
     */
    private static List<Line> wrap(MeasuredWords w, double width) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        double line = 0;
        for (int i = 0; i < w.points.length; i++) {
            if (i == start) {
                line = w.points[i];
            } else if (line + w.space + w.points[i] > width) {
                lines.add(new Line(start, i, line));
                start = i;
                line = w.points[i];
            } else {
                line += w.space + w.points[i];
            }
        }
        lines.add(new Line(start, w.points.length, line));
        return lines;
    }
}
