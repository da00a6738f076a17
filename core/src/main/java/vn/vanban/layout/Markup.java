package vn.vanban.layout;

import java.util.List;

/**
 * The layout markup as read, before anything is set in a width: what depends on the width a
 * block ends up in (balanced lines, a rule's length, a table's columns) is resolved afterwards by
 * {@link BlockSetter}.
 */
final class Markup {

    private Markup() {
    }

    /** A block of a section or a cell, as read. */
    sealed interface Block permits Text, RuleMark, TableMark, FootMark {
    }

    /** The foot of a section's first page (box 13): its rule's kind and its paragraphs. */
    record FootMark(String rule, List<LayoutDocument.Paragraph> paragraphs) implements Block {
    }

    /** A paragraph; {@code balanced} is the markup's attribute ("true", "breaks" or null). */
    record Text(LayoutDocument.Paragraph paragraph, String balanced) implements Block {
    }

    /** A short rule of the profile's kind. */
    record RuleMark(String kind) implements Block {
    }

    /**
     * A table: the profile's layout, its weights (the profile's or the template's) and its rows;
     * {@code keepLinesBefore}: how many lines of the text before it must share its page (0: none).
     */
    record TableMark(String layout, int headerRows, int keepLinesBefore, List<Double> weights, List<RowMark> rows)
            implements Block {
    }

    record RowMark(boolean cantSplit, List<CellMark> cells) {
    }

    record CellMark(int span, List<Block> blocks) {
    }

    /** A section: its orientation, whether it restarts the page numbers, and its blocks. */
    record SectionMark(boolean landscape, boolean restartNumbering, List<Block> blocks) {
    }
}
