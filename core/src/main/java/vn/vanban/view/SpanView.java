package vn.vanban.view;

import java.util.List;

/**
 * A finished piece of text for a template: its words, and whether it is set in bold; or a
 * footnote where it stands, with the note's own pieces (the layout numbers the notes).
 *
 * @param text finished text, nothing left to format ("" for a footnote)
 * @param bold set in bold (the author's emphasis)
 * @param note the footnote's text, or {@code null} for words
 */
public record SpanView(String text, boolean bold, List<SpanView> note) {
    public SpanView {
        note = note == null ? null : List.copyOf(note);
    }

    public SpanView(String text, boolean bold) {
        this(text, bold, null);
    }
}
