package vn.vanban.layout;

import vn.vanban.text.NumberSymbols;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the lines of a paragraph the way Word and LibreOffice do: each line in turn takes as
 * many words as fit at their natural width (measured as they measure it, see {@link TextWidth});
 * spaces never shrink, and those at the end of a line hang past it; a line ending in italic text
 * keeps LibreOffice's italic correction free; a line may also break after a hyphen inside a word,
 * but never inside a document's number and symbol ("12/KH-UBND", {@link NumberSymbols}); a line
 * feed in the text starts a new line; a tab moves on to the next default tab stop; a word longer
 * than a whole line starts a line and is cut where it ends.
 * <p>
 * A number and symbol that would have straddled a line's end, the line ending after one of its
 * hyphens, goes whole to the next line and leaves with its hyphens marked as non-breaking
 * (U+2011, measured and printed as "-"), so that Word and LibreOffice, which would break after
 * any hyphen and otherwise break where we do, keep it whole too. Every other symbol keeps its
 * hyphens as written: the DOCX's text is what its readers look for ("Nghị định số
 * 63/2010/NĐ-CP"), and a clerk's edits that move a symbol to a line's end are Word's to wrap. A
 * symbol whose word is wider than a line keeps its break at a hyphen rather than be cut inside a
 * part.
 * <p>
 * Why: FOP would otherwise break the paragraph as a whole (Knuth and Plass) and let spaces
 * shrink, so its lines, and with them its pages, differed from what Word and LibreOffice make of
 * the DOCX. Handed these lines, the PDF only sets them (see {@code FoText}); the DOCX carries no
 * breaks, and a clerk's edits reflow as usual. Measured against LibreOffice, the samples' and
 * test plans' lines all break alike. Thread-safe.
 */
final class LineBreaker {

    private final LayoutProfile profile;
    private final TextWidth widths;
    /** The default tab stop as Word keeps it, in whole twips. */
    private final double tabStop;

    LineBreaker(LayoutProfile profile, TextWidth widths) {
        this.profile = profile;
        this.widths = widths;
        this.tabStop = Math.round(profile.tabStop() * 20) / 20.0;
    }

    /**
     * {@code p} with its lines chosen for a container {@code width} points wide, and the hyphens
     * of each number and symbol that would have straddled a line's end marked as non-breaking.
     */
    LayoutDocument.Paragraph set(LayoutDocument.Paragraph p, double width) {
        Run run = new Run(p, width);
        LayoutDocument.Lines lines = run.lines();
        return withText(p, run.text).withLines(lines);
    }

    /** {@code p} with {@code text}, as long as its own, spread over its spans. */
    private static LayoutDocument.Paragraph withText(LayoutDocument.Paragraph p, String text) {
        if (text.equals(p.text())) {
            return p;
        }
        List<LayoutDocument.Span> spans = new ArrayList<>(p.spans().size());
        int at = 0;
        for (LayoutDocument.Span s : p.spans()) {
            int end = at + s.text().length();
            spans.add(new LayoutDocument.Span(text.substring(at, end), s.bold(), s.italic(), s.note(), s.superscript()));
            at = end;
        }
        return p.withSpans(spans);
    }

    /** One paragraph being broken: its text, the face of each character, and the lines so far. */
    private final class Run {
        /** The paragraph's text, its straddling symbols marked as the lines are found; as long as the text given. */
        private String text;
        private final LayoutProfile.ParagraphStyle ps;
        /** The face of each character of {@code text}: bold +1, italic +2, superscript (a footnote's mark) +4. */
        private final byte[] face;
        private final double width;
        /** Whether the text is composed (NFC) already, as text read from a file is. */
        private final boolean composed;
        private final List<LayoutDocument.Line> lines = new ArrayList<>();
        private final List<Double> tabs = new ArrayList<>();
        /** How many of {@code tabs} the lines before the open one hold. */
        private int tabsBefore;
        private boolean firstLine = true;
        /** Where the open line starts in the text, and where its text ends so far. */
        private int start;
        private int end;
        /** The open line's width up to the end of its text, and whether it holds a word or a tab. */
        private double x;
        private boolean filled;
        /** Spaces after the line's text: they count only if a word follows on the line. */
        private double pendingSpace;

