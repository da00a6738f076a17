package vn.vanban.model;

/**
 * Cột — a column of a catalogue table.
 *
 * @param key    the field name each row uses for this column ("content", "time"): a letter, then
 *               letters or digits
 * @param header the header cell text ("Nội dung công việc")
 * @param width  relative width, 1 or more (weights, not a measure: the table fills the text width)
 * @param align  how its cells are aligned: left (text), right (a column of numbers), centre;
 *               {@code null} for right when {@code sum}, else left
 * @param sum    a column of numbers ("Kinh phí (triệu đồng)") that a total row adds up
 */
public record Column(String key, String header, int width, Align align, boolean sum) {

    public Column {
        // A column added up is one of numbers, aligned right unless told otherwise.
        align = align == null ? (sum ? Align.RIGHT : Align.LEFT) : align;
    }

    /** A column of text, aligned left. */
    public Column(String key, String header, int width) {
        this(key, header, width, Align.LEFT, false);
    }

    /** A column of numbers, aligned right, that a total row adds up ("Kinh phí (triệu đồng)"). */
    public static Column amounts(String key, String header, int width) {
        return new Column(key, header, width, Align.RIGHT, true);
    }

    /** Căn lề — how a column's cells are aligned across. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }
}
