package vn.vanban.model;

/**
 * Cột — a column of a catalogue table.
 *
 * @param key    the field name each row uses for this column ("content", "time"): a letter, then
 *               letters or digits
 * @param header the header cell text ("Nội dung công việc")
 * @param width  relative width, 1 or more (weights, not a measure: the table fills the text width)
 */
public record Column(String key, String header, int width) {
}