        Run(LayoutDocument.Paragraph p, double width) {
            this.text = p.text();
            this.ps = profile.style(p.style());
            this.width = width;
            this.composed = Normalizer.isNormalized(text, Normalizer.Form.NFC);
            this.face = new byte[text.length()];
            int at = 0;
            for (LayoutDocument.Span s : p.spans()) {
                byte f = (byte) ((ps.bold() || s.bold() ? 1 : 0) + (ps.italic() || s.italic() ? 2 : 0)
                        + (s.superscript() ? 4 : 0));
                for (int i = 0; i < s.text().length(); i++) {
                    face[at++] = f;
                }
            }
        }

        LayoutDocument.Lines lines() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    int after = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    close(i, after);
                    i = after;
                } else if (c == ' ') {
                    int from = i;
                    while (i < n && text.charAt(i) == ' ') {
                        i++;
                    }
                    double w = measure(from, i);
                    if (!filled) {
                        // Spaces that open a line (after a line feed, or the paragraph's own) are text.
                        x += w;
                        end = i;
                    } else {
                        pendingSpace += w;
                    }
                } else if (c == '\t') {
                    tab(i);
                    i++;
                } else {
                    int from = i;
                    while (i < n && !breaksHere(text.charAt(i))) {
                        i++;
                        if (afterHyphen(i)) {
                            break;
                        }
                    }
                    if (!word(from, i)) {
                        reopen();
                        i = start;
                    }
                }
            }
            lines.add(new LayoutDocument.Line(start, Math.max(start, end)));
            return new LayoutDocument.Lines(lines, tabs);
        }

        /** Ends the open line at {@code at}; the next starts at {@code next}. */
        private void close(int at, int next) {
            lines.add(new LayoutDocument.Line(start, at));
            firstLine = false;
            start = next;
            end = next;
            x = 0;
            filled = false;
            pendingSpace = 0;
            tabsBefore = tabs.size();
        }

        /** Empties the open line, to be set again from its start. */
        private void reopen() {
            end = start;
            x = 0;
            filled = false;
            pendingSpace = 0;
            tabs.subList(tabsBefore, tabs.size()).clear();
        }

        /**
         * Sets the word {@code text[from, to)} on the open line, or on the next; false, and nothing
         * set, when the open line would have ended right after a hyphen of a number and symbol:
         * that symbol is now kept whole, and the open line must be set again.
         */
        private boolean word(int from, int to) {
            double w = measure(from, to);
            double reserve = italicReserve(to - 1);
            if (filled && x + pendingSpace + w > available() - reserve) {
                if (from == end && keptWhole(end - 1)) {
                    return false;
                }
                close(end, from);
            }
            // The room is the new line's once the word opened one (a hanging indent differs).
            if (x + (filled ? pendingSpace : 0) + w <= available() - reserve) {
                x += (filled ? pendingSpace : 0) + w;
            } else {
                cut(from, to);
            }
            end = to;
            filled = true;
            pendingSpace = 0;
            return true;
        }

        /**
         * Marks the number and symbol whose hyphen at {@code hyphen} would have ended the open line
         * non-breaking ({@link NumberSymbols}), so that the symbol goes whole to the next line, as a
         * clerk keeps it; false when that hyphen is no symbol's, or when the symbol's word cannot go
         * whole to the next line: it opens the open line, or is wider than a line. Such a symbol
         * keeps its break at a hyphen rather than be cut inside a part.
         */
        private boolean keptWhole(int hyphen) {
            NumberSymbols.Symbol symbol = NumberSymbols.holding(text, hyphen).orElse(null);
            if (symbol == null) {
                return false;
            }
            String given = text;
            text = symbol.keptWhole(given);
            int from = symbol.start();
            while (from > start && !breaksHere(text.charAt(from - 1)) && !afterHyphen(from)) {
                from--;
            }
            int to = symbol.end();
            while (to < text.length() && !breaksHere(text.charAt(to)) && !afterHyphen(to)) {
                to++;
            }
            double room = width - ps.indentLeft() + 1e-9 - italicReserve(to - 1);
            if (from <= start || measure(from, to) > room) {
                text = given;
                return false;
            }
            return true;
        }

        /**
         * A word that does not fit even a line of its own: as many characters as fit on each line,
         * the rest on the next, as Word and LibreOffice cut it; the last piece stays on the open line.
         */
        private void cut(int from, int to) {
            BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
            chars.setText(text.substring(from, to));
            double w = x;
            int previous = 0;
            for (int b = chars.next(); b != BreakIterator.DONE; b = chars.next()) {
                int g = from + previous;
                double gw = measure(g, from + b);
                // At least one character a line, however narrow the line.
                if (w > 0 && w + gw > available()) {
                    close(g, g);
                    w = 0;
                }
                w += gw;
                previous = b;
            }
            x = w;
        }

        /** A tab: on to the next default stop, measured from the container's start edge as Word does. */
        private void tab(int at) {
            double from = indent() + x + (filled ? pendingSpace : 0);
            double next = (Math.floor(from / tabStop + 1e-9) + 1) * tabStop;
            // A tab past the end of the line reaches the end of the line, and the line ends there.
            double tab = Math.max(0, Math.min(next, width) - from);
            tabs.add(Points.round(tab));
            x += (filled ? pendingSpace : 0) + tab;
            pendingSpace = 0;
            end = at + 1;
            filled = true;
            if (next >= width) {
                close(at + 1, at + 1);
            }
        }

        /**
         * What LibreOffice keeps free at the end of a line whose last text is italic: the italic
         * correction, a twelfth of the face's height (see {@link TextWidth}). Without it an italic
         * basis line that filled its line to the last point wrapped a word earlier in LibreOffice.
         */
        private double italicReserve(int last) {
            if ((face[last] & 2) == 0) {
                return 0;
            }
            double size = (face[last] & 4) != 0 ? ps.size() * LayoutDocument.Span.SUPERSCRIPT : ps.size();
            return widths.italicCorrection(size, (face[last] & 1) != 0);
        }

        /** Where this line's text starts, from the container's start edge. */
        private double indent() {
            return ps.indentLeft() + (firstLine ? ps.firstLine() : 0);
        }

        /** The room on the open line; widths are sums of 1/120 pt steps, the nanopoint is their rounding. */
        private double available() {
            return width - indent() + 1e-9;
        }

        /**
         * Whether a line may break at {@code i}, after a hyphen inside a word and before a letter
         * ("TT-" / "VH-TT", "26/KH-" / "UBND"), as Word and LibreOffice break; never after a slash
         * ("26/KH"), nor before a digit ("2021-2030").
         */
        private boolean afterHyphen(int i) {
            if (i < 2 || i >= text.length()) {
                return false;
            }
            char hyphen = text.charAt(i - 1);
            return (hyphen == '-' || hyphen == '\u2013') && !Character.isWhitespace(text.charAt(i - 2))
                    && Character.isLetter(text.charAt(i));
        }

        private boolean breaksHere(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        /** The width of {@code text[from, to)} in points, each character in its own face. */
        private double measure(int from, int to) {
            double w = 0;
            int i = from;
            while (i < to) {
                int j = i;
                while (j < to && face[j] == face[i]) {
                    j++;
                }
                boolean bold = (face[i] & 1) != 0;
                boolean italic = (face[i] & 2) != 0;
                double size = (face[i] & 4) != 0 ? ps.size() * LayoutDocument.Span.SUPERSCRIPT : ps.size();
                w += composed ? widths.of(text, i, j, size, bold, italic)
                        : widths.of(text.substring(i, j), size, bold, italic);
                i = j;
            }
            return w;
        }
    }
}
