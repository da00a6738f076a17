package vn.vanban.docx4j.imports;

import java.util.List;

/**
 * One paragraph of the document as the import sees it: what a clerk sees of it, nothing hidden.
 *
 * @param number  its number in the document, from 1, table cells and text boxes included (the
 *                number unmapped places are reported by)
 * @param role    the layout profile's style name when the paragraph carries one of vanban's styles
 *                (by the style's display name, which LibreOffice and Word keep), else {@code null}
 * @param pieces  its runs and footnotes, in order; a manual line break is "\n", a tab "\t"
 * @param align   how it is aligned across
 * @param cell    the table cell it stands in, or {@code null}
 * @param boxed   whether it stands in a text box
 * @param landscape whether its section's pages are landscape
 */
record Para(int number, String role, List<Piece> pieces, Align align, Cell cell, boolean boxed, boolean landscape) {

    Para {
        pieces = List.copyOf(pieces);
    }

    /** Alignment across the line. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A run of text or a footnote. */
    sealed interface Piece permits Run, Note {
    }

    /** Text in one weight and slant. */
    record Run(String text, boolean bold, boolean italic) implements Piece {
    }

    /** A footnote where its mark stands: its paragraphs. */
    record Note(List<Para> paragraphs) implements Piece {
        Note {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * Where a paragraph of a table stands.
     *
     * @param table    the table's number, from 0, in reading order
     * @param row      the row, from 0
     * @param column   the cell's first grid column, from 0
     * @param span     how many grid columns the cell covers
     * @param columns  grid columns in the table
     * @param merged   the cell continues a cell merged down from the row above
     * @param width    the cell's width in twips (its grid columns'), 0 when unknown
     */
    record Cell(int table, int row, int column, int span, int columns, boolean merged, long width) {
    }

    /** The text of its runs, footnotes left out. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (p instanceof Run r) {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }

    /** The text with line breaks and tabs as spaces and runs of spaces as one, stripped. */
    String plain() {
        return fold(text());
    }

    /** Whether every letter or digit of its text is bold. */
    boolean bold() {
        return all(true);
    }

    /** Whether every letter or digit of its text is italic. */
    boolean italic() {
        return all(false);
    }

    private boolean all(boolean bold) {
        boolean any = false;
        for (Piece p : pieces) {
            if (p instanceof Run r && r.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                any = true;
                if (!(bold ? r.bold() : r.italic())) {
                    return false;
                }
            }
        }
        return any;
    }

    /** No words and no footnote: an empty line, or a rule typed as underscores. */
    boolean isEmpty() {
        return plain().replaceAll("[_.\\-–— ]", "").isEmpty() && pieces.stream().noneMatch(p -> p instanceof Note);
    }

    /** Whether the import looks at it: it has words, or it is the lower part of a merged cell (reported). */
    static boolean kept(Para p) {
        return !p.isEmpty() || p.cell() != null && p.cell().merged();
    }

    /** This paragraph in another role. */
    Para as(String newRole) {
        return new Para(number, newRole, pieces, align, cell, boxed, landscape);
    }

    /**
     * The paragraph cut where {@code separator} ("\n" for its line breaks, "\t" for its tabs) stands,
     * each piece of text a paragraph of its own (footnotes stay with the text before them).
     */
    List<Para> split(String separator) {
        List<Para> out = new java.util.ArrayList<>();
        List<Piece> current = new java.util.ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Run r && r.text().contains(separator)) {
                String[] parts = r.text().split(java.util.regex.Pattern.quote(separator) + "+", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        out.add(new Para(number, role, current, align, cell, boxed, landscape));
                        current = new java.util.ArrayList<>();
                    }
                    if (!parts[i].isEmpty()) {
                        current.add(new Run(parts[i], r.bold(), r.italic()));
                    }
                }
            } else {
                current.add(p);
            }
        }
        out.add(new Para(number, role, current, align, cell, boxed, landscape));
        return out.stream().filter(p -> !p.isEmpty()).toList();
    }

    /** This paragraph and {@code next}'s pieces after a line break: a line cut off by {@link #split} put back. */
    Para joined(Para next) {
        List<Piece> both = new java.util.ArrayList<>(pieces);
        both.add(new Run("\n", false, false));
        both.addAll(next.pieces());
        return new Para(number, role, both, align, cell, boxed, landscape);
    }

    /** The first words as a report quotes them: at most 40 characters, "…" when cut. */
    String excerpt() {
        return excerpt(plain());
    }

    static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= 40) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, 40));
        int space = cut.lastIndexOf(' ');
        return (space > 20 ? cut.substring(0, space) : cut) + "…";
    }

    /** White space (breaks, tabs, no-break spaces) folded to single spaces, stripped. */
    static String fold(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
