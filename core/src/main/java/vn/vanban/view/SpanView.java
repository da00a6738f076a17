package vn.vanban.view;

/**
 * A finished piece of text for a template: its words, and whether it is set in bold.
 *
 * @param text finished text, nothing left to format
 * @param bold set in bold (the author's emphasis)
 */
public record SpanView(String text, boolean bold) {
}
